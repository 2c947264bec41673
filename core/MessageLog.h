#pragma once

#include "LogFile.h"

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace vt::app {

// Routes Qt's messages (every qC*() of every layer's category: vt.app, vt.ui, vt.audio,
// vt.net, ...) through secret redaction into the rotating log file, and echoes them to
// stderr. Installing one replaces Qt's handler until it is destroyed. Qt's handler hook is a
// plain function pointer, so the active instance is the one piece of process-wide state;
// it is owned by main() (or a test), never reached from elsewhere.
class MessageLog final {
public:
    enum class Echo {
        Nothing,  // stderr is the program's own (the CLI prints its messages itself)
        Problems, // warnings and worse
        All,
    };
    struct Options {
        bool verbose = false; // debug messages of vt.* categories on
        Echo echo = Echo::Problems;
    };

    MessageLog(std::unique_ptr<LogFile> file, Options options);
    ~MessageLog();
    MessageLog(const MessageLog&) = delete;
    MessageLog& operator=(const MessageLog&) = delete;

    const LogFile* file() const { return m_file.get(); }

    // "2026-11-21T09:30:12.345Z W vt.net: message", redacted.
    static QString formatLine(QtMsgType type, const char* category, const QString& message);

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    std::unique_ptr<LogFile> m_file;
    Options m_options;
    QMutex m_mutex;
    QtMessageHandler m_previous = nullptr;
};

} // namespace vt::app
