#include "Policy.h"
#include "PreCallCheck.h"
#include "Settings.h"
#include "SoundServerCut.h"
#include "VtTestConfig.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using vt::app::PreCallCheck;

// The pre-call check on real (virtual) devices whose sound server goes away for a moment, as
// when PulseAudio or PipeWire restarts or a headset reconnects: the check opens the devices
// again and carries on instead of telling the rep their microphone failed; a server that stays
// away fails it, with the reason.
class TestPreCallCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theSpeakerTestOutlivesTheSoundServerGoingAway();
    void theMicrophoneCheckOutlivesIt();
    void aServerThatStaysAwayFailsTheCheckWithTheReason();

private:
    std::unique_ptr<vt::app::Settings> settings() const
    {
        return std::make_unique<vt::app::Settings>(
            std::make_unique<QSettings>(
                m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
            vt::app::Policy());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreCallCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreCallCheck::theSpeakerTestOutlivesTheSoundServerGoingAway()
{
    const auto s = settings();
    PreCallCheck check(*s);
    check.startSpeakerTest();
    QCOMPARE(check.speakers(), PreCallCheck::Speakers::Playing);
    QTest::qWait(1000); // the test sound is under way

    vt::test::SoundServerCut server(QStringLiteral(VT_PULSE_ALONE_DIR));
    QCOMPARE(server.cut(), QString());
    QTest::qWait(150);
    QCOMPARE(server.restore(), QString());

    QTRY_VERIFY_WITH_TIMEOUT(check.speakers() != PreCallCheck::Speakers::Playing, 60000);
    QCOMPARE(check.speakers(), PreCallCheck::Speakers::Fine); // no echo path here
    QVERIFY(check.reopens() >= 1);
    QVERIFY(check.reopens() <= PreCallCheck::maxReopens);
}

void TestPreCallCheck::theMicrophoneCheckOutlivesIt()
{
    const auto s = settings();
    PreCallCheck check(*s);
    QSignalSpy levels(&check, &PreCallCheck::levelChanged);
    check.startMicrophone();
    QCOMPARE(check.microphone(), PreCallCheck::Microphone::Listening);
    QTRY_VERIFY_WITH_TIMEOUT(levels.size() > 5, 20000);

    vt::test::SoundServerCut server(QStringLiteral(VT_PULSE_ALONE_DIR));
    QCOMPARE(server.cut(), QString());
    QTest::qWait(150);
    QCOMPARE(server.restore(), QString());

    QTRY_VERIFY_WITH_TIMEOUT(check.reopens() == 1, 20000);
    // The meter moves again on the devices opened again; the verdict is still to come (the
    // virtual microphone is silent: "no sound at all"), never "could not be opened".
    const qsizetype before = levels.size();
    QTRY_VERIFY_WITH_TIMEOUT(levels.size() > before + 5, 20000);
    QVERIFY(check.microphone() != PreCallCheck::Microphone::Failed);
}

void TestPreCallCheck::aServerThatStaysAwayFailsTheCheckWithTheReason()
{
    const auto s = settings();
    PreCallCheck check(*s);
    vt::test::SoundServerCut server(QStringLiteral(VT_PULSE_ALONE_DIR));
    QCOMPARE(server.cut(), QString());
    check.startMicrophone();
    QTRY_COMPARE_WITH_TIMEOUT(check.microphone(), PreCallCheck::Microphone::Failed, 20000);
    QCOMPARE(check.reopens(), PreCallCheck::maxReopens);
    const QString advice = check.microphoneAdvice();
    QVERIFY2(advice.startsWith(QLatin1String("The microphone could not be opened: ")),
        qPrintable(advice));
    QVERIFY2(advice.size() > QStringLiteral("The microphone could not be opened: ").size() + 5,
        qPrintable(advice));
}

QTEST_GUILESS_MAIN(TestPreCallCheck)
#include "TestPreCallCheck.moc"
