// POST /api/v1/calls: starts a practice call: creates the attempt and hands out the voice
// session (docs/protocol/voice-gateway.md).
#include "ApiService.h"
#include "AttemptAccess.h"
#include "Paging.h"
#include "Platform.h"

#include "ApiRequests.h"

#include <QJsonObject>

namespace vt::server {

void addCallRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"POST", QStringLiteral("/api/v1/calls"), true, Action::StartCall, BodyKind::Json, true,
        [&platform](const ApiCallPtr& call) {
            const protocol::Parsed<protocol::CallStart> parsed
                = protocol::parseCallStart(call->request().body);
            if (replyIfInvalid(call, parsed))
                return;
            const Caller& c = call->caller();
            const protocol::CallStart& start = *parsed;
            const bool drafts = AccessPolicy::allows(c.role, Action::ReadDrafts);
            const std::optional<ScenarioRecord> scenario
                = platform.catalog.scenario(c.orgId, start.scenarioId, drafts);
            protocol::FieldErrors errors;
            if (!scenario)
                errors.add(
                    QStringLiteral("$.scenario_id"), QStringLiteral("there is no such scenario"));
            std::optional<AssignmentRecord> assignment;
            if (start.assignmentId) {
                assignment = platform.assignments.assignment(c.orgId, *start.assignmentId);
                if (!assignment || !assignmentCovers(platform, c, *assignment, start.scenarioId))
                    errors.add(QStringLiteral("$.assignment_id"),
                        QStringLiteral("is not one of your assignments for this scenario"));
            }
            if (!errors.isEmpty()) {
                call->problem(validationProblem(errors));
                return;
            }
            const qint64 now = platform.clock.nowMs();
            const QString attemptId = platform.attempts.create(
                c.orgId, c.userId, scenario->id, assignment ? assignment->id : QString(), now);
            const bool ai = platform.config.engines.engineFor(
                                c.orgId, platform.directory.orgName(c.orgId), scenario->id)
                != nullptr;
            Claims voice;
            voice.subject = c.userId;
            voice.orgId = c.orgId;
            voice.role = roleName(c.role);
            voice.type = QStringLiteral("voice");
            voice.attemptId = attemptId;
            voice.id = newId();
            voice.issuedAt = now / 1000;
            voice.expiresAt = now / 1000 + platform.config.voiceTokenSeconds;
            HttpResponse response = jsonResponse(201,
                QJsonObject{{QStringLiteral("attempt_id"), attemptId},
                    {QStringLiteral("scenario"),
                        QJsonObject{{QStringLiteral("id"), scenario->id},
                            {QStringLiteral("title"), scenario->title}}},
                    {QStringLiteral("assignment_id"),
                        assignment ? QJsonValue(assignment->id) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("assessment"), assignment && assignment->assessment},
                    {QStringLiteral("started_at"), protocol::formatTimestampMs(now)},
                    {QStringLiteral("voice"),
                        QJsonObject{{QStringLiteral("transport"), QStringLiteral("websocket")},
                            {QStringLiteral("url"), platform.voiceUrl(call->request(), attemptId)},
                            {QStringLiteral("token"),
                                QString::fromLatin1(platform.jwt.sign(voice))},
                            {QStringLiteral("expires_at"),
                                protocol::formatTimestampMs(voice.expiresAt * 1000)},
                            {QStringLiteral("prospect"),
                                ai ? QStringLiteral("ai") : QStringLiteral("script")},
                            {QStringLiteral("audio"),
                                QJsonObject{{QStringLiteral("codec"), QStringLiteral("opus")},
                                    {QStringLiteral("sample_rate"), 48000},
                                    {QStringLiteral("channels"), 1},
                                    {QStringLiteral("frame_ms"), 20},
                                    {QStringLiteral("bitrate"), 24000}}}}}});
            response.headers.add("Location", ("/api/v1/attempts/" + attemptId).toLatin1());
            call->reply(response);
        }});
}

} // namespace vt::server
