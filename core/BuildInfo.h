#pragma once

#include <QString>

namespace vt::app {

// Identity of this build. The commit is refreshed at every build from git.
QString appVersion();
QString gitCommit();

// The display name, organisation and application names that QStandardPaths and QSettings
// use. Call once, right after creating the Q*Application.
void applyApplicationIdentity();

} // namespace vt::app
