#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QToolButton;

namespace vt::app {
class PracticeWorkspace;
class ScenarioFilterModel;
} // namespace vt::app

namespace vt::ui {

class CardListView;
class Pill;

// The practice home: the sync status (and the offline banner), the rep's assignments first,
// then the scenario library with search and a difficulty filter. Opening a card asks for
// its briefing.
class HomePage final : public QWidget {
    Q_OBJECT

public:
    explicit HomePage(app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

Q_SIGNALS:
    void openScenario(const QString& scenarioId, const QString& assignmentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateStatus();
    void updatePlaceholders();
    void retranslate();
    void activate(const QModelIndex& index, bool assignment);

    app::PracticeWorkspace& m_workspace;
    app::ScenarioFilterModel* m_filter;
    QLabel* m_title;
    Pill* m_syncPill;
    QLabel* m_syncText;
    QToolButton* m_refresh;
    QToolButton* m_account;
    QLabel* m_offlineBanner;
    QLabel* m_updateBanner;
    QLabel* m_assignmentsTitle;
    CardListView* m_assignments;
    QLabel* m_libraryTitle;
    QLineEdit* m_search;
    QComboBox* m_difficulty;
    CardListView* m_scenarios;
};

} // namespace vt::ui
