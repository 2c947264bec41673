#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace vt::app {
class HistoryFilterModel;
class PracticeWorkspace;
} // namespace vt::app

namespace vt::ui {

// History: the rep's attempts (scenario, date, duration, score, result, sync state), sortable
// by any column and filtered by scenario, result and words (in the title or said in the call:
// the lines found are listed, and open the review at that line); beside them the score trend
// of one scenario (the one filtered on, else the selected attempt's) against its pass mark.
// The list as shown exports to CSV. An attempt opens in the review (Enter, double-click,
// "Review"); two of the same scenario, selected together, open side by side ("Compare").
class HistoryPage final : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPage(app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

    // Writes the attempts as shown (filtered, sorted) as CSV; an error sentence, or empty.
    QString exportCsv(const QString& path) const;
    // The scenario whose trend is drawn; empty when none.
    QString trendScenario() const { return m_trendScenario; }
    QChartView* chart() const { return m_chart; }
    QListWidget* hits() const { return m_hits; }

Q_SIGNALS:
    void reviewRequested(const QString& attemptId, const QString& utteranceId);
    void compareRequested(const QString& firstId, const QString& secondId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillScenarios();
    void updateTrend();
    void updateSummary();
    void searchTranscripts();
    void openSelected();
    void updateActions();
    void retranslate();

    app::PracticeWorkspace& m_workspace;
    app::HistoryFilterModel* m_filter;
    QLabel* m_title;
    QLabel* m_summary;
    QComboBox* m_scenario;
    QComboBox* m_result;
    QLineEdit* m_search;
    QPushButton* m_export;
    QPushButton* m_open;
    QPushButton* m_compare;
    QLabel* m_hitsTitle;
    QListWidget* m_hits;
    QTimer* m_searchDelay;
    QTableView* m_table;
    QLabel* m_trendTitle;
    QChartView* m_chart;
    QString m_trendScenario;
};

} // namespace vt::ui
