#include "ProcessRun.h"

#include <QFile>
#include <QProcess>

namespace vt::test {

QByteArray readTestFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return file.readAll();
}

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
