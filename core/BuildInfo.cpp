#include "BuildInfo.h"

#include "BuildCommit.h"

#include <QCoreApplication>

namespace vt::app {

QString appVersion()
{
    return QStringLiteral(VT_VERSION);
}

QString gitCommit()
{
    return QStringLiteral(VT_GIT_COMMIT);
}

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VoiceTraining"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("voicetraining.example.com"));
    QCoreApplication::setApplicationName(QStringLiteral("VoiceTraining"));
    QCoreApplication::setApplicationVersion(appVersion());
}

} // namespace vt::app
