#pragma once

#include <QString>

namespace vt::app {

// Where the app and the CLI keep what they share, under the user's app data folder
// (QStandardPaths): one store, one recordings folder, one sign-in lock, one keychain service.
namespace paths {
QString store();      // <app data>/journal.sqlite
QString recordings(); // <app data>/recordings
// Recordings downloaded from a platform for review: <cache>/recordings (may be cleared).
QString recordingCache();
QString signInLock();      // <app data>/signin.lock
QString keychainService(); // "Voice AI Training"
} // namespace paths

} // namespace vt::app
