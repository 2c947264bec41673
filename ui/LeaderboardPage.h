#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace vt::app {
class LeaderboardFilterModel;
class PracticeWorkspace;
} // namespace vt::app

namespace vt::ui {

class ToneLabel;

// The leaderboard: this week, this month or all time; the team or the whole organisation; all
// scenarios or one. Rank, name, best and average score, attempts, pass rate and a sparkline of
// the trend, sortable by any column and filtered by name; the user's own row stays pinned
// below the table wherever it is. Built for boards of tens of thousands (model/view, sorting
// and filtering on plain values). The board as shown exports to CSV.
class LeaderboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit LeaderboardPage(app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // Writes the board as shown as CSV; an error sentence, or empty.
    QString exportCsv(const QString& path) const;
    // Selects and shows the user's own row (clearing a filter that hides it).
    void showMe();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void fillScenarios();
    void update();
    void retranslate();

    app::PracticeWorkspace& m_workspace;
    app::LeaderboardFilterModel* m_filter;
    QLabel* m_title;
    ToneLabel* m_summary;
    QComboBox* m_period;
    QComboBox* m_scope;
    QComboBox* m_scenario;
    QLineEdit* m_search;
    QPushButton* m_export;
    QTableView* m_table;
    QLabel* m_me;
    QPushButton* m_showMe;
    QTimer* m_searchDelay;
};

} // namespace vt::ui
