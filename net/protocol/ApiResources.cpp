#include "ApiResources.h"

#include "BoundedJson.h"
#include "JsonFields.h"

#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>
#include <functional>
#include <limits>

namespace vt::protocol {
namespace {

constexpr qsizetype maxText = 64 * 1024;
constexpr qsizetype maxItems = 100000;
constexpr double maxScore = 100;

QString textOf(ObjectReader& r, QStringView name, Presence presence = Presence::Required)
{
    return r.text(name, presence, 0, maxText).value_or(QString());
}

Ref refOf(ObjectReader& parent, QStringView name, QStringView nameField)
{
    Ref ref;
    if (const std::optional<QJsonObject> o = parent.object(name, Presence::Required)) {
        ObjectReader r(*o, parent.pathOf(name), parent.errors());
        ref.id = textOf(r, u"id");
        ref.name = textOf(r, nameField, Presence::Optional);
    }
    return ref;
}

std::optional<Ref> optionalRef(ObjectReader& parent, QStringView name)
{
    const std::optional<QJsonObject> o = parent.object(name, Presence::Optional);
    if (!o)
        return std::nullopt;
    ObjectReader r(*o, parent.pathOf(name), parent.errors());
    return Ref{textOf(r, u"id"), textOf(r, u"title", Presence::Optional)};
}

// Each element of the array `name` read by `read` (errors carry the element's path).
template <typename T>
QList<T> listOf(ObjectReader& parent, QStringView name, Presence presence,
    const std::function<T(ObjectReader&)>& read)
{
    QList<T> out;
    const std::optional<QJsonArray> array = parent.array(name, presence, maxItems);
    if (!array)
        return out;
    const QString path = parent.pathOf(name);
    out.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        if (!v.isObject()) {
            parent.errors().add(indexPath(path, i), QStringLiteral("must be an object"));
            continue;
        }
        ObjectReader r(v.toObject(), indexPath(path, i), parent.errors());
        out.append(read(r));
    }
    return out;
}

ScenarioSummary scenarioOf(ObjectReader& r)
{
    ScenarioSummary s;
    s.id = textOf(r, u"id");
    s.title = textOf(r, u"title");
    s.summary = textOf(r, u"summary");
    s.difficulty = r.oneOf(u"difficulty", Presence::Required, {u"easy", u"medium", u"hard"})
                       .value_or(QString());
    s.status = r.oneOf(u"status", Presence::Required, {u"draft", u"published", u"archived"})
                   .value_or(QString());
    s.durationMinutes = r.integer(u"duration_minutes", Presence::Required, 0, 24 * 60).value_or(0);
    if (const std::optional<QJsonObject> p = r.object(u"persona", Presence::Required)) {
        ObjectReader pr(*p, r.pathOf(u"persona"), r.errors());
        s.persona = Persona{textOf(pr, u"name", Presence::Optional),
            textOf(pr, u"role", Presence::Optional), textOf(pr, u"temperament", Presence::Optional),
            textOf(pr, u"background", Presence::Optional)};
    }
    s.updatedAt = r.timestamp(u"updated_at", Presence::Required).value_or(QDateTime());
    return s;
}

Track trackOf(ObjectReader& r)
{
    Track t;
    t.id = textOf(r, u"id");
    t.title = textOf(r, u"title");
    t.description = textOf(r, u"description");
    t.steps = listOf<TrackStep>(r, u"steps", Presence::Required, [](ObjectReader& s) {
        TrackStep step;
        step.position = s.integer(u"position", Presence::Required, 0, maxItems).value_or(0);
        step.scenario = refOf(s, u"scenario", u"title");
        if (const std::optional<QJsonArray> pre
            = s.array(u"prerequisites", Presence::Required, maxItems)) {
            for (qsizetype i = 0; i < pre->size(); ++i) {
                if (pre->at(i).isString())
                    step.prerequisites.append(pre->at(i).toString());
                else
                    s.errors().add(indexPath(s.pathOf(u"prerequisites"), i),
                        QStringLiteral("must be a string"));
            }
        }
        return step;
    });
    t.updatedAt = r.timestamp(u"updated_at", Presence::Required).value_or(QDateTime());
    return t;
}

// A list of scores, null where there were none.
QList<std::optional<double>> trendOf(ObjectReader& r)
{
    QList<std::optional<double>> out;
    if (const std::optional<QJsonArray> trend = r.array(u"trend", Presence::Required, 1000)) {
        for (qsizetype i = 0; i < trend->size(); ++i) {
            const QJsonValue v = trend->at(i);
            if (v.isNull())
                out.append(std::nullopt);
            else if (v.isDouble())
                out.append(v.toDouble());
            else
                r.errors().add(
                    indexPath(r.pathOf(u"trend"), i), QStringLiteral("must be a number or null"));
        }
    }
    return out;
}

LeaderboardRow rowOf(ObjectReader& r)
{
    LeaderboardRow row;
    row.rank
        = r.integer(u"rank", Presence::Required, 1, std::numeric_limits<int>::max()).value_or(0);
    row.user = refOf(r, u"user", u"display_name");
    row.bestScore = r.number(u"best_score", Presence::Required, 0, maxScore).value_or(0);
    row.averageScore = r.number(u"average_score", Presence::Required, 0, maxScore).value_or(0);
    row.attempts = r.integer(u"attempts", Presence::Required, 0, std::numeric_limits<int>::max())
                       .value_or(0);
    row.passRate = r.number(u"pass_rate", Presence::Required, 0, 1).value_or(0);
    row.trend = trendOf(r);
    return row;
}

AttemptSummary attemptOf(ObjectReader& r)
{
    AttemptSummary a;
    a.id = textOf(r, u"id");
    a.user = refOf(r, u"user", u"display_name");
    a.scenario = refOf(r, u"scenario", u"title");
    a.assignmentId = r.text(u"assignment_id", Presence::Optional, 0, maxText);
    a.status = r.oneOf(u"status", Presence::Required, {u"in_progress", u"completed"})
                   .value_or(QString());
    a.startedAt = r.timestamp(u"started_at", Presence::Required).value_or(QDateTime());
    a.endedAt = r.timestamp(u"ended_at", Presence::Optional);
    a.durationMs = r.integer(u"duration_ms", Presence::Optional, 0, limits::maxCallMs);
    a.score = r.number(u"score", Presence::Optional, 0, maxScore);
    a.passScore = r.number(u"pass_score", Presence::Optional, 0, maxScore);
    a.passed = r.boolean(u"passed", Presence::Optional);
    a.interrupted = r.boolean(u"interrupted", Presence::Required).value_or(false);
    a.endedBy = textOf(r, u"ended_by", Presence::Optional);
    if (const std::optional<QJsonObject> rec = r.object(u"recording", Presence::Required)) {
        ObjectReader rr(*rec, r.pathOf(u"recording"), r.errors());
        a.recordingAvailable = rr.boolean(u"available", Presence::Optional).value_or(false);
    }
    a.updatedAt = r.timestamp(u"updated_at", Presence::Required).value_or(QDateTime());
    return a;
}

Comment commentOf(ObjectReader& r)
{
    Comment c;
    c.id = textOf(r, u"id");
    c.attemptId = textOf(r, u"attempt_id");
    c.author = refOf(r, u"author", u"display_name");
    c.body = r.text(u"body", Presence::Required, 0, limits::maxCommentChars).value_or(QString());
    if (const std::optional<QJsonObject> span = r.object(u"span", Presence::Optional)) {
        ObjectReader s(*span, r.pathOf(u"span"), r.errors());
        c.spanStartMs = s.integer(u"start_ms", Presence::Required, 0, limits::maxCallMs);
        c.spanEndMs = s.integer(u"end_ms", Presence::Required, 0, limits::maxCallMs);
    }
    c.utteranceId = r.text(u"utterance_id", Presence::Optional, 0, maxText);
    c.createdAt = r.timestamp(u"created_at", Presence::Required).value_or(QDateTime());
    return c;
}

// The labels of the objects in the array `name` (each may have none).
QStringList labelsOf(ObjectReader& r, QStringView name)
{
    const QList<QString> labels = listOf<QString>(r, name, Presence::Optional,
        [](ObjectReader& item) { return textOf(item, u"label", Presence::Optional); });
    return QStringList(labels.begin(), labels.end());
}

// Parses `body` as an object and reads it with `read`.
template <typename T>
Parsed<T> parseObject(const QByteArray& body, const std::function<T(ObjectReader&)>& read)
{
    const BoundedJson json = parseJsonObject(body, responseLimits());
    if (!json)
        return malformed<T>(json.error);
    FieldErrors errors;
    ObjectReader r(json.document.object(), QStringLiteral("$"), errors);
    T value = read(r);
    return checked(std::move(errors), std::move(value));
}

template <typename T>
Parsed<Page<T>> parsePage(const QByteArray& body, const std::function<T(ObjectReader&)>& read)
{
    return parseObject<Page<T>>(body, [&](ObjectReader& r) {
        Page<T> page;
        page.items = listOf<T>(r, u"items", Presence::Required, read);
        page.nextCursor = textOf(r, u"next_cursor", Presence::Optional);
        return page;
    });
}

} // namespace

JsonLimits responseLimits()
{
    return JsonLimits{qsizetype(64) * 1024 * 1024, 32, qsizetype(1024) * 1024};
}

Parsed<Me> parseMe(const QByteArray& body)
{
    return parseObject<Me>(body, [](ObjectReader& r) {
        Me me;
        if (const std::optional<QJsonObject> u = r.object(u"user", Presence::Required)) {
            ObjectReader ur(*u, r.pathOf(u"user"), r.errors());
            me.user = Ref{textOf(ur, u"id"), textOf(ur, u"display_name")};
            me.email = textOf(ur, u"email");
            me.role
                = ur.oneOf(u"role", Presence::Required, {u"trainee", u"manager", u"admin", u"hr"})
                      .value_or(QString());
        }
        me.org = refOf(r, u"org", u"name");
        if (const std::optional<QJsonObject> t = r.object(u"team", Presence::Optional)) {
            ObjectReader tr(*t, r.pathOf(u"team"), r.errors());
            me.team = Ref{textOf(tr, u"id"), textOf(tr, u"name")};
            me.managesTeam = tr.boolean(u"manages", Presence::Required).value_or(false);
        }
        return me;
    });
}

Parsed<Scenario> parseScenario(const QByteArray& body)
{
    return parseObject<Scenario>(body, [](ObjectReader& r) {
        Scenario s;
        s.document = r.object();
        s.summary = scenarioOf(r);
        s.briefing = textOf(r, u"briefing");
        s.scoring = r.object(u"scoring", Presence::Required).value_or(QJsonObject());
        ObjectReader sr(s.scoring, r.pathOf(u"scoring"), r.errors());
        if (const std::optional<QJsonObject> goal = sr.object(u"goal", Presence::Optional)) {
            ObjectReader gr(*goal, sr.pathOf(u"goal"), r.errors());
            s.goal = textOf(gr, u"label", Presence::Optional);
        }
        s.requiredPhrases = labelsOf(sr, u"required_phrases");
        s.objections = labelsOf(sr, u"objections");
        if (const std::optional<QJsonObject> rubric = sr.object(u"rubric", Presence::Required)) {
            ObjectReader rr(*rubric, sr.pathOf(u"rubric"), r.errors());
            s.passScore = rr.number(u"pass_score", Presence::Required, 0, maxScore).value_or(0);
        }
        return s;
    });
}

Parsed<Page<ScenarioSummary>> parseScenarioPage(const QByteArray& body)
{
    return parsePage<ScenarioSummary>(body, scenarioOf);
}

Parsed<Page<Track>> parseTrackPage(const QByteArray& body)
{
    return parsePage<Track>(body, trackOf);
}

Parsed<Track> parseTrack(const QByteArray& body)
{
    return parseObject<Track>(body, trackOf);
}

Parsed<QList<Assignment>> parseAssignments(const QByteArray& body)
{
    return parseObject<QList<Assignment>>(body, [](ObjectReader& root) {
        return listOf<Assignment>(root, u"items", Presence::Required, [](ObjectReader& r) {
            Assignment a;
            a.id = textOf(r, u"id");
            a.kind
                = r.oneOf(u"kind", Presence::Required, {u"scenario", u"track"}).value_or(QString());
            a.title = textOf(r, u"title");
            a.scenario = optionalRef(r, u"scenario");
            if (const std::optional<QJsonObject> t = r.object(u"track", Presence::Optional)) {
                ObjectReader tr(*t, r.pathOf(u"track"), r.errors());
                a.track = trackOf(tr);
            }
            a.assignedTo = r.oneOf(u"assigned_to", Presence::Required, {u"user", u"team"})
                               .value_or(QString());
            a.dueAt = r.timestamp(u"due_at", Presence::Optional);
            a.passThreshold
                = r.number(u"pass_threshold", Presence::Required, 0, maxScore).value_or(0);
            a.assessment = r.boolean(u"assessment", Presence::Required).value_or(false);
            a.status = r.oneOf(u"status", Presence::Required,
                            {u"not_started", u"in_progress", u"completed"})
                           .value_or(QString());
            a.overdue = r.boolean(u"overdue", Presence::Required).value_or(false);
            if (const std::optional<QJsonObject> p = r.object(u"progress", Presence::Required)) {
                ObjectReader pr(*p, r.pathOf(u"progress"), r.errors());
                a.completed = pr.integer(u"completed", Presence::Required, 0, maxItems).value_or(0);
                a.total = pr.integer(u"total", Presence::Required, 0, maxItems).value_or(0);
                a.bestScore = pr.number(u"best_score", Presence::Optional, 0, maxScore);
                a.steps
                    = listOf<StepProgress>(pr, u"steps", Presence::Optional, [](ObjectReader& s) {
                          return StepProgress{textOf(s, u"scenario_id"),
                              s.number(u"best_score", Presence::Optional, 0, maxScore),
                              s.boolean(u"passed", Presence::Optional).value_or(false)};
                      });
            }
            a.createdAt = r.timestamp(u"created_at", Presence::Required).value_or(QDateTime());
            return a;
        });
    });
}

Parsed<Leaderboard> parseLeaderboard(const QByteArray& body)
{
    return parseObject<Leaderboard>(body, [](ObjectReader& r) {
        Leaderboard b;
        b.period = r.oneOf(u"period", Presence::Required, {u"week", u"month", u"all"})
                       .value_or(QString());
        b.scope = r.oneOf(u"scope", Presence::Required, {u"team", u"org"}).value_or(QString());
        b.scenarioId = r.text(u"scenario_id", Presence::Optional, 0, maxText);
        b.from = r.timestamp(u"from", Presence::Optional);
        b.to = r.timestamp(u"to", Presence::Required).value_or(QDateTime());
        b.trendBucketDays = r.integer(u"trend_bucket_days", Presence::Required, 1, 366).value_or(0);
        b.total = r.integer(u"total", Presence::Required, 0, std::numeric_limits<int>::max())
                      .value_or(0);
        b.items = listOf<LeaderboardRow>(r, u"items", Presence::Required, rowOf);
        if (const std::optional<QJsonObject> me = r.object(u"me", Presence::Optional)) {
            ObjectReader mr(*me, r.pathOf(u"me"), r.errors());
            b.me = rowOf(mr);
        }
        b.nextCursor = textOf(r, u"next_cursor", Presence::Optional);
        return b;
    });
}

Parsed<Team> parseTeam(const QByteArray& body)
{
    return parseObject<Team>(body, [](ObjectReader& r) {
        Team t;
        t.scope = r.oneOf(u"scope", Presence::Required, {u"team", u"org"}).value_or(QString());
        t.trendBucketDays = r.integer(u"trend_bucket_days", Presence::Required, 1, 366).value_or(0);
        t.to = r.timestamp(u"to", Presence::Required).value_or(QDateTime());
        t.items = listOf<TeamMember>(r, u"items", Presence::Required, [](ObjectReader& m) {
            TeamMember member;
            member.user = refOf(m, u"user", u"display_name");
            member.email = textOf(m, u"email");
            member.role = m.oneOf(u"role", Presence::Required, {u"trainee", u"manager"})
                              .value_or(QString());
            if (const std::optional<QJsonObject> team = m.object(u"team", Presence::Optional)) {
                ObjectReader tr(*team, m.pathOf(u"team"), m.errors());
                member.team = Ref{textOf(tr, u"id"), textOf(tr, u"name", Presence::Optional)};
            }
            if (const std::optional<QJsonObject> a = m.object(u"assignments", Presence::Required)) {
                ObjectReader ar(*a, m.pathOf(u"assignments"), m.errors());
                member.assignmentsTotal
                    = ar.integer(u"total", Presence::Required, 0, maxItems).value_or(0);
                member.assignmentsCompleted
                    = ar.integer(u"completed", Presence::Required, 0, maxItems).value_or(0);
                member.assignmentsOverdue
                    = ar.integer(u"overdue", Presence::Required, 0, maxItems).value_or(0);
            }
            member.attempts
                = m.integer(u"attempts", Presence::Required, 0, std::numeric_limits<int>::max())
                      .value_or(0);
            member.averageScore = m.number(u"average_score", Presence::Optional, 0, maxScore);
            member.bestScore = m.number(u"best_score", Presence::Optional, 0, maxScore);
            member.lastAttemptAt = m.timestamp(u"last_attempt_at", Presence::Optional);
            member.trend = trendOf(m);
            return member;
        });
        return t;
    });
}

Parsed<Page<AttemptSummary>> parseAttemptPage(const QByteArray& body)
{
    return parsePage<AttemptSummary>(body, attemptOf);
}

QList<Utterance> utterancesOf(
    const QJsonObject& transcript, const QString& path, FieldErrors& errors)
{
    ObjectReader r(transcript, path, errors);
    QList<Utterance> out = listOf<Utterance>(
        r, u"utterances", Presence::Required, [](ObjectReader& u) {
            Utterance line;
            line.id = textOf(u, u"id");
            line.speaker = u.oneOf(u"speaker", Presence::Required, {u"rep", u"prospect"})
                               .value_or(QString());
            line.text = textOf(u, u"text");
            line.startMs
                = u.integer(u"start_ms", Presence::Required, 0, limits::maxCallMs).value_or(0);
            line.endMs = u.integer(u"end_ms", Presence::Required, 0, limits::maxCallMs).value_or(0);
            line.truncated = u.boolean(u"truncated", Presence::Optional).value_or(false);
            return line;
        });
    std::stable_sort(out.begin(), out.end(),
        [](const Utterance& a, const Utterance& b) { return a.startMs < b.startMs; });
    return out;
}

Parsed<Attempt> parseAttempt(const QByteArray& body)
{
    return parseObject<Attempt>(body, [](ObjectReader& r) {
        Attempt a;
        a.summary = attemptOf(r);
        if (const std::optional<QJsonObject> t = r.object(u"transcript", Presence::Optional)) {
            a.transcript = *t;
            a.utterances = utterancesOf(*t, r.pathOf(u"transcript"), r.errors());
        }
        a.kpis = r.object(u"kpis", Presence::Optional).value_or(QJsonObject());
        a.breakdown = r.array(u"breakdown", Presence::Optional, maxItems).value_or(QJsonArray());
        if (const std::optional<QJsonArray> l
            = r.array(u"turn_latencies_ms", Presence::Optional, limits::maxTurnLatencies))
            a.turnLatenciesMs = integerList(
                *l, r.pathOf(u"turn_latencies_ms"), 0, limits::maxTurnLatencyMs, r.errors())
                                    .value_or(QList<qint64>());
        if (const std::optional<QJsonObject> f = r.object(u"feedback", Presence::Required)) {
            ObjectReader fr(*f, r.pathOf(u"feedback"), r.errors());
            const QString status
                = fr.oneOf(u"status", Presence::Required, {u"pending", u"ready", u"failed"})
                      .value_or(QString());
            const QString summary = textOf(fr, u"summary", Presence::Optional);
            a.feedback = status == QLatin1String("ready") ? summary : QString();
        }
        a.comments = listOf<Comment>(r, u"comments", Presence::Required, commentOf);
        return a;
    });
}

Parsed<Comment> parseComment(const QByteArray& body)
{
    return parseObject<Comment>(body, commentOf);
}

Parsed<CallStarted> parseCallStarted(const QByteArray& body)
{
    return parseObject<CallStarted>(body, [](ObjectReader& r) {
        CallStarted c;
        c.attemptId = textOf(r, u"attempt_id");
        c.scenario = refOf(r, u"scenario", u"title");
        c.assignmentId = r.text(u"assignment_id", Presence::Optional, 0, maxText);
        c.assessment = r.boolean(u"assessment", Presence::Required).value_or(false);
        c.startedAt = r.timestamp(u"started_at", Presence::Required).value_or(QDateTime());
        if (const std::optional<QJsonObject> v = r.object(u"voice", Presence::Required)) {
            ObjectReader vr(*v, r.pathOf(u"voice"), r.errors());
            c.voiceUrl = textOf(vr, u"url");
            c.voiceToken = textOf(vr, u"token");
            c.voiceExpiresAt
                = vr.timestamp(u"expires_at", Presence::Required).value_or(QDateTime());
            const std::optional<QString> prospect
                = vr.oneOf(u"prospect", Presence::Optional, {u"script", u"ai"});
            c.prospect = !prospect                 ? CallStarted::Prospect::Unknown
                : *prospect == QLatin1String("ai") ? CallStarted::Prospect::Ai
                                                   : CallStarted::Prospect::Script;
        }
        return c;
    });
}

Parsed<AuthServerMetadata> parseAuthServerMetadata(const QByteArray& body)
{
    return parseObject<AuthServerMetadata>(body, [](ObjectReader& r) {
        const auto words = [&r](QStringView name, Presence presence) {
            QStringList out;
            const std::optional<QJsonArray> array = r.array(name, presence, 64);
            for (qsizetype i = 0; array && i < array->size(); ++i) {
                if (array->at(i).isString() && array->at(i).toString().size() <= 256)
                    out << array->at(i).toString();
                else
                    r.errors().add(indexPath(r.pathOf(name), i),
                        QStringLiteral("must be a string of at most 256 characters"));
            }
            return out;
        };
        AuthServerMetadata m;
        m.issuer = r.text(u"issuer", Presence::Required, 1, 2048).value_or(QString());
        m.authorizationEndpoint
            = r.text(u"authorization_endpoint", Presence::Required, 1, 2048).value_or(QString());
        m.tokenEndpoint
            = r.text(u"token_endpoint", Presence::Required, 1, 2048).value_or(QString());
        m.revocationEndpoint
            = r.text(u"revocation_endpoint", Presence::Optional, 1, 2048).value_or(QString());
        m.responseTypes = words(u"response_types_supported", Presence::Required);
        m.codeChallengeMethods = words(u"code_challenge_methods_supported", Presence::Optional);
        m.issParameter
            = r.boolean(u"authorization_response_iss_parameter_supported", Presence::Optional)
                  .value_or(false);
        return m;
    });
}

namespace {

Release releaseOf(ObjectReader& r)
{
    Release rel;
    rel.version = r.text(u"version", Presence::Required, 1, 32).value_or(QString());
    qsizetype end = 0;
    if (!rel.version.isEmpty()
        && (QVersionNumber::fromString(rel.version, &end).isNull() || end != rel.version.size()))
        r.errors().add(r.pathOf(u"version"), QStringLiteral("must be dotted numbers, like 0.2.0"));
    rel.channel = r.oneOf(u"channel", Presence::Required, {u"stable", u"beta"}).value_or(QString());
    rel.os
        = r.oneOf(u"os", Presence::Required, {u"linux", u"windows", u"macos"}).value_or(QString());
    rel.arch = r.text(u"arch", Presence::Optional, 1, 32).value_or(QString());
    rel.url = r.text(u"url", Presence::Required, 1, 2048).value_or(QString());
    if (!rel.url.isEmpty() && !rel.url.startsWith(QLatin1String("https://")))
        r.errors().add(r.pathOf(u"url"), QStringLiteral("must be an https:// address"));
    rel.sha256 = r.text(u"sha256", Presence::Optional, 64, 64).value_or(QString());
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!rel.sha256.isEmpty() && !hex.match(rel.sha256).hasMatch())
        r.errors().add(r.pathOf(u"sha256"), QStringLiteral("must be 64 lowercase hex digits"));
    rel.notes = textOf(r, u"notes", Presence::Optional);
    rel.publishedAt = r.timestamp(u"published_at", Presence::Required).value_or(QDateTime());
    return rel;
}

} // namespace

Parsed<Release> parseRelease(const QByteArray& body)
{
    return parseObject<Release>(body, releaseOf);
}

Parsed<QList<Release>> parseReleaseList(const QByteArray& body)
{
    return parseObject<QList<Release>>(body, [](ObjectReader& r) {
        return listOf<Release>(r, u"releases", Presence::Required, releaseOf);
    });
}

QString releaseOs()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("linux");
#endif
}

} // namespace vt::protocol
