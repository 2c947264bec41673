#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace vt::test {

// A private home for one test: config and data directories under a temporary directory,
// removed afterwards. environment() gives child processes that home (and the C locale, and
// no policy file unless one is named), so they never touch the developer's own settings.
class IsolatedHome final {
public:
    IsolatedHome();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString configDir() const;
    QString dataDir() const;

    QProcessEnvironment environment() const;
    // Writes `content` to `relativePath` under the home; returns the absolute path.
    QString writeFile(const QString& relativePath, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

} // namespace vt::test
