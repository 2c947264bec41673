// A long practice call in the real main window on the private PulseAudio's devices, with both
// cores kept busy: the call must not see a single audio-device failure, nor cut one prospect
// line, for its whole length (VT_SOAK_SECONDS, default 600: the first-time buyer's ten
// minutes, after which the prospect ends the call for the time limit). The rep (flite, played
// into the virtual microphone) asks discovery questions whenever the prospect has been quiet
// for a moment, so no line is cut by a barge-in either. "Device failures" are the engine's
// own log lines ("audio devices failed"), bridged outages included: any is a false alarm on
// devices that never went away. Speaker stalls (the speaker paused on a running stream and
// the prospect waited for it, see AudioEngine) are counted and printed; none may reach the rep
// as an audio banner.
#include "CallController.h"
#include "PracticeFlow.h"
#include "Speech.h"
#include "TestDesktop.h"
#include "TranscriptModel.h"
#include "VirtualMicrophone.h"

#include <QDate>
#include <QElapsedTimer>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vt;
using Step = ui::PracticeFlow::Step;

namespace {

std::atomic<int> deviceFailures{0};
std::atomic<int> stalls{0};
QtMessageHandler previousHandler = nullptr;

void countDeviceFailures(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (text.contains(QLatin1String("audio devices failed")))
        ++deviceFailures;
    if (text.contains(QLatin1String("the speaker stalled")))
        ++stalls;
    previousHandler(type, context, text);
}

// Both cores busy for as long as it lives.
class CpuHog {
public:
    CpuHog()
    {
        for (unsigned i = 0; i < 2; ++i)
            m_threads.emplace_back([this] {
                volatile std::uint64_t spin = 0;
                while (m_running.load(std::memory_order_relaxed))
                    spin = spin + 1;
            });
    }
    ~CpuHog()
    {
        m_running.store(false);
        for (std::thread& t : m_threads)
            t.join();
    }
    CpuHog(const CpuHog&) = delete;
    CpuHog& operator=(const CpuHog&) = delete;

private:
    std::atomic<bool> m_running{true};
    std::vector<std::thread> m_threads;
};

} // namespace

class TestCallSoak final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aLongCallOnABusyMachine();

private:
    QTemporaryDir m_dir;
    test::VirtualMicrophone m_microphone{QStringLiteral("vt_mic_soak")};
    QStringList m_repClips;
};

void TestCallSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    const QStringList lines{QStringLiteral("Tell me a little about where you work."),
        QStringLiteral("What kind of home are you hoping to find?"),
        QStringLiteral("When does your lease end?"),
        QStringLiteral("Okay. Tell me more about that.")};
    for (const QString& line : lines) {
        m_repClips.append(m_dir.filePath(QStringLiteral("rep%1.wav").arg(m_repClips.size())));
        test::synthesizeSpeech(line, m_repClips.constLast());
    }
    QCOMPARE(m_microphone.create(), QString());
    qputenv("PULSE_SOURCE", m_microphone.source().toUtf8());
    previousHandler = qInstallMessageHandler(countDeviceFailures);
}

void TestCallSoak::aLongCallOnABusyMachine()
{
    const qint64 soakMs = qEnvironmentVariableIntValue("VT_SOAK_SECONDS") > 0
        ? qEnvironmentVariableIntValue("VT_SOAK_SECONDS") * 1000LL
        : 600000;
    test::TestDesktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    desktop.window->resize(1280, 820);
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    desktop.workspace.practiceOnThisComputer();
    ui::PracticeFlow* flow = desktop.window->practice();
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !desktop.workspace.catalogLoading() && desktop.workspace.scenarios()->rowCount() >= 3,
        60000);
    desktop.settings.setPrecheckPassedOn(QDate::currentDate());
    QString scenario;
    for (const app::ScenarioCard& s : desktop.workspace.scenarios()->items()) {
        if (s.title.startsWith(QLatin1String("First-time")))
            scenario = s.id;
    }
    QVERIFY(!scenario.isEmpty());
    flow->openScenario(scenario, QString());
    auto* start = desktop.find<QPushButton>("startCallButton");
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(flow->step(), Step::Call);
    app::CallController* call = flow->call();
    QVERIFY(call);
    QTRY_COMPARE_WITH_TIMEOUT(call->phase(), app::CallController::Phase::Live, 30000);
    deviceFailures = 0;
    stalls = 0;
    QSignalSpy banners(call, &app::CallController::audioWorkingChanged);

    const CpuHog hog;
    QElapsedTimer soak;
    soak.start();
    // The rep takes turns: the next line once the prospect has answered the last one and been
    // quiet for a second (or, when no answer comes, after 8 s), never over the prospect.
    QElapsedTimer quiet;   // since the prospect or the rep last made a sound
    QElapsedTimer waiting; // since the rep's last line ended
    quiet.start();
    waiting.start();
    bool answered = false; // the prospect opens the call
    QProcess rep;
    int said = 0;
    const auto turnIsOver = [&] {
        const bool busy = call->agentSpeaking() || rep.state() != QProcess::NotRunning;
        if (busy)
            quiet.restart();
        if (call->agentSpeaking())
            answered = true;
        return !busy && quiet.elapsed() >= 1000 && (answered || waiting.elapsed() >= 8000);
    };
    while (soak.elapsed() < soakMs && call->phase() == app::CallController::Phase::Live) {
        QTest::qWait(100);
        if (rep.state() != QProcess::NotRunning)
            waiting.restart();
        if (!turnIsOver())
            continue;
        rep.start(QStringLiteral("paplay"),
            {QStringLiteral("--device=") + m_microphone.sink(),
                m_repClips.at(said++ % m_repClips.size())});
        QVERIFY(rep.waitForStarted());
        answered = false;
    }
    const qint64 lasted = soak.elapsed();
    // Ended between turns, so no line is cut by the hang-up either.
    const bool between = QTest::qWaitFor(
        [&] { return call->phase() != app::CallController::Phase::Live || turnIsOver(); }, 20000);
    QVERIFY(between);
    if (call->phase() == app::CallController::Phase::Live)
        call->endCall();
    QTRY_VERIFY_WITH_TIMEOUT(call->phase() == app::CallController::Phase::Ended, 60000);

    int prospectLines = 0;
    QStringList cut;
    for (const app::TranscriptLine& l : call->transcript()->lines()) {
        if (l.speaker != app::Speaker::Prospect || !l.final)
            continue;
        ++prospectLines;
        if (l.truncated)
            cut.append(QStringLiteral("%1 at %2 ms: \"%3\"").arg(l.id).arg(l.startMs).arg(l.text));
    }
    qInfo("soak: %lld s, %d rep lines, %d prospect lines, %d device failures, %d stalls",
        lasted / 1000, said, prospectLines, deviceFailures.load(), stalls.load());
    // The prospect may end the call for the time limit a little before the soak's end.
    QVERIFY2(lasted >= std::min<qint64>(soakMs, 590000), qPrintable(QString::number(lasted)));
    QCOMPARE(deviceFailures.load(), 0);
    QCOMPARE(banners.count(), 0);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(" | "))));
    QVERIFY2(prospectLines >= int(lasted / 30000), qPrintable(QString::number(prospectLines)));
}

QTEST_MAIN(TestCallSoak)
#include "TestCallSoak.moc"
