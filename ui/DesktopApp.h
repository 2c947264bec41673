#pragma once

namespace vt::ui {

// The desktop app's composition root: app context (log, settings, language), theme, device
// catalog and main window, then the event loop. Needs the QApplication to exist.
int runDesktop(bool verbose);

} // namespace vt::ui
