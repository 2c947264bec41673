#pragma once

#include <QCoreApplication>
#include <QString>

namespace vt::app {

// What --version prints for both executables: the app version and commit, and the versions
// of Qt, PortAudio, Opus and SQLite this process actually runs with. Needs a
// QCoreApplication (SQLite is asked through Qt's driver).
class VersionReport final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::VersionReport)

public:
    static QString text();
};

} // namespace vt::app
