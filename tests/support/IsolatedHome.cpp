#include "IsolatedHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vt::test {

IsolatedHome::IsolatedHome()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
}

QString IsolatedHome::configDir() const
{
    return m_dir.filePath(QStringLiteral("config"));
}

QString IsolatedHome::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QProcessEnvironment IsolatedHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("VT_POLICY_FILE"));
    return env;
}

QString IsolatedHome::writeFile(const QString& relativePath, const QByteArray& content) const
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

} // namespace vt::test
