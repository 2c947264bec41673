#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vt::app {
class HistoryFilterModel;
class PracticeWorkspace;
class TeamFilterModel;
} // namespace vt::app

namespace vt::ui {

class ToneLabel;

// The Team tab (managers: their team; admins and HR: the organisation): each person's
// assignments done, overdue count, attempts, average score, last practice and a six-week
// trend, sortable and filtered by words or by overdue work, exported to CSV as shown.
// Selecting a person lists their attempts; one opens in the review (reviewRequested), where
// managers and admins comment.
class TeamPage final : public QWidget {
    Q_OBJECT

public:
    explicit TeamPage(app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTableView* attempts() const { return m_attempts; }
    QString exportCsv(const QString& path) const;

Q_SIGNALS:
    void reviewRequested(const QString& attemptId, const QString& utteranceId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void update();
    void updateMember();
    void openSelected();
    void retranslate();

    app::PracticeWorkspace& m_workspace;
    app::TeamFilterModel* m_filter;
    app::HistoryFilterModel* m_memberFilter;
    QLabel* m_title;
    ToneLabel* m_summary;
    QLineEdit* m_search;
    QCheckBox* m_overdue;
    QPushButton* m_export;
    QTableView* m_table;
    QLabel* m_memberTitle;
    QTableView* m_attempts;
    QPushButton* m_open;
};

} // namespace vt::ui
