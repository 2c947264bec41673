#pragma once

#include <QTreeView>

namespace vt::ui {

// A result's breakdown (app::BreakdownModel): each criterion as a weighted bar with its
// points, expanding to its evidence. Activating a criterion opens or closes it; activating a
// quote asks for its moment (evidenceActivated).
class BreakdownView final : public QTreeView {
    Q_OBJECT

public:
    explicit BreakdownView(QWidget* parent = nullptr);

Q_SIGNALS:
    void evidenceActivated(qint64 startMs, const QString& utteranceId);

private:
    void onActivated(const QModelIndex& index);
};

} // namespace vt::ui
