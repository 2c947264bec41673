#pragma once

#include <QFile>
#include <QString>

namespace vt::app {

// An append-only log file that rotates by size: voicetraining.log, then .1 ... .N for older
// ones, the oldest dropped. Not thread-safe; the message handler serialises writes.
class LogFile final {
public:
    static constexpr qint64 defaultMaxBytes = qint64{1024} * 1024;
    static constexpr int defaultKeptFiles = 5;

    explicit LogFile(const QString& directory, qint64 maxBytes = defaultMaxBytes,
        int keptFiles = defaultKeptFiles);

    // The app's standard log directory (logs/ under the app's local data location).
    static QString defaultDirectory();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    // Appends one line (a newline is added) and flushes it.
    void writeLine(const QString& line);

private:
    void open();
    void rotate();

    QString m_directory;
    qint64 m_maxBytes;
    int m_keptFiles;
    QFile m_file;
};

} // namespace vt::app
