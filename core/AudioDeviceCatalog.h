#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

namespace vt::app {

struct AudioDeviceEntry {
    QString name;
    QString hostApi;
    int inputChannels = 0;
    int outputChannels = 0;
    double defaultSampleRate = 0.0;
    bool isDefaultInput = false;
    bool isDefaultOutput = false;
};

struct AudioDeviceScan {
    QList<AudioDeviceEntry> devices;
    QString error; // why the audio system could not be opened; empty on success
};

// The audio devices PortAudio reports. Scanning can take a second on some systems (ALSA and
// JACK probing), so refresh() scans on a worker thread and announces the result with
// refreshed(). One scan runs at a time: PortAudio's global state is not thread-safe.
class AudioDeviceCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioDeviceCatalog)

public:
    explicit AudioDeviceCatalog(QObject* parent = nullptr);
    ~AudioDeviceCatalog() override;

    // Scans on the calling thread (for the CLI).
    static AudioDeviceScan scanNow();

    void refresh();
    bool isRefreshing() const { return m_watcher.isRunning(); }
    bool hasScanned() const { return m_hasScanned; }
    const QList<AudioDeviceEntry>& devices() const { return m_scan.devices; }
    QString error() const { return m_scan.error; }

Q_SIGNALS:
    void refreshStarted();
    void refreshed();

private:
    QFutureWatcher<AudioDeviceScan> m_watcher;
    AudioDeviceScan m_scan;
    bool m_hasScanned = false;
    bool m_refreshAgain = false;
};

} // namespace vt::app
