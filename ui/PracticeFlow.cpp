#include "PracticeFlow.h"

#include "BriefingPage.h"
#include "CallController.h"
#include "CallPage.h"
#include "HomePage.h"
#include "PracticeWorkspace.h"
#include "PreCallCheck.h"
#include "PreCallPage.h"
#include "ResultsPage.h"
#include "WelcomePage.h"

namespace vt::ui {

PracticeFlow::PracticeFlow(app::PracticeWorkspace& workspace, app::Settings& settings,
    app::AudioDeviceCatalog& devices, QWidget* parent)
    : QStackedWidget(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_welcome(new WelcomePage(workspace))
    , m_home(new HomePage(workspace))
    , m_briefing(new BriefingPage)
    , m_precall(new PreCallPage(settings, devices))
    , m_callPage(new CallPage(settings))
    , m_results(new ResultsPage)
{
    setObjectName(QStringLiteral("practiceFlow"));
    for (QWidget* page : std::initializer_list<QWidget*>{
             m_welcome, m_home, m_briefing, m_precall, m_callPage, m_results})
        addWidget(page);
    connect(&m_workspace, &app::PracticeWorkspace::connectionChanged, this,
        &PracticeFlow::onConnection);
    connect(&m_workspace, &app::PracticeWorkspace::briefingLoaded, this, &PracticeFlow::onBriefing);
    connect(&m_workspace, &app::PracticeWorkspace::feedbackLoaded, m_results,
        &ResultsPage::setFeedback);
    connect(m_home, &HomePage::openScenario, this, &PracticeFlow::openScenario);
    connect(m_briefing, &BriefingPage::back, this, &PracticeFlow::goHome);
    connect(m_briefing, &BriefingPage::startCall, this, &PracticeFlow::beforeCall);
    connect(m_briefing, &BriefingPage::checkHeadset, this, &PracticeFlow::showCheck);
    connect(m_precall, &PreCallPage::back, this, [this] { showStep(m_briefing); });
    connect(m_precall, &PreCallPage::proceed, this, &PracticeFlow::startCall);
    connect(m_results, &ResultsPage::backHome, this, &PracticeFlow::goHome);
    connect(m_results, &ResultsPage::tryAgain, this,
        [this] { openScenario(m_scenarioId, m_assignmentId); });
    onConnection();
}

PracticeFlow::~PracticeFlow()
{
    m_callPage->setCall(nullptr);
}

PracticeFlow::Step PracticeFlow::step() const
{
    QWidget* page = currentWidget();
    if (page == m_home)
        return Step::Home;
    if (page == m_briefing)
        return Step::Briefing;
    if (page == m_precall)
        return Step::PreCall;
    if (page == m_callPage)
        return Step::Call;
    if (page == m_results)
        return Step::Results;
    return Step::Welcome;
}

bool PracticeFlow::callRunning() const
{
    using P = app::CallController::Phase;
    return m_call && m_call->phase() != P::Ended && m_call->phase() != P::Failed;
}

void PracticeFlow::showStep(QWidget* page)
{
    setCurrentWidget(page);
    // Keyboard users start on the page's first control (the call page: its transcript).
    QWidget* focus = page == m_callPage
        ? page->findChild<QWidget*>(QStringLiteral("transcriptView"))
        : page->nextInFocusChain();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    Q_EMIT stepChanged();
}

void PracticeFlow::onConnection()
{
    const bool ready = m_workspace.connection() == app::PracticeWorkspace::Connection::Ready;
    if (!ready) {
        if (!callRunning() && currentWidget() != m_results)
            showStep(m_welcome);
        return;
    }
    if (currentWidget() == m_welcome)
        showStep(m_home);
}

void PracticeFlow::goHome()
{
    m_precall->end();
    m_workspace.refresh();
    showStep(m_home);
}

void PracticeFlow::openScenario(const QString& scenarioId, const QString& assignmentId)
{
    if (callRunning())
        return;
    m_scenarioId = scenarioId;
    m_assignmentId = assignmentId;
    m_passThreshold = 0;
    m_assessment = false;
    if (const app::AssignmentCard* a = m_workspace.assignments()->find(assignmentId)) {
        m_passThreshold = a->passThreshold;
        m_assessment = a->assessment;
    }
    app::ScenarioBrief loading;
    loading.id = scenarioId;
    m_briefing->showBrief(loading, m_passThreshold, m_assessment);
    showStep(m_briefing);
    m_workspace.loadBriefing(scenarioId);
}

void PracticeFlow::onBriefing(const app::ScenarioBrief& brief)
{
    if (brief.id != m_scenarioId)
        return; // an answer for a briefing the rep left
    const double threshold = m_passThreshold > 0 ? m_passThreshold : brief.passScore;
    m_briefing->showBrief(brief, threshold, m_assessment);
}

void PracticeFlow::beforeCall()
{
    if (app::PreCallCheck::passedToday(m_settings)) {
        startCall();
        return;
    }
    showCheck();
}

void PracticeFlow::showCheck()
{
    showStep(m_precall);
    m_precall->begin();
}

void PracticeFlow::startCall()
{
    const app::ScenarioBrief& brief = m_briefing->brief();
    m_callPage->setCall(nullptr);
    m_results->showResult(nullptr);
    m_call = m_workspace.newCall(brief, m_assignmentId, m_assessment, m_passThreshold);
    if (!m_call)
        return;
    connect(m_call.get(), &app::CallController::finished, this, [this] {
        m_results->showResult(m_call.get());
        m_workspace.loadFeedback(m_call->result().attemptId);
        showStep(m_results);
    });
    m_callPage->setCall(m_call.get());
    showStep(m_callPage);
    m_call->start();
}

} // namespace vt::ui
