#pragma once

#include "CommandIndex.h"

#include <QDialog>

class QLineEdit;
class QListView;

namespace vt::ui {

// Ctrl+K: type a few letters, arrow to an entry, Enter jumps there (a page, an assignment's
// briefing, a scenario's briefing). Esc closes.
class CommandPalette final : public QDialog {
    Q_OBJECT

public:
    CommandPalette(app::CommandIndex& index, QWidget* parent);

    // Clears the query and shows the palette over the window's top.
    void popup();

Q_SIGNALS:
    void chosen(vt::app::CommandIndex::Kind kind, const QString& id, const QString& scenarioId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();

    app::CommandIndex& m_index;
    QLineEdit* m_query;
    QListView* m_list;
};

} // namespace vt::ui
