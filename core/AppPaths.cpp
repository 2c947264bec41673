#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace vt::app::paths {
namespace {

QString inAppData(const QString& name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

} // namespace

QString store()
{
    return inAppData(QStringLiteral("journal.sqlite"));
}

QString recordings()
{
    return inAppData(QStringLiteral("recordings"));
}

QString recordingCache()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("recordings"));
}

QString signInLock()
{
    return inAppData(QStringLiteral("signin.lock"));
}

QString keychainService()
{
    return QStringLiteral("Voice AI Training");
}

} // namespace vt::app::paths
