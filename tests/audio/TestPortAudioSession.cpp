// Against the private PulseAudio (tests/support/pulse-session), seen through ALSA's "pulse".
#include "AudioLibraries.h"
#include "PortAudioSession.h"
#include "VtTestConfig.h"

#include <QRegularExpression>
#include <QTest>

using namespace vt::audio;

class TestPortAudioSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsThePulseDevices();
    void marksOneDefaultPerDirection();
    void deadSoundServerGivesNoDevicesNotACrash();
    void reportsLinkedLibraryVersions();
};

void TestPortAudioSession::listsThePulseDevices()
{
    const PortAudioSession session;
    QVERIFY2(static_cast<bool>(session), session.errorText().c_str());
    QCOMPARE(session.errorText(), std::string());
    const std::vector<AudioDevice> devices = session.devices();
    const auto pulse = std::find_if(
        devices.cbegin(), devices.cend(), [](const AudioDevice& d) { return d.name == "pulse"; });
    QVERIFY(pulse != devices.cend());
    QVERIFY(pulse->canCapture());
    QVERIFY(pulse->canPlay());
    QCOMPARE(pulse->hostApi, std::string("ALSA"));
}

void TestPortAudioSession::marksOneDefaultPerDirection()
{
    const PortAudioSession session;
    const std::vector<AudioDevice> devices = session.devices();
    QCOMPARE(std::count_if(devices.cbegin(), devices.cend(),
                 [](const AudioDevice& d) { return d.isDefaultInput; }),
        1);
    QCOMPARE(std::count_if(devices.cbegin(), devices.cend(),
                 [](const AudioDevice& d) { return d.isDefaultOutput; }),
        1);
    for (const AudioDevice& d : devices) {
        QVERIFY(!d.isDefaultInput || d.canCapture());
        QVERIFY(!d.isDefaultOutput || d.canPlay());
    }
}

void TestPortAudioSession::deadSoundServerGivesNoDevicesNotACrash()
{
    const QByteArray saved = qgetenv("PULSE_SERVER");
    qputenv("PULSE_SERVER", QByteArrayLiteral("unix:" VT_PULSE_DIR "/no-such-socket"));
    {
        const PortAudioSession session;
        QVERIFY(static_cast<bool>(session)); // PortAudio itself still works
        const std::vector<AudioDevice> devices = session.devices();
        QVERIFY(std::none_of(devices.cbegin(), devices.cend(),
            [](const AudioDevice& d) { return d.name == "pulse"; }));
    }
    qputenv("PULSE_SERVER", saved);
    const PortAudioSession again;
    const std::vector<AudioDevice> devices = again.devices();
    QVERIFY(std::any_of(
        devices.cbegin(), devices.cend(), [](const AudioDevice& d) { return d.name == "pulse"; }));
}

void TestPortAudioSession::reportsLinkedLibraryVersions()
{
    const QString portAudio = QString::fromStdString(portAudioVersion());
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+( \(revision [0-9a-f]{1,12}\))?$)"))
                 .match(portAudio)
                 .hasMatch(),
        qPrintable(portAudio));
    const QString opus = QString::fromStdString(opusVersion());
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d+\.\d+(\.\d+)?)")).match(opus).hasMatch(),
        qPrintable(opus));
}

QTEST_GUILESS_MAIN(TestPortAudioSession)
#include "TestPortAudioSession.moc"
