// GET /healthz (the process answers) and GET /readyz (the database answers too).
#include "ApiService.h"
#include "Platform.h"
#include "db/Migrations.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vt::server {

void addHealthRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/healthz"), false, std::nullopt, BodyKind::None, false,
        [](const ApiCallPtr& call) {
            call->json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        }});
    add({"GET", QStringLiteral("/readyz"), false, std::nullopt, BodyKind::None, false,
        [&platform](const ApiCallPtr& call) {
            if (!platform.db.ping()) {
                call->problem(
                    ProblemType::Unavailable, QStringLiteral("the database does not answer"));
                return;
            }
            // Where the voice gateway listens, for diagnostics (voicetraining-cli doctor): calls
            // get their own URL from POST /calls.
            QString voiceBase = platform.voiceUrl(call->request(), QString());
            call->json(200,
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                    {QStringLiteral("schema_version"), Migrations::currentVersion(platform.db)},
                    {QStringLiteral("voice"),
                        QJsonObject{{QStringLiteral("url"), voiceBase},
                            {QStringLiteral("protocols"),
                                QJsonArray{QStringLiteral("vt-voice.1")}}}}});
        }});
}

} // namespace vt::server
