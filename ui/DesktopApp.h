#pragma once

namespace vt::ui {

// The desktop app's composition root: app context (log, settings, language), theme, device
// catalog and main window, then the event loop. Needs the QApplication to exist.
// `reportStartup`: print "ready" once the window is usable, then quit (for measurements).
int runDesktop(bool verbose, bool reportStartup = false);

} // namespace vt::ui
