#include "SoundServerCut.h"

#include "ProcessRun.h"

namespace vt::test {
namespace {

ProcessResult pactl(const QString& dir, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:%1/control").arg(dir));
    return runProcess(QStringLiteral("pactl"), arguments, env, 20000);
}

QString failure(const ProcessResult& run, const QString& what)
{
    if (run.finished && run.exitCode == 0)
        return {};
    return QStringLiteral("pactl %1 failed (exit %2): %3").arg(what).arg(run.exitCode).arg(run.err);
}

} // namespace

SoundServerCut::SoundServerCut(const QString& pulseDir)
    : m_dir(pulseDir)
{
}

SoundServerCut::~SoundServerCut()
{
    if (m_cut)
        restore();
}

QString SoundServerCut::cut()
{
    const ProcessResult modules = pactl(
        m_dir, {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("modules")});
    if (const QString error = failure(modules, QStringLiteral("list modules")); !error.isEmpty())
        return error;
    const QString socket = QStringLiteral("socket=%1/native").arg(m_dir);
    QString module;
    for (const QString& line : modules.out.split(QLatin1Char('\n'))) {
        if (line.contains(socket))
            module = line.section(QLatin1Char('\t'), 0, 0);
    }
    if (module.isEmpty())
        return QStringLiteral("no module serves %1/native").arg(m_dir);
    const QString error = failure(
        pactl(m_dir, {QStringLiteral("unload-module"), module}), QStringLiteral("unload"));
    m_cut = error.isEmpty();
    return error;
}

QString SoundServerCut::restore()
{
    const QString error = failure(
        pactl(m_dir,
            {QStringLiteral("load-module"), QStringLiteral("module-native-protocol-unix"),
                QStringLiteral("socket=%1/native").arg(m_dir), QStringLiteral("auth-anonymous=1")}),
        QStringLiteral("load"));
    if (error.isEmpty())
        m_cut = false;
    return error;
}

} // namespace vt::test
