#include "AccessLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace vt::server {

Result<std::unique_ptr<AccessLog>> AccessLog::open(const QString& target)
{
    auto log = std::make_unique<AccessLog>();
    if (target == QLatin1String("off")) {
        log->m_off = true;
        return log;
    }
    const bool ok = target == QLatin1String("-")
        ? log->m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        : (log->m_file.setFileName(target),
            log->m_file.open(QIODevice::Append | QIODevice::WriteOnly));
    if (!ok) {
        return failure(QStringLiteral("cannot write the access log %1: %2")
                           .arg(target, log->m_file.errorString()));
    }
    return log;
}

void AccessLog::write(const HttpRequest& request, const HttpResponse& response, qint64 durationUs)
{
    if (m_off)
        return;
    const QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("id"), QString::number(request.id)},
        {QStringLiteral("remote"), request.peer.toString()},
        {QStringLiteral("method"), QString::fromLatin1(request.method.left(16))},
        {QStringLiteral("path"), request.path.left(512)},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("bytes"), response.body.size()},
        {QStringLiteral("ms"), double(durationUs / 10) / 100.0},
        {QStringLiteral("user"), QString::fromLatin1(response.logUser)},
        {QStringLiteral("org"), QString::fromLatin1(response.logOrg)}};
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    if (!m_file.isSequential())
        m_file.flush();
}

} // namespace vt::server
