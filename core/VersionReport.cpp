#include "VersionReport.h"

#include "AudioLibraries.h"
#include "BuildInfo.h"
#include "SqliteRuntime.h"

#include <QStringList>

namespace vt::app {

QString VersionReport::text()
{
    QStringList lines;
    lines << tr("Voice AI Training %1 (commit %2)").arg(appVersion(), gitCommit());
    lines << tr("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("PortAudio %1").arg(QString::fromStdString(audio::portAudioVersion()));
    lines << tr("Opus %1").arg(QString::fromStdString(audio::opusVersion()));
    lines << tr("SQLite %1").arg(net::sqliteRuntimeVersion());
    return lines.join(QLatin1Char('\n'));
}

} // namespace vt::app
