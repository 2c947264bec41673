// GET /api/v1/attempts, GET and PUT /api/v1/attempts/{id}, POST /api/v1/attempts/{id}/comments.
#include "ApiService.h"
#include "AttemptAccess.h"
#include "Paging.h"
#include "Platform.h"
#include "Representations.h"
#include "ServerLog.h"
#include "db/Sql.h"
#include "domain/Rescoring.h"

#include "ApiRequests.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vt::server {
namespace {

QByteArray compact(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return {};
}

// Which users' attempts the list may show, from the caller and the user= and team= filters.
// Nothing (after replying) when a filter asks for more than the caller may see.
std::optional<std::optional<QStringList>> listScope(Platform& platform, const ApiCallPtr& call)
{
    const Caller& c = call->caller();
    QString user = call->query(QStringLiteral("user"));
    const QString team = call->query(QStringLiteral("team"));
    if (user == QLatin1String("me"))
        user = c.userId;
    if (!user.isEmpty()) {
        const std::optional<UserRecord> u = platform.directory.user(c.orgId, user);
        if (!u) {
            call->problem(ProblemType::NotFound, QStringLiteral("there is no such user"));
            return std::nullopt;
        }
        if (!AccessPolicy::canSeeUser(c, u->id, u->teamId)) {
            call->problem(
                ProblemType::Forbidden, QStringLiteral("you may not see this user's attempts"));
            return std::nullopt;
        }
        return std::optional<QStringList>(QStringList{u->id});
    }
    if (!team.isEmpty()) {
        if (!platform.directory.teamExists(c.orgId, team)) {
            call->problem(ProblemType::NotFound, QStringLiteral("there is no such team"));
            return std::nullopt;
        }
        const bool allowed = c.role == Role::Admin || c.role == Role::Hr
            || (c.role == Role::Manager && c.managedTeamIds.contains(team.toLower()));
        if (!allowed) {
            call->problem(
                ProblemType::Forbidden, QStringLiteral("you may not see this team's attempts"));
            return std::nullopt;
        }
        return std::optional<QStringList>(platform.directory.teamMembers(c.orgId, team.toLower()));
    }
    switch (c.role) {
    case Role::Trainee:
        return std::optional<QStringList>(QStringList{c.userId});
    case Role::Manager: {
        QStringList ids{c.userId};
        for (const QString& t : c.managedTeamIds)
            ids += platform.directory.teamMembers(c.orgId, t);
        ids.removeDuplicates();
        return std::optional<QStringList>(ids);
    }
    case Role::Admin:
    case Role::Hr:
        break;
    }
    return std::optional<QStringList>(); // the whole org
}

void listAttempts(Platform& platform, const ApiCallPtr& call)
{
    protocol::FieldErrors errors;
    const std::optional<Paging> paging = readPaging(*call, 50, 200, 2, errors);
    AttemptFilter filter;
    const auto readTime = [&](const QString& name) -> std::optional<qint64> {
        if (!call->hasQuery(name))
            return std::nullopt;
        const QDateTime t = QDateTime::fromString(call->query(name), Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
            errors.add(QStringLiteral("query.") + name,
                QStringLiteral("must be an RFC 3339 time with a zone"));
            return std::nullopt;
        }
        return t.toMSecsSinceEpoch();
    };
    filter.fromMs = readTime(QStringLiteral("from"));
    filter.toMs = readTime(QStringLiteral("to"));
    if (call->hasQuery(QStringLiteral("scenario"))) {
        const QString scenario = call->query(QStringLiteral("scenario"));
        if (!protocol::isUuid(scenario))
            errors.add(QStringLiteral("query.scenario"), QStringLiteral("must be a scenario id"));
        filter.scenarioId = scenario.toLower();
    }
    for (const QString& name : {QStringLiteral("user"), QStringLiteral("team")}) {
        const QString value = call->query(name);
        if (call->hasQuery(name)
            && !(protocol::isUuid(value)
                || (name == QLatin1String("user") && value == QLatin1String("me"))))
            errors.add(QStringLiteral("query.") + name,
                QStringLiteral("must be an id%1")
                    .arg(name == QLatin1String("user") ? QStringLiteral(" or \"me\"") : QString()));
    }
    if (!errors.isEmpty() || !paging) {
        call->problem(validationProblem(errors));
        return;
    }
    const std::optional<std::optional<QStringList>> scope = listScope(platform, call);
    if (!scope)
        return;
    filter.userIds = *scope;
    std::optional<std::pair<qint64, QString>> after;
    if (paging->after)
        after = std::make_pair(paging->after->at(0).toInteger(), paging->after->at(1).toString());
    const QList<AttemptRecord> page
        = platform.attempts.list(call->caller().orgId, filter, after, paging->limit + 1);
    call->json(200,
        pageJson(
            page, paging->limit, [](const AttemptRecord& a) { return attemptJson(a, nullptr); },
            [](const AttemptRecord& a) {
                return QJsonArray{a.startedAt, a.id};
            }));
}

void replyAttempt(Platform& platform, const ApiCallPtr& call, const QString& id, int status)
{
    const std::optional<AttemptRecord> attempt
        = platform.attempts.attempt(call->caller().orgId, id);
    const QList<CommentRecord> comments = platform.comments.forAttempt(call->caller().orgId, id);
    call->json(status, attemptJson(*attempt, &comments));
}

// An attempt practised offline with the app's own agent arrives as its first PUT, under an id
// the app chose: it is created here (the scenario must be the caller's to practise, the
// assignment theirs and for it), then completed like any other. False when the PUT was
// answered (refused).
bool createOfflineAttempt(Platform& platform, const ApiCallPtr& call)
{
    const Caller& c = call->caller();
    const QString id = call->param(QStringLiteral("id"));
    if (platform.attempts.attempt(c.orgId, id))
        return true; // it exists: the usual path
    const protocol::Parsed<protocol::AttemptCompletion> parsed
        = protocol::parseAttemptCompletion(call->request().body);
    if (!parsed || !parsed->offline)
        return true; // the usual path answers (400, 404)
    const protocol::AttemptCompletion::Offline& origin = *parsed->offline;
    protocol::FieldErrors errors;
    if (!protocol::isUuid(id))
        errors.add(QStringLiteral("$.offline"),
            QStringLiteral("an attempt practised offline needs a UUID as its id"));
    const bool drafts = AccessPolicy::allows(c.role, Action::ReadDrafts);
    if (!platform.catalog.scenario(c.orgId, origin.scenarioId, drafts))
        errors.add(
            QStringLiteral("$.offline.scenario_id"), QStringLiteral("there is no such scenario"));
    if (origin.assignmentId) {
        const std::optional<AssignmentRecord> a
            = platform.assignments.assignment(c.orgId, *origin.assignmentId);
        if (!a || !assignmentCovers(platform, c, *a, origin.scenarioId))
            errors.add(QStringLiteral("$.offline.assignment_id"),
                QStringLiteral("is not one of your assignments for this scenario"));
    }
    if (!errors.isEmpty()) {
        call->problem(validationProblem(errors));
        return false;
    }
    if (!platform.attempts.createOffline(id, c.orgId, c.userId, origin.scenarioId,
            origin.assignmentId.value_or(QString()), parsed->startedAt.toMSecsSinceEpoch(),
            platform.clock.nowMs())) {
        call->problem(ProblemType::Conflict, QStringLiteral("this attempt id is taken"));
        return false;
    }
    return true;
}

void completeAttempt(Platform& platform, const ApiCallPtr& call)
{
    const Caller& c = call->caller();
    if (!createOfflineAttempt(platform, call))
        return;
    const std::optional<AttemptRecord> attempt
        = ownAttempt(platform, call, QStringLiteral("only the rep who made the call completes it"));
    if (!attempt)
        return;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(call->request().body, QCryptographicHash::Sha256).toHex());
    if (attempt->status == QLatin1String("completed")) {
        if (attempt->completionHash == hash) { // the same PUT again: same outcome
            replyAttempt(platform, call, attempt->id, 200);
            return;
        }
        call->problem(ProblemType::Conflict,
            QStringLiteral("this attempt was already completed with other content"));
        return;
    }
    const protocol::Parsed<protocol::AttemptCompletion> parsed
        = protocol::parseAttemptCompletion(call->request().body);
    if (replyIfInvalid(call, parsed))
        return;
    const protocol::AttemptCompletion& done = *parsed;
    const std::optional<ScenarioRecord> scenario
        = platform.catalog.scenario(c.orgId, attempt->scenarioId, true);
    const Rescored scored = rescore(
        scenario ? scenario->scoring : QJsonObject(), done.transcript, done.scoringVersion);
    if (!scored.errors.isEmpty()) {
        call->problem(validationProblem(scored.errors));
        return;
    }
    if (!scored.scenarioError.isEmpty())
        throw StorageError(QStringLiteral("scenario %1 does not score: %2")
                               .arg(attempt->scenarioId, scored.scenarioError));

    AttemptRecord a = *attempt;
    a.endedAt = done.endedAt.toMSecsSinceEpoch();
    a.durationMs = done.durationMs;
    a.transcript = compact(done.transcript);
    recordPlatformScore(a, scored);
    a.clientScore = done.score;
    a.clientKpis = compact(done.kpis);
    a.clientBreakdown = compact(done.breakdown);
    a.clientScoringVersion = done.scoringVersion;
    a.clientVersion = done.clientVersion;
    QJsonArray latencies;
    for (const qint64 l : done.turnLatenciesMs)
        latencies.append(l);
    a.turnLatencies = compact(latencies);
    a.interrupted = done.interrupted;
    a.endedBy = done.endedBy;
    a.scoreMismatch = scoresDiffer(done.score, scored.score);
    a.completionHash = hash;
    if (a.scoreMismatch) {
        const auto text = [](std::optional<double> score) {
            return score ? QString::number(*score) : QStringLiteral("not scored");
        };
        qCWarning(lcServer).noquote()
            << "attempt" << a.id << "score mismatch: client" << text(done.score) << "(scoring"
            << done.scoringVersion << ") platform" << text(scored.score) << "(scoring"
            << scored.scoringVersion << ")";
    }
    if (!platform.attempts.complete(a, platform.clock.nowMs())) {
        call->problem(
            ProblemType::Conflict, QStringLiteral("this attempt was completed meanwhile"));
        return;
    }
    platform.leaderboard.attemptsChanged(a.orgId);
    replyAttempt(platform, call, a.id, 200);
}

void addComment(Platform& platform, const ApiCallPtr& call)
{
    const Caller& c = call->caller();
    const std::optional<AttemptRecord> attempt = visibleAttempt(platform, call);
    if (!attempt)
        return;
    if (!AccessPolicy::canComment(c, attempt->userId, attempt->userTeamId)) {
        call->problem(
            ProblemType::Forbidden, QStringLiteral("you may not comment on this attempt"));
        return;
    }
    const protocol::Parsed<protocol::CommentCreate> parsed
        = protocol::parseCommentCreate(call->request().body);
    if (replyIfInvalid(call, parsed))
        return;
    CommentRecord comment;
    comment.attemptId = attempt->id;
    comment.authorId = c.userId;
    comment.authorName = c.displayName;
    comment.body = parsed->body;
    comment.spanStartMs = parsed->spanStartMs;
    comment.spanEndMs = parsed->spanEndMs;
    comment.utteranceId = parsed->utteranceId.value_or(QString());
    const CommentRecord saved = platform.comments.add(c.orgId, comment, platform.clock.nowMs());
    HttpResponse response = jsonResponse(201, commentJson(saved));
    response.headers.add(
        "Location", ("/api/v1/attempts/" + attempt->id + "/comments/" + saved.id).toLatin1());
    call->reply(response);
}

} // namespace

void addAttemptRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/api/v1/attempts"), true, Action::ListAttempts, BodyKind::None,
        false, [&platform](const ApiCallPtr& call) { listAttempts(platform, call); }});
    add({"GET", QStringLiteral("/api/v1/attempts/{id}"), true, Action::ReadAttempt, BodyKind::None,
        false, [&platform](const ApiCallPtr& call) {
            if (const std::optional<AttemptRecord> attempt = visibleAttempt(platform, call))
                replyAttempt(platform, call, attempt->id, 200);
        }});
    add({"PUT", QStringLiteral("/api/v1/attempts/{id}"), true, Action::CompleteAttempt,
        BodyKind::Json, true,
        [&platform](const ApiCallPtr& call) { completeAttempt(platform, call); }});
    add({"POST", QStringLiteral("/api/v1/attempts/{id}/comments"), true, Action::Comment,
        BodyKind::Json, true, [&platform](const ApiCallPtr& call) { addComment(platform, call); }});
}

} // namespace vt::server
