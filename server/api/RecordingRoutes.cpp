// PUT and GET /api/v1/attempts/{id}/recording, and the signed download link
// GET /api/v1/recordings/{id}?expires=...&signature=... that the GET redirects to.
#include "ApiService.h"
#include "AttemptAccess.h"
#include "Platform.h"
#include "Representations.h"
#include "db/Sql.h"
#include "domain/OggCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace vt::server {
namespace {

QByteArray signatureOf(const QByteArray& secret, const QString& attemptId, qint64 expires)
{
    return QMessageAuthenticationCode::hash(
        ("recording:" + attemptId + ':' + QString::number(expires)).toUtf8(), secret,
        QCryptographicHash::Sha256)
        .toHex();
}

bool isOggType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "audio/ogg" || type == "audio/opus" || type == "application/ogg";
}

void upload(Platform& platform, const ApiCallPtr& call)
{
    const Caller& c = call->caller();
    const std::optional<AttemptRecord> attempt = ownAttempt(
        platform, call, QStringLiteral("only the rep who made the call uploads its recording"));
    if (!attempt)
        return;
    const HttpRequest& request = call->request();
    if (!isOggType(request.headers.value("content-type"))) {
        call->problem(ProblemType::UnsupportedMedia,
            QStringLiteral("the recording must be sent as audio/ogg"));
        return;
    }
    const OggCheck check = checkOggOpus(request.body);
    if (!check) {
        call->problem(Problem{
            ProblemType::Validation, check.error, {{QStringLiteral("$"), check.error}}, 0, {}});
        return;
    }
    const QString dir
        = QDir(platform.config.dataDir).filePath(QStringLiteral("recordings/") + c.orgId);
    const QString path = QDir(dir).filePath(attempt->id + QStringLiteral(".opus"));
    QSaveFile file(path);
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly)
        || file.write(request.body) != request.body.size() || !file.commit())
        throw StorageError(
            QStringLiteral("cannot store the recording at %1: %2").arg(path, file.errorString()));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    platform.attempts.setRecording(
        c.orgId, attempt->id, path, request.body.size(), sha, platform.clock.nowMs());
    call->json(200,
        QJsonObject{{QStringLiteral("attempt_id"), attempt->id},
            {QStringLiteral("bytes"), request.body.size()}, {QStringLiteral("sha256"), sha},
            {QStringLiteral("channels"), check.channels},
            {QStringLiteral("duration_ms"), check.durationMs}});
}

void linkTo(Platform& platform, const ApiCallPtr& call)
{
    const std::optional<AttemptRecord> attempt = visibleAttempt(platform, call);
    if (!attempt)
        return;
    if (attempt->recordingPath.isEmpty()) {
        call->problem(ProblemType::NotFound, QStringLiteral("this attempt has no recording yet"));
        return;
    }
    const qint64 expires = platform.clock.nowSeconds() + platform.config.recordingUrlSeconds;
    const QString url = platform.baseUrl(call->request()) + QStringLiteral("/api/v1/recordings/")
        + attempt->id + QStringLiteral("?expires=") + QString::number(expires)
        + QStringLiteral("&signature=")
        + QString::fromLatin1(signatureOf(platform.secret, attempt->id, expires));
    HttpResponse response = jsonResponse(302,
        QJsonObject{{QStringLiteral("url"), url},
            {QStringLiteral("expires_at"), protocol::formatTimestampMs(expires * 1000)}});
    response.headers.add("Location", url.toUtf8());
    response.headers.add("Cache-Control", "no-store");
    call->reply(response);
}

void download(Platform& platform, const ApiCallPtr& call)
{
    const QString id = call->param(QStringLiteral("id")).toLower();
    bool ok = false;
    const qint64 expires = call->query(QStringLiteral("expires")).toLongLong(&ok);
    const QByteArray signature = call->query(QStringLiteral("signature")).toLatin1();
    const QByteArray expected = signatureOf(platform.secret, id, expires);
    if (!ok || !protocol::isUuid(id) || signature.size() != expected.size()
        || QMessageAuthenticationCode::hash(signature, platform.secret, QCryptographicHash::Sha256)
            != QMessageAuthenticationCode::hash(
                expected, platform.secret, QCryptographicHash::Sha256)) {
        call->problem(ProblemType::Forbidden, QStringLiteral("this link is not valid"));
        return;
    }
    if (expires < platform.clock.nowSeconds()) {
        call->problem(ProblemType::Forbidden,
            QStringLiteral("this link has expired; ask the API for a new one"));
        return;
    }
    const std::optional<QString> path = platform.attempts.recordingPath(id);
    QFile file(path.value_or(QString()));
    if (!path || !file.open(QIODevice::ReadOnly)) {
        call->problem(ProblemType::NotFound, QStringLiteral("the recording is gone"));
        return;
    }
    HttpResponse response;
    response.headers.add("Content-Type", "audio/ogg");
    response.headers.add(
        "Content-Disposition", ("attachment; filename=\"attempt-" + id + ".opus\"").toLatin1());
    response.headers.add("Cache-Control", "private, max-age=300");
    response.body = file.readAll();
    call->reply(response);
}

} // namespace

void addRecordingRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"PUT", QStringLiteral("/api/v1/attempts/{id}/recording"), true, Action::UploadRecording,
        BodyKind::Recording, true,
        [&platform](const ApiCallPtr& call) { upload(platform, call); }});
    add({"GET", QStringLiteral("/api/v1/attempts/{id}/recording"), true, Action::ReadAttempt,
        BodyKind::None, false, [&platform](const ApiCallPtr& call) { linkTo(platform, call); }});
    add({"GET", QStringLiteral("/api/v1/recordings/{id}"), false, std::nullopt, BodyKind::None,
        false, [&platform](const ApiCallPtr& call) { download(platform, call); }});
}

} // namespace vt::server
