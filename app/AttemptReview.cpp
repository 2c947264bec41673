#include "AttemptReview.h"

#include "AppPaths.h"
#include "PlatformSession.h"

#include "AttemptJournal.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PlatformApi.h"
#include "Scenario.h"
#include "SyncEngine.h"
#include "TurnLatency.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vt::app {

struct AttemptReview::Loaded {
    QString scenarioId;
    QString scenarioTitle;
    QString repName;
    QString ownerId;
    QDateTime startedAt;
    double passScore = 0;
    std::optional<double> score; // none: the rep said too little to score (scoring 2.0.0)
    std::optional<bool> passed;
    QJsonObject kpis;
    QJsonArray breakdown;
    QJsonObject transcript;
    QList<protocol::Utterance> utterances;
    QJsonObject scoring; // the scenario's scoring; empty when it could not be loaded
    qint64 durationMs = 0;
    QString endedBy;
    QList<qint64> latencies;
    QString feedback;
    QList<ReviewComment> comments;
    bool recordingAvailable = false;
    bool localOnly = false;
};

namespace {

ReviewComment comment(const protocol::Comment& c)
{
    return ReviewComment{c.id, c.author.name, c.body, c.spanStartMs.value_or(-1),
        c.spanEndMs.value_or(-1), c.utteranceId.value_or(QString()), c.createdAt};
}

} // namespace

AttemptReview::AttemptReview(PlatformSession& session, QString attemptId, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_attemptId(std::move(attemptId))
{
    if (net::SyncEngine* sync = m_session.sync()) {
        // A comment of ours reached the platform: show it as the platform has it.
        connect(sync, &net::SyncEngine::acknowledged, this,
            [this](const net::OutboxItem& item, const net::ApiResult&) {
                if (item.attemptId == m_attemptId && item.kind == net::OutboxItem::Kind::Comment)
                    load();
            });
    }
}

AttemptReview::~AttemptReview() = default;

QJsonObject AttemptReview::kpis() const
{
    return m_loaded ? m_loaded->kpis : QJsonObject();
}

void AttemptReview::load()
{
    const int generation = ++m_generation;
    m_state = State::Loading;
    Q_EMIT changed();
    net::PlatformApi* api = m_session.api();
    if (!api) {
        finish(State::Failed, tr("Not signed in."));
        return;
    }
    api->attempt(this, m_attemptId, [this, generation](const net::Fetched<protocol::Attempt>& f) {
        if (generation != m_generation)
            return;
        if (!f.ok() || f.value->summary.status != QLatin1String("completed")) {
            // Not on the platform yet (or not reachable, and never opened here): what this
            // computer saved, if it made the call.
            if (!fromThisComputer())
                finish(
                    State::Failed, f.ok() ? tr("This attempt was not finished.") : f.error.message);
            return;
        }
        m_syncedAt = f.fromCache ? f.syncedAt : 0;
        const protocol::Attempt a = *f.value;
        auto loaded = std::make_unique<Loaded>();
        loaded->scenarioId = a.summary.scenario.id;
        loaded->scenarioTitle = a.summary.scenario.name;
        loaded->repName = a.summary.user.name;
        loaded->ownerId = a.summary.user.id;
        loaded->startedAt = a.summary.startedAt;
        loaded->score = a.summary.score;
        loaded->passed = a.summary.passed;
        loaded->kpis = a.kpis;
        loaded->breakdown = a.breakdown;
        loaded->transcript = a.transcript;
        loaded->utterances = a.utterances;
        loaded->durationMs = a.summary.durationMs.value_or(0);
        loaded->endedBy = a.summary.endedBy;
        loaded->latencies = a.turnLatenciesMs;
        loaded->feedback = a.feedback;
        for (const protocol::Comment& c : a.comments)
            loaded->comments.append(comment(c));
        loaded->recordingAvailable = a.summary.recordingAvailable;
        // Without the scenario the breakdown still shows (its labels come with it); the
        // targets and the markers need the scoring.
        const QString scenarioId = loaded->scenarioId;
        m_session.api()->scenario(this, scenarioId,
            [this, generation, passScore = a.summary.passScore,
                l = std::shared_ptr<Loaded>(std::move(loaded))](
                const net::Fetched<protocol::Scenario>& s) {
                if (generation != m_generation)
                    return;
                l->scoring = s.ok() ? s.value->scoring : QJsonObject();
                l->passScore = passScore.value_or(s.ok() ? s.value->passScore : 0);
                show(std::make_unique<const Loaded>(*l));
                if (!s.ok())
                    m_markersError = s.error.message;
            });
    });
}

void AttemptReview::retranslate()
{
    if (m_state == State::Ready && m_loaded)
        show(std::make_unique<const Loaded>(*m_loaded), true);
}

void AttemptReview::show(std::unique_ptr<const Loaded> loaded, bool again)
{
    m_loaded = std::move(loaded);
    const Loaded& l = *m_loaded;
    m_localOnly = l.localOnly;
    m_scenarioId = l.scenarioId;
    m_repName = l.repName;
    m_ownerId = l.ownerId;
    m_startedAt = l.startedAt;
    const QJsonObject report{
        {QStringLiteral("score"), l.score ? QJsonValue(*l.score) : QJsonValue()},
        {QStringLiteral("scored"), l.score.has_value()}, {QStringLiteral("kpis"), l.kpis},
        {QStringLiteral("breakdown"), l.breakdown}};
    m_result = AttemptResult::fromReport(report, l.scoring, l.passScore);
    m_result.attemptId = m_attemptId;
    m_result.scenarioTitle = l.scenarioTitle;
    if (l.passed)
        m_result.passed = *l.passed;
    m_result.transcript.clear();
    for (const protocol::Utterance& u : l.utterances) {
        if (const std::optional<Speaker> speaker = speakerFromName(u.speaker))
            m_result.transcript.append(
                {u.id, *speaker, u.text, u.startMs, u.endMs, true, u.truncated});
    }
    m_result.durationMs = l.durationMs;
    m_result.endedBy = l.endedBy;
    m_latencies = l.latencies;
    const Result<QList<ReviewMarker>> markers = l.scoring.isEmpty()
        ? Result<QList<ReviewMarker>>(QList<ReviewMarker>())
        : ReviewMarkers::of(l.transcript, l.scoring);
    m_markers = markers.value_or(QList<ReviewMarker>());
    m_markersError = markers.error();
    m_feedback = l.feedback;
    m_comments = l.comments;
    addQueuedComments();
    finish(State::Ready);
    if (!again)
        fetchRecording(!l.localOnly && l.recordingAvailable);
}

bool AttemptReview::fromThisComputer()
{
    net::AttemptJournal* journal = m_session.journal();
    const std::optional<net::AttemptJournal::Entry> e
        = journal ? journal->entry(m_attemptId) : std::nullopt;
    if (!e || e->completion.isEmpty())
        return false;
    const protocol::Parsed<protocol::AttemptCompletion> c = protocol::parseAttemptCompletion(
        QJsonDocument(e->completion).toJson(QJsonDocument::Compact));
    const scoring::Parsed<scoring::Scenario> scenario
        = scoring::parseScenario(e->scoring.toStdString());
    if (!c)
        return false;
    auto l = std::make_unique<Loaded>();
    l->localOnly = true;
    l->scenarioId = e->scenarioId;
    if (scenario) {
        l->scenarioTitle = QString::fromStdString(scenario.value().title);
        l->passScore = scenario.value().rubric.passScore;
    }
    l->repName = m_session.account() ? m_session.account()->displayName : QString();
    l->ownerId = m_session.account() ? m_session.account()->userId : QString();
    l->startedAt = c->startedAt;
    l->score = c->score;
    l->kpis = c->kpis;
    l->breakdown = c->breakdown;
    l->transcript = c->transcript;
    protocol::FieldErrors ignored; // the journal holds what this computer checked and sent
    l->utterances = protocol::utterancesOf(c->transcript, QStringLiteral("$.transcript"), ignored);
    l->scoring = QJsonDocument::fromJson(e->scoring).object();
    l->durationMs = c->durationMs;
    l->endedBy = c->endedBy;
    l->latencies = c->turnLatenciesMs;
    show(std::move(l));
    return true;
}

void AttemptReview::fetchRecording(bool available)
{
    // The call was made here: its own file, whatever the platform holds.
    if (net::AttemptJournal* journal = m_session.journal()) {
        const std::optional<net::AttemptJournal::Entry> e = journal->entry(m_attemptId);
        if (e && !e->recordingPath.isEmpty() && QFileInfo::exists(e->recordingPath)) {
            setRecording(Recording::Ready, e->recordingPath);
            return;
        }
    }
    const QString folder = QDir(paths::recordingCache())
                               .filePath(QString::fromLatin1(QCryptographicHash::hash(
                                   m_session.platformKey().toUtf8(), QCryptographicHash::Sha256)
                                                                 .toHex()
                                                                 .left(16)));
    const QString path = QDir(folder).filePath(m_attemptId + QStringLiteral(".ogg"));
    if (QFileInfo::exists(path)) {
        setRecording(Recording::Ready, path);
        return;
    }
    net::PlatformApi* api = m_session.api();
    if (!available || !api) {
        setRecording(Recording::None);
        return;
    }
    if (!QDir().mkpath(folder)) {
        setRecording(Recording::Failed, {}, tr("The folder %1 cannot be created.").arg(folder));
        return;
    }
    setRecording(Recording::Fetching);
    const int generation = m_generation;
    api->recording(this, m_attemptId, path, [this, generation](const net::Fetched<QString>& f) {
        if (generation != m_generation)
            return;
        if (f.ok())
            setRecording(Recording::Ready, *f.value);
        else
            setRecording(Recording::Failed, {}, f.error.message);
    });
}

void AttemptReview::setRecording(Recording state, const QString& path, const QString& error)
{
    m_recording = state;
    m_recordingPath = path;
    m_recordingError = error;
    m_result.recordingPath = path;
    Q_EMIT recordingChanged();
}

bool AttemptReview::isOwn() const
{
    const std::optional<net::Account> account = m_session.account();
    return m_localOnly || !account || m_ownerId.isEmpty() || m_ownerId == account->userId;
}

bool AttemptReview::canComment() const
{
    const std::optional<net::Account> account = m_session.account();
    if (!account || m_state != State::Ready || m_localOnly)
        return false;
    // The platform's rule: managers on their team's attempts, admins on the org's; HR reads.
    return (account->role == QLatin1String("manager") || account->role == QLatin1String("admin"))
        && m_ownerId != account->userId;
}

Result<void> AttemptReview::addComment(
    const QString& body, const QString& utteranceId, qint64 startMs, qint64 endMs)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return failure(tr("Write the comment first."));
    if (trimmed.size() > 4000)
        return failure(tr("A comment holds at most 4,000 characters."));
    net::LocalStore* store = m_session.store();
    if (!store)
        return failure(tr("Not signed in."));
    QJsonObject json{{QStringLiteral("body"), trimmed}};
    if (startMs >= 0) {
        json.insert(QStringLiteral("span"),
            QJsonObject{{QStringLiteral("start_ms"), startMs},
                {QStringLiteral("end_ms"), std::max(startMs, endMs)}});
    }
    if (!utteranceId.isEmpty())
        json.insert(QStringLiteral("utterance_id"), utteranceId);
    net::OutboxItem item;
    item.platform = m_session.platformKey();
    item.attemptId = m_attemptId;
    item.kind = net::OutboxItem::Kind::Comment;
    item.method = "POST";
    item.path = QStringLiteral("/api/v1/attempts/%1/comments").arg(m_attemptId);
    item.contentType = "application/json";
    item.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!net::Outbox(*store).enqueue(item))
        return failure(tr("The comment cannot be saved: %1").arg(store->lastError()));
    m_comments.erase(std::remove_if(m_comments.begin(), m_comments.end(),
                         [](const ReviewComment& c) { return c.waiting; }),
        m_comments.end());
    addQueuedComments();
    Q_EMIT changed();
    if (net::SyncEngine* sync = m_session.sync())
        sync->poke();
    return {};
}

void AttemptReview::addQueuedComments()
{
    net::LocalStore* store = m_session.store();
    if (!store)
        return;
    for (const net::OutboxItem& item : net::Outbox(*store).items(m_attemptId)) {
        if (item.kind != net::OutboxItem::Kind::Comment || item.platform != m_session.platformKey())
            continue;
        const protocol::Parsed<protocol::CommentCreate> queued
            = protocol::parseCommentCreate(item.body);
        if (!queued)
            continue; // this computer wrote it checked: not a comment
        ReviewComment c{{}, {}, queued->body, queued->spanStartMs.value_or(-1),
            queued->spanEndMs.value_or(-1), queued->utteranceId.value_or(QString()),
            QDateTime::fromMSecsSinceEpoch(item.createdAt), true};
        c.author = m_session.account() ? m_session.account()->displayName : QString();
        m_comments.append(c);
    }
}

void AttemptReview::finish(State state, const QString& error)
{
    m_state = state;
    m_error = error;
    if (const std::optional<protocol::TurnLatencySummary> s
        = protocol::summarizeTurnLatencies(m_latencies)) {
        m_result.latencyP50Ms = s->p50Ms;
        m_p95 = s->p95Ms;
    } else {
        m_result.latencyP50Ms.reset();
        m_p95.reset();
    }
    Q_EMIT changed();
}

} // namespace vt::app
