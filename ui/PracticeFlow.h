#pragma once

#include "PracticeTypes.h"

#include <QStackedWidget>

#include <memory>

namespace vt::app {
class AudioDeviceCatalog;
class CallController;
class PracticeWorkspace;
class Settings;
} // namespace vt::app

namespace vt::ui {

class BriefingPage;
class CallPage;
class HomePage;
class PreCallPage;
class ResultsPage;
class WelcomePage;

// The practice pages and the way between them: welcome (until signed in) → home → briefing
// → pre-call check (unless it passed today) → call → results → home or the call again. Owns
// the call in progress.
class PracticeFlow final : public QStackedWidget {
    Q_OBJECT

public:
    PracticeFlow(app::PracticeWorkspace& workspace, app::Settings& settings,
        app::AudioDeviceCatalog& devices, QWidget* parent = nullptr);
    ~PracticeFlow() override;

    enum class Step { Welcome, Home, Briefing, PreCall, Call, Results };
    Step step() const;
    // Opens a scenario's briefing (from an assignment when assignmentId is set).
    void openScenario(const QString& scenarioId, const QString& assignmentId);
    void goHome();
    bool callRunning() const;
    app::CallController* call() const { return m_call.get(); }

Q_SIGNALS:
    void stepChanged();

private:
    void onConnection();
    void onBriefing(const app::ScenarioBrief& brief);
    void beforeCall();
    void showCheck();
    void startCall();
    void showStep(QWidget* page);

    app::PracticeWorkspace& m_workspace;
    app::Settings& m_settings;
    WelcomePage* m_welcome;
    HomePage* m_home;
    BriefingPage* m_briefing;
    PreCallPage* m_precall;
    CallPage* m_callPage;
    ResultsPage* m_results;
    std::unique_ptr<app::CallController> m_call;
    QString m_scenarioId;
    QString m_assignmentId;
    double m_passThreshold = 0;
    bool m_assessment = false;
};

} // namespace vt::ui
