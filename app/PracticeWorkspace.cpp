#include "PracticeWorkspace.h"

#include "AppLog.h"

#include "AttemptReview.h"
#include "CallController.h"
#include "LeaderboardFeed.h"
#include "PlatformSession.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "TeamFeed.h"
#include "TranscriptSearch.h"

#include "AttemptJournal.h"
#include "Clock.h"
#include "PlatformApi.h"
#include "PlatformUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace vt::app {
namespace {

AssignmentCard card(const protocol::Assignment& a)
{
    AssignmentCard c;
    c.id = a.id;
    c.kind = a.kind;
    c.title = a.title;
    c.dueAt = a.dueAt;
    c.overdue = a.overdue;
    c.passThreshold = a.passThreshold;
    c.assessment = a.assessment;
    c.status = a.status;
    c.completed = int(a.completed);
    c.total = int(a.total);
    c.bestScore = a.bestScore;
    if (a.scenario) {
        c.scenarioId = a.scenario->id;
        c.scenarioTitle = a.scenario->name;
    }
    if (a.track) {
        // The next step: the first, in track order, not passed yet.
        QList<protocol::TrackStep> steps = a.track->steps;
        std::stable_sort(steps.begin(), steps.end(),
            [](const auto& x, const auto& y) { return x.position < y.position; });
        for (const protocol::TrackStep& step : std::as_const(steps)) {
            const auto progress = std::find_if(a.steps.cbegin(), a.steps.cend(),
                [&](const protocol::StepProgress& p) { return p.scenarioId == step.scenario.id; });
            if (progress == a.steps.cend() || !progress->passed) {
                c.scenarioId = step.scenario.id;
                c.scenarioTitle = step.scenario.name;
                break;
            }
        }
        if (c.scenarioId.isEmpty() && !steps.isEmpty()) {
            c.scenarioId = steps.constLast().scenario.id; // all passed: practise the last
            c.scenarioTitle = steps.constLast().scenario.name;
        }
    }
    return c;
}

ScenarioBrief brief(const protocol::Scenario& s)
{
    ScenarioBrief b;
    b.id = s.summary.id;
    b.scoring = s.scoring;
    b.document = s.document;
    b.title = s.summary.title;
    b.summary = s.summary.summary;
    b.situation = s.briefing;
    b.difficulty = s.summary.difficulty;
    b.durationMinutes = int(s.summary.durationMinutes);
    const protocol::Persona& p = s.summary.persona;
    b.persona = {p.name, p.role, p.temperament, p.background};
    b.goal = s.goal;
    b.requiredPhrases = s.requiredPhrases;
    b.objections = s.objections;
    b.passScore = s.passScore;
    return b;
}

} // namespace

PracticeWorkspace::PracticeWorkspace(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(std::make_unique<protocol::SystemClock>())
    , m_session(std::make_unique<PlatformSession>(settings, *m_clock))
    , m_assignments(this)
    , m_scenarios(this)
    , m_history(this)
    , m_search(std::make_unique<TranscriptSearch>(*m_session))
    , m_leaderboard(std::make_unique<LeaderboardFeed>(*m_session))
    , m_team(std::make_unique<TeamFeed>(*m_session))
    , m_historyReload(new QTimer(this))
{
    // Sync moves come in bursts: reload the history once they settle.
    m_historyReload->setSingleShot(true);
    m_historyReload->setInterval(500);
    connect(m_historyReload, &QTimer::timeout, this, &PracticeWorkspace::loadHistory);
    qRegisterMetaType<ScenarioBrief>();
    connect(
        m_session.get(), &PlatformSession::stateChanged, this, &PracticeWorkspace::onSessionState);
    connect(m_session.get(), &PlatformSession::syncStatusChanged, this,
        &PracticeWorkspace::syncChanged);
    connect(m_session.get(), &PlatformSession::updateChanged, this,
        &PracticeWorkspace::updateOfferChanged);
    connect(m_session.get(), &PlatformSession::catalogRefreshed, this, [this] {
        loadCatalog();
        Q_EMIT syncChanged();
    });
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == QLatin1String(keys::platformUrl))
            onPlatformChanged();
    });
}

void PracticeWorkspace::onPlatformChanged()
{
    if (m_applyingChoice)
        return; // practiceOnThisComputer() or useOrganisation() connect themselves
    if (m_connection == Connection::Closed || m_connection == Connection::Choosing)
        return; // the first-run choice connects
    if (m_call) {
        m_reconnectAfterCall = true;
        return;
    }
    m_assignments.setItems({}, QDateTime::currentDateTime());
    m_scenarios.setItems({});
    m_team->reset();
    m_connection = Connection::Closed; // so that Ready on the new platform loads it afresh
    m_session->connectToPlatform();
    onSessionState();
}

PracticeWorkspace::~PracticeWorkspace() = default;

Result<void> PracticeWorkspace::open()
{
    Result<void> opened = m_session->open();
    if (!opened)
        m_error = opened.error();
    else
        m_connection = Connection::Choosing;
    return opened;
}

void PracticeWorkspace::start()
{
    if (m_connection == Connection::Closed)
        return;
    if (!m_settings.platformChosen()) {
        m_connection = Connection::Choosing;
        Q_EMIT connectionChanged();
        return;
    }
    m_session->connectToPlatform();
    onSessionState();
}

void PracticeWorkspace::practiceOnThisComputer()
{
    if (!localPracticeAllowed())
        return;
    if (!platformLocked()) {
        m_applyingChoice = true;
        if (const std::optional<SettingError> error
            = m_settings.resetValue(QLatin1String(keys::platformUrl)))
            qCWarning(lcApp, "platform.url not cleared: %s", qPrintable(error->message));
        m_applyingChoice = false;
    }
    m_settings.setPlatformChosen(true);
    m_settings.sync();
    m_session->connectToPlatform();
    onSessionState();
}

QString PracticeWorkspace::useOrganisation(const QString& address)
{
    if (!platformLocked()) {
        const net::PlatformUrl url = net::PlatformUrl::parse(address.trimmed());
        if (address.trimmed().isEmpty())
            return tr("Enter your organisation's address, for example "
                      "https://training.example.com.");
        if (!url.isValid())
            return url.error();
        m_applyingChoice = true;
        const auto e = m_settings.setValue(QLatin1String(keys::platformUrl), address.trimmed());
        m_applyingChoice = false;
        if (e)
            return e->message;
    }
    m_settings.setPlatformChosen(true);
    m_settings.sync();
    m_session->connectToPlatform();
    onSessionState(); // the session may stay signed out without a signal
    return {};
}

void PracticeWorkspace::signInWithBrowser(std::function<bool(const QUrl&)> opener)
{
    m_session->signInWithBrowser(std::move(opener));
}

void PracticeWorkspace::changePlatform()
{
    if (m_call)
        return;
    if (!m_session->isLocal() && m_connection == Connection::Ready)
        m_session->signOut();
    m_settings.setPlatformChosen(false);
    m_settings.sync();
    m_connection = Connection::Choosing;
    m_assignments.setItems({}, QDateTime::currentDateTime());
    m_scenarios.setItems({});
    m_history.setEntries({});
    m_team->reset();
    Q_EMIT connectionChanged();
}

void PracticeWorkspace::refresh()
{
    if (m_connection != Connection::Ready)
        return;
    m_session->refreshCatalog();
    loadCatalog();
}

bool PracticeWorkspace::isLocal() const
{
    return m_session->isLocal() || m_settings.platformUrl().isEmpty();
}

QString PracticeWorkspace::platformAddress() const
{
    return m_settings.platformUrl();
}

bool PracticeWorkspace::localPracticeAllowed() const
{
    return m_settings.localPracticeAllowed();
}

QString PracticeWorkspace::signInService() const
{
    return m_settings.ssoIssuer();
}

std::optional<UpdateOffer> PracticeWorkspace::updateOffer() const
{
    return m_session->update();
}

bool PracticeWorkspace::platformLocked() const
{
    return m_settings.isLocked(QLatin1String(keys::platformUrl));
}

QString PracticeWorkspace::accountName() const
{
    const std::optional<net::Account> a = m_session->account();
    if (!a)
        return {};
    return a->displayName.isEmpty() ? a->email : a->displayName;
}

SyncSummary PracticeWorkspace::syncSummary() const
{
    const net::SyncStatus s = m_session->syncStatus();
    SyncSummary out;
    out.local = m_session->isLocal();
    out.online = m_connection == Connection::Ready && !m_session->isOffline();
    out.lastSyncAt = s.lastSyncAt;
    out.waiting = s.saved;
    out.needsAttention = s.needsAttention;
    out.lastError = s.lastErrorAt > s.lastSyncAt ? s.lastError : QString();
    return out;
}

void PracticeWorkspace::onSessionState()
{
    using S = PlatformSession::State;
    const Connection before = m_connection;
    switch (m_session->state()) {
    case S::Closed:
        m_connection = Connection::Closed;
        break;
    case S::SignedOut:
        m_connection = m_settings.platformChosen() ? Connection::SignedOut : Connection::Choosing;
        break;
    case S::SigningIn:
        m_connection = Connection::SigningIn;
        break;
    case S::SignedIn:
        m_connection = Connection::Ready;
        break;
    }
    m_error = m_session->lastError();
    if (m_connection != Connection::Ready && before == Connection::Ready)
        m_team->reset();
    if (m_connection == Connection::Ready && before != Connection::Ready) {
        loadCatalog();
        m_team->load(); // whether there is a Team tab is the platform's answer
    }
    Q_EMIT connectionChanged();
    Q_EMIT syncChanged();
}

void PracticeWorkspace::loadCatalog()
{
    net::PlatformApi* api = m_session->api();
    if (!api)
        return;
    loadHistory();
    m_loading += 2;
    m_catalogError.clear();
    Q_EMIT catalogChanged();
    api->assignments(this, [this](const net::Fetched<QList<protocol::Assignment>>& f) {
        if (f.ok()) {
            QList<AssignmentCard> cards;
            for (const protocol::Assignment& a : *f.value)
                cards.append(card(a));
            m_assignments.setItems(cards, QDateTime::currentDateTime());
            m_catalogSyncedAt = f.fromCache ? f.syncedAt : 0;
        } else {
            m_catalogError = f.error.message;
        }
        loadingDone();
    });
    api->scenarios(this, [this](const net::Fetched<QList<protocol::ScenarioSummary>>& f) {
        if (f.ok()) {
            QList<ScenarioCard> cards;
            for (const protocol::ScenarioSummary& s : *f.value) {
                if (s.status == QLatin1String("archived"))
                    continue;
                cards.append({s.id, s.title, s.summary, s.difficulty, int(s.durationMinutes),
                    s.persona.name, s.persona.role});
            }
            m_scenarios.setItems(cards);
        } else if (m_catalogError.isEmpty()) {
            m_catalogError = f.error.message;
        }
        loadingDone();
    });
}

void PracticeWorkspace::loadHistory()
{
    net::PlatformApi* api = m_session->api();
    if (!api)
        return;
    net::AttemptQuery query;
    query.user = QStringLiteral("me");
    api->attempts(this, query, [this](const net::Fetched<QList<protocol::AttemptSummary>>& f) {
        QList<HistoryEntry> platform;
        if (f.ok()) {
            for (const protocol::AttemptSummary& a : *f.value) {
                HistoryEntry e;
                e.attemptId = a.id;
                e.scenarioId = a.scenario.id;
                e.scenarioTitle = a.scenario.name;
                e.startedAt = a.startedAt;
                e.durationMs = a.durationMs;
                e.score = a.score;
                e.passScore = a.passScore;
                e.passed = a.passed;
                e.interrupted = a.interrupted;
                e.version = a.updatedAt.toString(Qt::ISODateWithMs);
                e.sync = a.status == QLatin1String("completed") ? HistoryEntry::Sync::Synced
                                                                : HistoryEntry::Sync::InProgress;
                platform.append(e);
            }
        }
        m_history.setEntries(HistoryModel::merge(platform, localHistory()));
        m_search->update(m_history.entries());
        Q_EMIT historyChanged();
    });
}

std::unique_ptr<AttemptReview> PracticeWorkspace::openReview(const QString& attemptId)
{
    if (m_connection != Connection::Ready)
        return nullptr;
    return std::make_unique<AttemptReview>(*m_session, attemptId);
}

QList<HistoryEntry> PracticeWorkspace::localHistory() const
{
    QList<HistoryEntry> out;
    net::AttemptJournal* journal = m_session->journal();
    if (!journal)
        return out;
    const QString key = m_session->platformKey();
    for (const net::AttemptJournal::Entry& j : journal->entries()) {
        if (j.platform != key)
            continue;
        HistoryEntry e;
        e.attemptId = j.attemptId;
        e.scenarioId = j.scenarioId;
        for (const ScenarioCard& s : m_scenarios.items()) {
            if (s.id == j.scenarioId)
                e.scenarioTitle = s.title;
        }
        e.startedAt = QDateTime::fromString(j.startedAt, Qt::ISODateWithMs);
        if (j.completion.contains(QStringLiteral("duration_ms")))
            e.durationMs = qint64(j.completion.value(QStringLiteral("duration_ms")).toDouble());
        if (j.completion.value(QStringLiteral("score")).isDouble())
            e.score = j.completion.value(QStringLiteral("score")).toDouble();
        const QJsonObject scoring = QJsonDocument::fromJson(j.scoring).object();
        const QJsonValue pass = scoring.value(QStringLiteral("rubric"))
                                    .toObject()
                                    .value(QStringLiteral("pass_score"));
        if (pass.isDouble()) {
            e.passScore = pass.toDouble();
            if (e.score)
                e.passed = *e.score >= *e.passScore;
        }
        e.interrupted = j.completion.value(QStringLiteral("interrupted")).toBool();
        using S = net::AttemptJournal::State;
        switch (j.state) {
        case S::InProgress:
            e.sync = HistoryEntry::Sync::InProgress;
            break;
        case S::Saved:
        case S::Failed:
            e.sync = HistoryEntry::Sync::Waiting;
            break;
        case S::Uploading:
            e.sync = HistoryEntry::Sync::Uploading;
            break;
        case S::Synced:
            e.sync = HistoryEntry::Sync::Synced;
            break;
        case S::NeedsAttention:
            e.sync = HistoryEntry::Sync::Refused;
            break;
        }
        out.append(e);
    }
    return out;
}

void PracticeWorkspace::loadingDone()
{
    m_loading = std::max(0, m_loading - 1);
    Q_EMIT catalogChanged();
}

void PracticeWorkspace::loadBriefing(const QString& scenarioId)
{
    net::PlatformApi* api = m_session->api();
    if (!api) {
        ScenarioBrief b;
        b.id = scenarioId;
        b.error = tr("Not signed in.");
        Q_EMIT briefingLoaded(b);
        return;
    }
    api->scenario(this, scenarioId, [this, scenarioId](const net::Fetched<protocol::Scenario>& f) {
        if (!f.ok()) {
            ScenarioBrief b;
            b.id = scenarioId;
            b.error = f.error.message;
            Q_EMIT briefingLoaded(b);
            return;
        }
        ScenarioBrief b = brief(*f.value);
        b.id = scenarioId;
        b.fromCache = f.fromCache;
        b.syncedAt = f.syncedAt;
        if (b.fromCache && !m_session->isLocal() && !localPracticeAllowed()) {
            // Offline practice would run on this computer's practice agent.
            ScenarioBrief refused;
            refused.id = scenarioId;
            refused.error = tr("The platform cannot be reached, and your organisation does not "
                               "allow practising without it (practice.local_allowed is off). "
                               "Try again once you are back online.");
            Q_EMIT briefingLoaded(refused);
            return;
        }
        net::PlatformApi* current = m_session->api();
        if (!current) {
            Q_EMIT briefingLoaded(b);
            return;
        }
        net::AttemptQuery query;
        query.user = QStringLiteral("me");
        query.scenarioId = scenarioId;
        query.limit = 50;
        current->attempts(
            this, query, [this, b](const net::Fetched<QList<protocol::AttemptSummary>>& a) mutable {
                if (a.ok()) {
                    for (const protocol::AttemptSummary& s : *a.value) {
                        if (s.status == QLatin1String("completed"))
                            b.pastAttempts.append({s.startedAt, s.score, s.passed});
                    }
                    std::stable_sort(b.pastAttempts.begin(), b.pastAttempts.end(),
                        [](const PastAttempt& x, const PastAttempt& y) {
                            return x.startedAt > y.startedAt;
                        });
                }
                Q_EMIT briefingLoaded(b);
            });
    });
}

void PracticeWorkspace::setAiKey(const QString& key, std::function<void(const QString&)> done)
{
    m_session->setAiKey(key, std::move(done));
}

void PracticeWorkspace::loadFeedback(const QString& attemptId)
{
    net::PlatformApi* api = m_session->api();
    if (!api || attemptId.isEmpty())
        return;
    api->attempt(this, attemptId, [this, attemptId](const net::Fetched<protocol::Attempt>& f) {
        if (f.ok() && !f.value->feedback.isEmpty())
            Q_EMIT feedbackLoaded(attemptId, f.value->feedback);
    });
}

std::unique_ptr<CallController> PracticeWorkspace::newCall(
    const ScenarioBrief& brief, const QString& assignmentId, bool assessment, double passThreshold)
{
    if (m_connection != Connection::Ready)
        return nullptr;
    CallController::Plan plan;
    plan.scenarioId = brief.id;
    plan.title = brief.title;
    plan.assignmentId = assignmentId;
    plan.scoring = brief.scoring;
    plan.document = brief.document;
    plan.personaName = brief.persona.name;
    plan.assessment = assessment;
    plan.passThreshold = passThreshold > 0 ? passThreshold : brief.passScore;
    plan.practiseOffline = brief.fromCache && !m_session->isLocal();
    if (plan.practiseOffline && !localPracticeAllowed())
        return nullptr; // the briefing said so
    auto call = std::make_unique<CallController>(*m_session, m_settings, plan);
    m_call = call.get();
    connect(call.get(), &CallController::finished, this, [this] {
        m_call = nullptr;
        m_historyReload->start();
        if (std::exchange(m_reconnectAfterCall, false))
            QTimer::singleShot(0, this, &PracticeWorkspace::onPlatformChanged);
    });
    return call;
}

} // namespace vt::app
