// GET /api/v1/scenarios[/{id}] and GET /api/v1/tracks[/{id}].
#include "ApiService.h"
#include "Paging.h"
#include "Platform.h"
#include "Representations.h"
#include "agent/PersonaScript.h"
#include "engine/PersonaPrompt.h"

#include <QJsonArray>

namespace vt::server {
namespace {

std::optional<std::pair<QString, QString>> titleKey(const std::optional<QJsonArray>& after)
{
    if (!after)
        return std::nullopt;
    return std::make_pair(after->at(0).toString(), after->at(1).toString());
}

void replyNotFound(const ApiCallPtr& call, const char* what)
{
    call->problem(
        ProblemType::NotFound, QStringLiteral("there is no such %1").arg(QLatin1String(what)));
}

// Which engine plays this scenario's prospect for the org, and, for an AI engine, the persona
// prompt it is given (built from the scenario as a call would build it).
QJsonObject voiceEngineJson(Platform& platform, const ScenarioRecord& s)
{
    const EngineSpec* spec
        = platform.config.engines.engineFor(s.orgId, platform.directory.orgName(s.orgId), s.id);
    QJsonObject o{{QStringLiteral("name"), spec ? spec->name : QStringLiteral("script")},
        {QStringLiteral("type"), spec ? QStringLiteral("chat") : QStringLiteral("script")}};
    if (!spec)
        return o;
    o.insert(QStringLiteral("model"), spec->model);
    protocol::FieldErrors errors;
    if (const std::optional<PersonaScript> script
        = readPersonaScript(s.agent, s.scoring, errors, s.persona))
        o.insert(
            QStringLiteral("persona_prompt"), personaPrompt(s.persona, *script, s.durationMinutes));
    else
        o.insert(QStringLiteral("persona_prompt_error"), errors.summary());
    return o;
}

} // namespace

void addCatalogRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/api/v1/scenarios"), true, Action::ReadCatalog, BodyKind::None,
        false, [&platform](const ApiCallPtr& call) {
            protocol::FieldErrors errors;
            const std::optional<Paging> paging = readPaging(*call, 50, 100, 2, errors);
            if (!paging) {
                call->problem(validationProblem(errors));
                return;
            }
            const bool drafts = AccessPolicy::allows(call->caller().role, Action::ReadDrafts);
            const QList<ScenarioRecord> page = platform.catalog.scenarios(
                call->caller().orgId, drafts, titleKey(paging->after), paging->limit + 1);
            call->json(200,
                pageJson(
                    page, paging->limit,
                    [](const ScenarioRecord& s) { return scenarioJson(s, false); },
                    [](const ScenarioRecord& s) {
                        return QJsonArray{s.title, s.id};
                    }));
        }});
    add({"GET", QStringLiteral("/api/v1/scenarios/{id}"), true, Action::ReadCatalog, BodyKind::None,
        false, [&platform](const ApiCallPtr& call) {
            const bool drafts = AccessPolicy::allows(call->caller().role, Action::ReadDrafts);
            const std::optional<ScenarioRecord> s = platform.catalog.scenario(
                call->caller().orgId, call->param(QStringLiteral("id")), drafts);
            if (!s) {
                replyNotFound(call, "scenario");
                return;
            }
            QJsonObject body = scenarioJson(*s, true);
            if (AccessPolicy::allows(call->caller().role, Action::ReadVoiceEngine))
                body.insert(QStringLiteral("voice_engine"), voiceEngineJson(platform, *s));
            call->json(200, body);
        }});
    add({"GET", QStringLiteral("/api/v1/tracks"), true, Action::ReadCatalog, BodyKind::None, false,
        [&platform](const ApiCallPtr& call) {
            protocol::FieldErrors errors;
            const std::optional<Paging> paging = readPaging(*call, 50, 100, 2, errors);
            if (!paging) {
                call->problem(validationProblem(errors));
                return;
            }
            const QList<TrackRecord> page = platform.catalog.tracks(
                call->caller().orgId, titleKey(paging->after), paging->limit + 1);
            call->json(200, pageJson(page, paging->limit, &trackJson, [](const TrackRecord& t) {
                return QJsonArray{t.title, t.id};
            }));
        }});
    add({"GET", QStringLiteral("/api/v1/tracks/{id}"), true, Action::ReadCatalog, BodyKind::None,
        false, [&platform](const ApiCallPtr& call) {
            const std::optional<TrackRecord> t
                = platform.catalog.track(call->caller().orgId, call->param(QStringLiteral("id")));
            if (!t) {
                replyNotFound(call, "track");
                return;
            }
            call->json(200, trackJson(*t));
        }});
}

} // namespace vt::server
