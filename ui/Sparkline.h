#pragma once

#include <QStyledItemDelegate>

namespace vt::ui {

// Draws a list of scores (a QVariantList under `role`, null for a gap, 0–100) as a small line
// with each point dotted and the latest larger; the cell's text is not drawn.
class SparklineDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    SparklineDelegate(int role, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace vt::ui
