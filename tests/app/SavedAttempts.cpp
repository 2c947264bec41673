#include "SavedAttempts.h"

#include "ApiFixtures.h"
#include "DemoPlatform.h"
#include "IsolatedHome.h"

#include "AttemptJournal.h"
#include "LocalStore.h"

#include <QDir>

namespace vt::test {

QString cliStorePath(const IsolatedHome& home)
{
    const QDir dir(QDir(home.dataDir()).filePath(QStringLiteral("VoiceTraining/VoiceTraining")));
    QDir().mkpath(dir.path());
    return dir.filePath(QStringLiteral("journal.sqlite"));
}

QString saveCallLikeTheApp(DemoPlatform& demo, const QString& who, const QString& storePath,
    const QString& platformKey, QString* error, const QJsonObject& completion)
{
    const QString scenario = demo.scenarioId(who, QStringLiteral("Rate"));
    const ApiClient::Reply call = demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"), scenario}}, demo.token(who));
    if (call.status != 201) {
        *error = QStringLiteral("POST /calls answered %1").arg(call.status);
        return {};
    }
    const QString id = call.json().value(QStringLiteral("attempt_id")).toString();
    net::LocalStore store;
    if (const Result<void> opened = store.open(storePath); !opened) {
        *error = opened.error();
        return {};
    }
    net::AttemptJournal journal(store);
    const QJsonObject body = completion.isEmpty()
        ? completionBody(seedTranscript(QStringLiteral("rate-shopper")), 80)
        : completion;
    if (!journal.begin(id, platformKey, scenario,
            call.json().value(QStringLiteral("started_at")).toString(), {})
        || !journal.save(id, body)) {
        *error = journal.lastError();
        return {};
    }
    return id;
}

} // namespace vt::test
