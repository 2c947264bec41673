#pragma once

#include <QString>

namespace vt::test {

// A microphone of the test's own on the private PulseAudio (tests labelled AUDIO): a null sink
// whose monitor is the microphone. A client picks it with PULSE_SOURCE=source() in its
// environment (libpulse's default source), a test talks into it with
// `paplay --device=sink()`. stall() suspends the sink: the microphone stops delivering, as a
// hung device or a starved sound server does, and resume() lets it go on. Only the clients
// of this microphone are affected; the other tests sharing the sound server are not. Unloaded
// when destroyed.
class VirtualMicrophone {
public:
    explicit VirtualMicrophone(const QString& name);
    ~VirtualMicrophone();
    VirtualMicrophone(const VirtualMicrophone&) = delete;
    VirtualMicrophone& operator=(const VirtualMicrophone&) = delete;

    // Each: empty on success, else what pactl said.
    QString create();
    QString stall();
    QString resume();
    QString sink() const { return m_name; }
    QString source() const { return m_name + QStringLiteral(".monitor"); }

private:
    QString pactl(const QStringList& arguments, QString* out = nullptr) const;

    QString m_name;
    QString m_module; // pactl's module index once created
};

} // namespace vt::test
