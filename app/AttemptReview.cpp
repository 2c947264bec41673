#include "AttemptReview.h"

#include "AppPaths.h"
#include "PlatformSession.h"

#include "AttemptJournal.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PlatformApi.h"
#include "SyncEngine.h"
#include "TurnLatency.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vt::app {
namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QList<TranscriptLine> lines(const QJsonObject& transcript)
{
    QList<TranscriptLine> out;
    for (const QJsonValue& v : transcript.value(QStringLiteral("utterances")).toArray()) {
        const QJsonObject u = v.toObject();
        const std::optional<Speaker> speaker = speakerFromName(text(u, "speaker"));
        if (!speaker)
            continue; // the platform validates speakers: none other comes
        TranscriptLine line;
        line.id = text(u, "id");
        line.speaker = *speaker;
        line.text = text(u, "text");
        line.startMs = qint64(u.value(QStringLiteral("start_ms")).toDouble());
        line.endMs = qint64(u.value(QStringLiteral("end_ms")).toDouble());
        line.final = true;
        line.truncated = u.value(QStringLiteral("truncated")).toBool();
        out.append(line);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const TranscriptLine& a, const TranscriptLine& b) { return a.startMs < b.startMs; });
    return out;
}

ReviewComment comment(const QJsonObject& c)
{
    ReviewComment out;
    out.id = text(c, "id");
    out.author = c.value(QStringLiteral("author"))
                     .toObject()
                     .value(QStringLiteral("display_name"))
                     .toString();
    out.body = text(c, "body");
    const QJsonObject span = c.value(QStringLiteral("span")).toObject();
    if (!span.isEmpty()) {
        out.startMs = qint64(span.value(QStringLiteral("start_ms")).toDouble());
        out.endMs = qint64(span.value(QStringLiteral("end_ms")).toDouble());
    }
    out.utteranceId = text(c, "utterance_id");
    out.createdAt = QDateTime::fromString(text(c, "created_at"), Qt::ISODateWithMs);
    return out;
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
    api->attempt(this, m_attemptId, [this, generation](const net::Fetched<QJsonObject>& f) {
        if (generation != m_generation)
            return;
        if (f.ok()
            && f.value->value(QStringLiteral("status")).toString() == QLatin1String("completed")) {
            m_syncedAt = f.fromCache ? f.syncedAt : 0;
            withScoring(*f.value);
            return;
        }
        // Not on the platform yet (or not reachable, and never opened here): what this
        // computer saved, if it made the call.
        if (fromThisComputer())
            return;
        finish(State::Failed, f.ok() ? tr("This attempt was not finished.") : f.error.message);
    });
}

void AttemptReview::withScoring(const QJsonObject& attempt)
{
    const QString scenarioId = attempt.value(QStringLiteral("scenario"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    net::PlatformApi* api = m_session.api();
    const int generation = m_generation;
    api->scenario(
        this, scenarioId, [this, generation, attempt](const net::Fetched<QJsonObject>& f) {
            if (generation != m_generation)
                return;
            // Without the scenario the breakdown still shows (its labels come with it); the
            // targets and the markers need the scoring.
            fromPlatform(attempt,
                f.ok() ? f.value->value(QStringLiteral("scoring")).toObject() : QJsonObject());
            if (!f.ok())
                m_markersError = f.error.message;
        });
}

void AttemptReview::retranslate()
{
    if (m_state != State::Ready)
        return;
    if (m_localOnly)
        fromThisComputer();
    else
        fromPlatform(m_attempt, m_scoring, true);
}

void AttemptReview::fromPlatform(const QJsonObject& a, const QJsonObject& scoring, bool again)
{
    m_attempt = a;
    m_scoring = scoring;
    m_localOnly = false;
    const QJsonObject scenario = a.value(QStringLiteral("scenario")).toObject();
    m_scenarioId = text(scenario, "id");
    const QJsonObject user = a.value(QStringLiteral("user")).toObject();
    m_repName = text(user, "display_name");
    m_ownerId = text(user, "id");
    m_startedAt = QDateTime::fromString(text(a, "started_at"), Qt::ISODateWithMs);
    const QJsonValue pass = a.value(QStringLiteral("pass_score"));
    const double passScore = pass.isDouble() ? pass.toDouble()
                                             : scoring.value(QStringLiteral("rubric"))
                                                   .toObject()
                                                   .value(QStringLiteral("pass_score"))
                                                   .toDouble();
    // A completed attempt without a score is one the rep said too little in (scoring 2.0.0).
    const bool scored = a.value(QStringLiteral("score")).isDouble();
    const bool completed = text(a, "status") == QLatin1String("completed");
    const QJsonObject report{{QStringLiteral("score"), a.value(QStringLiteral("score"))},
        {QStringLiteral("scored"), scored},
        {QStringLiteral("kpis"), a.value(QStringLiteral("kpis"))},
        {QStringLiteral("breakdown"), a.value(QStringLiteral("breakdown"))}};
    m_result = AttemptResult::fromReport(
        scored || completed ? report : QJsonObject(), scoring, passScore);
    m_result.attemptId = m_attemptId;
    m_result.scenarioTitle = text(scenario, "title");
    if (a.value(QStringLiteral("passed")).isBool())
        m_result.passed = a.value(QStringLiteral("passed")).toBool();
    m_kpis = a.value(QStringLiteral("kpis")).toObject();
    const QJsonObject transcript = a.value(QStringLiteral("transcript")).toObject();
    m_result.transcript = lines(transcript);
    m_result.durationMs = qint64(a.value(QStringLiteral("duration_ms")).toDouble());
    m_result.endedBy = text(a, "ended_by");
    m_latencies.clear();
    for (const QJsonValue& v : a.value(QStringLiteral("turn_latencies_ms")).toArray())
        m_latencies.append(qint64(v.toDouble()));
    m_markersError.clear();
    m_markers = scoring.isEmpty() ? QList<ReviewMarker>()
                                  : ReviewMarkers::of(transcript, scoring, &m_markersError);
    const QJsonObject feedback = a.value(QStringLiteral("feedback")).toObject();
    m_feedback = text(feedback, "status") == QLatin1String("ready") ? text(feedback, "summary")
                                                                    : QString();
    m_comments.clear();
    for (const QJsonValue& c : a.value(QStringLiteral("comments")).toArray())
        m_comments.append(comment(c.toObject()));
    addQueuedComments();
    const bool available = a.value(QStringLiteral("recording"))
                               .toObject()
                               .value(QStringLiteral("available"))
                               .toBool();
    finish(State::Ready);
    if (!again)
        fetchRecording(available);
}

bool AttemptReview::fromThisComputer()
{
    net::AttemptJournal* journal = m_session.journal();
    const std::optional<net::AttemptJournal::Entry> e
        = journal ? journal->entry(m_attemptId) : std::nullopt;
    if (!e || e->completion.isEmpty())
        return false;
    const QJsonObject scoring = QJsonDocument::fromJson(e->scoring).object();
    const QJsonObject& c = e->completion;
    m_localOnly = true;
    m_scenarioId = e->scenarioId;
    m_repName = m_session.account() ? m_session.account()->displayName : QString();
    m_ownerId = m_session.account() ? m_session.account()->userId : QString();
    m_startedAt = QDateTime::fromString(e->startedAt, Qt::ISODateWithMs);
    const double passScore = scoring.value(QStringLiteral("rubric"))
                                 .toObject()
                                 .value(QStringLiteral("pass_score"))
                                 .toDouble();
    const QJsonObject report{{QStringLiteral("score"), c.value(QStringLiteral("score"))},
        {QStringLiteral("scored"), c.value(QStringLiteral("score")).isDouble()},
        {QStringLiteral("kpis"), c.value(QStringLiteral("kpis"))},
        {QStringLiteral("breakdown"), c.value(QStringLiteral("breakdown"))}};
    m_result = AttemptResult::fromReport(report, scoring, passScore);
    m_result.attemptId = m_attemptId;
    m_result.scenarioTitle = scoring.value(QStringLiteral("title")).toString();
    m_kpis = c.value(QStringLiteral("kpis")).toObject();
    const QJsonObject transcript = c.value(QStringLiteral("transcript")).toObject();
    m_result.transcript = lines(transcript);
    m_result.durationMs = qint64(c.value(QStringLiteral("duration_ms")).toDouble());
    m_result.endedBy = text(c, "ended_by");
    m_latencies.clear();
    for (const QJsonValue& v : c.value(QStringLiteral("turn_latencies_ms")).toArray())
        m_latencies.append(qint64(v.toDouble()));
    m_markersError.clear();
    m_markers = ReviewMarkers::of(transcript, scoring, &m_markersError);
    m_feedback.clear();
    m_comments.clear();
    addQueuedComments();
    finish(State::Ready);
    if (!e->recordingPath.isEmpty() && QFileInfo::exists(e->recordingPath))
        setRecording(Recording::Ready, e->recordingPath);
    else
        setRecording(Recording::None);
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

bool AttemptReview::addComment(
    const QString& body, const QString& utteranceId, qint64 startMs, qint64 endMs, QString* error)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Write the comment first.");
        return false;
    }
    if (trimmed.size() > 4000) {
        *error = tr("A comment holds at most 4,000 characters.");
        return false;
    }
    net::LocalStore* store = m_session.store();
    if (!store) {
        *error = tr("Not signed in.");
        return false;
    }
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
    if (!net::Outbox(*store).enqueue(item)) {
        *error = tr("The comment cannot be saved: %1").arg(store->lastError());
        return false;
    }
    m_comments.erase(std::remove_if(m_comments.begin(), m_comments.end(),
                         [](const ReviewComment& c) { return c.waiting; }),
        m_comments.end());
    addQueuedComments();
    Q_EMIT changed();
    if (net::SyncEngine* sync = m_session.sync())
        sync->poke();
    return true;
}

void AttemptReview::addQueuedComments()
{
    net::LocalStore* store = m_session.store();
    if (!store)
        return;
    for (const net::OutboxItem& item : net::Outbox(*store).items(m_attemptId)) {
        if (item.kind != net::OutboxItem::Kind::Comment || item.platform != m_session.platformKey())
            continue;
        ReviewComment c = comment(QJsonDocument::fromJson(item.body).object());
        c.author = m_session.account() ? m_session.account()->displayName : QString();
        c.createdAt = QDateTime::fromMSecsSinceEpoch(item.createdAt);
        c.waiting = true;
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
