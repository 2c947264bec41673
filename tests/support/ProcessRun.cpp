#include "ProcessRun.h"

#include <QProcess>

namespace vt::test {

ProcessResult runProcess(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.closeWriteChannel();
    const bool done = process.waitForFinished(timeoutMs);
    result.finished = done && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!done)
        process.kill();
    return result;
}

} // namespace vt::test
