#include "AudioDeviceCatalog.h"

#include "AppLog.h"
#include "PortAudioSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vt::app {

AudioDeviceCatalog::AudioDeviceCatalog(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<AudioDeviceScan>::finished, this, [this] {
        m_scan = m_watcher.result();
        m_hasScanned = true;
        if (!m_scan.error.isEmpty())
            qCWarning(lcApp) << "audio devices unavailable:" << m_scan.error;
        Q_EMIT refreshed();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
}

AudioDeviceCatalog::~AudioDeviceCatalog()
{
    m_watcher.waitForFinished();
}

AudioDeviceScan AudioDeviceCatalog::scanNow()
{
    AudioDeviceScan scan;
    const audio::PortAudioSession session;
    if (!session) {
        scan.error = QString::fromStdString(session.errorText());
        return scan;
    }
    for (const audio::AudioDevice& device : session.devices()) {
        scan.devices.append(
            {QString::fromStdString(device.name), QString::fromStdString(device.hostApi),
                device.maxInputChannels, device.maxOutputChannels, device.defaultSampleRate,
                device.isDefaultInput, device.isDefaultOutput});
    }
    return scan;
}

void AudioDeviceCatalog::refresh()
{
    if (m_watcher.isRunning()) {
        m_refreshAgain = true; // hardware may have changed since that scan started
        return;
    }
    Q_EMIT refreshStarted();
    m_watcher.setFuture(QtConcurrent::run(&AudioDeviceCatalog::scanNow));
}

} // namespace vt::app
