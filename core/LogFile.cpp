#include "LogFile.h"

#include <QDir>
#include <QStandardPaths>

namespace vt::app {
namespace {

const QString baseName = QStringLiteral("voicetraining.log");

} // namespace

LogFile::LogFile(const QString& directory, qint64 maxBytes, int keptFiles)
    : m_directory(directory)
    , m_maxBytes(maxBytes)
    , m_keptFiles(keptFiles)
{
    QDir().mkpath(m_directory);
    open();
}

QString LogFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
}

void LogFile::open()
{
    m_file.setFileName(QDir(m_directory).filePath(baseName));
    // A log we cannot open is not fatal: messages still reach stderr.
    (void)m_file.open(QIODevice::Append | QIODevice::Text);
}

void LogFile::rotate()
{
    m_file.close();
    const QDir dir(m_directory);
    const auto numbered
        = [&](int n) { return dir.filePath(baseName + QLatin1Char('.') + QString::number(n)); };
    QFile::remove(numbered(m_keptFiles));
    for (int n = m_keptFiles - 1; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    QFile::rename(dir.filePath(baseName), numbered(1));
    open();
}

void LogFile::writeLine(const QString& line)
{
    if (!m_file.isOpen())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

} // namespace vt::app
