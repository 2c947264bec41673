#include "VirtualMicrophone.h"

#include "ProcessRun.h"

namespace vt::test {

VirtualMicrophone::VirtualMicrophone(const QString& name)
    : m_name(name)
{
}

VirtualMicrophone::~VirtualMicrophone()
{
    if (!m_module.isEmpty())
        pactl({QStringLiteral("unload-module"), m_module});
}

QString VirtualMicrophone::pactl(const QStringList& arguments, QString* out) const
{
    const ProcessResult run = runProcess(
        QStringLiteral("pactl"), arguments, QProcessEnvironment::systemEnvironment(), 20000);
    if (!run.finished || run.exitCode != 0)
        return QStringLiteral("pactl %1: %2").arg(arguments.join(QLatin1Char(' ')), run.err);
    if (out)
        *out = run.out.trimmed();
    return {};
}

QString VirtualMicrophone::create()
{
    if (!m_module.isEmpty())
        return {};
    return pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                     QStringLiteral("sink_name=") + m_name, QStringLiteral("rate=48000")},
        &m_module);
}

QString VirtualMicrophone::stall()
{
    return pactl({QStringLiteral("suspend-sink"), m_name, QStringLiteral("1")});
}

QString VirtualMicrophone::resume()
{
    return pactl({QStringLiteral("suspend-sink"), m_name, QStringLiteral("0")});
}

} // namespace vt::test
