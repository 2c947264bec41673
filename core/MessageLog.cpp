#include "MessageLog.h"

#include "Redaction.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <atomic>
#include <cstdio>

namespace vt::app {
namespace {

std::atomic<MessageLog*> active{nullptr};

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

// QtInfoMsg sorts after QtFatalMsg in the enum, so compare explicitly.
bool isProblem(QtMsgType type)
{
    return type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
}

} // namespace

MessageLog::MessageLog(std::unique_ptr<LogFile> file, Options options)
    : m_file(std::move(file))
    , m_options(options)
{
    QLoggingCategory::setFilterRules(
        m_options.verbose ? QStringLiteral("vt.*.debug=true") : QStringLiteral("vt.*.debug=false"));
    active.store(this);
    m_previous = qInstallMessageHandler(&MessageLog::handle);
}

MessageLog::~MessageLog()
{
    qInstallMessageHandler(m_previous);
    active.store(nullptr);
}

QString MessageLog::formatLine(QtMsgType type, const char* category, const QString& message)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return redactSecrets(QStringLiteral("%1 %2 %3: %4")
                             .arg(stamp, QChar::fromLatin1(levelLetter(type)),
                                 QLatin1String(category ? category : "default"), message));
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    MessageLog* self = active.load();
    if (!self)
        return;
    const QString line = formatLine(type, context.category, message);
    {
        const QMutexLocker lock(&self->m_mutex);
        if (self->m_file)
            self->m_file->writeLine(line);
        const Echo echo = self->m_options.echo;
        if (echo == Echo::All || (echo == Echo::Problems && isProblem(type))) {
            const QByteArray bytes = line.toLocal8Bit();
            std::fprintf(stderr, "%s\n", bytes.constData());
            std::fflush(stderr);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace vt::app
