// The trainee's whole practice flow in the real main window, on a real X server, with the
// private PulseAudio's devices and a flite-voiced rep played into its virtual microphone:
// the first-run choice (practice on this computer: the embedded platform), the home page's
// assignments, the briefing, the pre-call check (microphone and speaker test), the call
// (transcript lines of both speakers, live score), ending it with Ctrl+E and its
// confirmation, and the results: the breakdown, an evidence quote that selects its
// transcript line and plays the recording from there. Every screen is also saved as a PNG in
// both themes and both languages (test-output/screenshots). Widgets are found by objectName;
// waits are QTRY_*, never sleeps.
#include "AttemptResult.h"
#include "AttemptReview.h"
#include "CallController.h"
#include "CallTimeline.h"
#include "ChatDouble.h"
#include "PracticeFlow.h"
#include "RecordingPlayer.h"
#include "ReviewPage.h"
#include "ReviewSection.h"
#include "SettingsRegistry.h"
#include "Speech.h"
#include "TestDesktop.h"
#include "TranscriptModel.h"
#include "VirtualMicrophone.h"
#include "VtTestConfig.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace vt;
using Step = ui::PracticeFlow::Step;

namespace {

using Desktop = test::TestDesktop;

bool hasLine(const app::TranscriptModel* model, const QString& speaker, qint64 after = -1)
{
    for (const app::TranscriptLine& l : model->lines()) {
        if (app::speakerName(l.speaker) == speaker && l.final && !l.text.isEmpty()
            && l.startMs > after)
            return true;
    }
    return false;
}

// A prospect line shown while it plays: the words said so far, not yet final.
const app::TranscriptLine* speakingLine(const app::TranscriptModel* model)
{
    for (const app::TranscriptLine& l : model->lines()) {
        if (l.speaker == app::Speaker::Prospect && !l.final && !l.text.isEmpty())
            return &l;
    }
    return nullptr;
}

qint64 lastStart(const app::TranscriptModel* model, const QString& speaker)
{
    qint64 at = -1;
    for (const app::TranscriptLine& l : model->lines()) {
        if (app::speakerName(l.speaker) == speaker && l.final)
            at = std::max(at, l.startMs);
    }
    return at;
}

} // namespace

class TestPracticeFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWholeLocalPracticeCall();
    void aSilentCallIsNotScored();
    void anAiProspectPlaysWhenTheSettingsNameOne();

private:
    // Saves the window in light and dark, English and Spanish, then goes back to light English.
    void snap(Desktop& desktop, const QString& name);
    // Plays a WAV into the virtual microphone; returns the running player.
    std::unique_ptr<QProcess> speak(const QString& wav);
    // Ctrl+E on the call page, then "End call" in the confirmation.
    void endCallFromTheKeyboard(Desktop& desktop);
    // In English, at the screenshots' size, shown and active.
    void showWindow(Desktop& desktop);

    QTemporaryDir m_dir;
    // The rep's microphone: it stalls for a while during the call.
    test::VirtualMicrophone m_microphone{QStringLiteral("vt_mic_practice_flow")};
    QString m_repWav;
    QString m_repWav2;
    QString m_checkWav;
};

void TestPracticeFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A fresh store and local platform on every run (the ctest home persists between runs).
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    m_checkWav = m_dir.filePath(QStringLiteral("check.wav"));
    test::synthesizeSpeech(QStringLiteral("Testing my microphone, one, two, three. Can you hear me "
                                          "clearly? This is my normal speaking voice."),
        m_checkWav);
    m_repWav = m_dir.filePath(QStringLiteral("rep.wav"));
    test::synthesizeSpeech(QStringLiteral("Hello, this is Dana from Summit Lending. My NMLS "
                                          "number is one two three four five. What matters most "
                                          "to you in your new loan?"),
        m_repWav);
    m_repWav2 = m_dir.filePath(QStringLiteral("rep2.wav"));
    test::synthesizeSpeech(QStringLiteral("I understand. We can compare the total cost side by "
                                          "side, and I can lock your rate for forty five days "
                                          "while you decide."),
        m_repWav2);
    QDir().mkpath(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots"));
    QCOMPARE(m_microphone.create(), QString());
    qputenv("PULSE_SOURCE", m_microphone.source().toUtf8()); // the sound server's default, for us
}

std::unique_ptr<QProcess> TestPracticeFlow::speak(const QString& wav)
{
    auto player = std::make_unique<QProcess>();
    player->start(
        QStringLiteral("paplay"), {QStringLiteral("--device=") + m_microphone.sink(), wav});
    if (!player->waitForStarted())
        qWarning("paplay did not start: %s", qPrintable(player->errorString()));
    return player;
}

void TestPracticeFlow::showWindow(Desktop& desktop)
{
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    desktop.window->resize(1280, 820);
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    desktop.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(desktop.window.get()));
}

void TestPracticeFlow::endCallFromTheKeyboard(Desktop& desktop)
{
    // A shortcut fires in the active window; the screenshots' theme and language switches can
    // leave none active on a busy X server.
    desktop.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(desktop.window.get()));
    QTest::keyClick(desktop.find<QWidget>("callPage"), Qt::Key_E, Qt::ControlModifier);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = desktop.window->findChild<QMessageBox*>(QStringLiteral("endCallConfirm")))
            && confirm->isVisible(),
        10000);
    QTest::mouseClick(
        confirm->findChild<QPushButton*>(QStringLiteral("confirmEndButton")), Qt::LeftButton);
}

void TestPracticeFlow::snap(Desktop& desktop, const QString& name)
{
    // Every control a keyboard reaches on this screen has a name for screen readers.
    const QStringList unnamed = test::unnamedControls(desktop.window.get(), desktop.window.get());
    QVERIFY2(unnamed.isEmpty(),
        qPrintable(name + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));

    for (const char* theme : {"light", "dark"}) {
        for (const char* language : {"en", "es"}) {
            QVERIFY(
                !desktop.settings.setValue(QLatin1String(app::keys::theme), QLatin1String(theme)));
            QVERIFY(!desktop.settings.setValue(
                QLatin1String(app::keys::language), QLatin1String(language)));
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            const QImage image = desktop.window->grab().toImage();
            const QString path = QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/%1-%2-%3.png")
                                     .arg(name, QLatin1String(theme), QLatin1String(language));
            QVERIFY2(image.save(path), qPrintable(path));
        }
    }
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::theme), QStringLiteral("light")));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    QCoreApplication::processEvents();
}

void TestPracticeFlow::aWholeLocalPracticeCall()
{
    Desktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    showWindow(desktop);
    if (QTest::currentTestFailed())
        return;
    ui::PracticeFlow* flow = desktop.window->practice();
    desktop.workspace.start();
    QCOMPARE(flow->step(), Step::Welcome);
    snap(desktop, QStringLiteral("1-welcome"));
    if (QTest::currentTestFailed())
        return;

    // First run: practise on this computer.
    QTest::mouseClick(desktop.find<QPushButton>("practiceLocallyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 60000);
    auto* assignments = desktop.find<QListView>("assignmentList");
    auto* scenarios = desktop.find<QListView>("scenarioList");
    QTRY_VERIFY_WITH_TIMEOUT(assignments->model()->rowCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(scenarios->model()->rowCount() >= 3, 30000);
    QModelIndex track;
    for (int row = 0; row < assignments->model()->rowCount(); ++row) {
        const QModelIndex index = assignments->model()->index(row, 0);
        if (index.data().toString().contains(QLatin1String("Refinance readiness")))
            track = index;
    }
    QVERIFY2(track.isValid(), "the local trainee's track assignment is listed");
    // Overdue first: Jordan's overdue assessment leads the list.
    QCOMPARE(assignments->model()->index(0, 0).data(app::cardrole::Badge).toString(),
        QStringLiteral("Overdue"));
    QCOMPARE(desktop.find<QLabel>("syncPill")->text(), QStringLiteral("On this computer"));
    // The cards speak the interface's language, plurals included.
    const QString due = assignments->model()->index(0, 0).data(app::cardrole::Meta).toString();
    QVERIFY2(due.startsWith(QLatin1String("Overdue by 3 days")), qPrintable(due));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("es")));
    QCOMPARE(assignments->model()->index(0, 0).data(app::cardrole::Badge).toString(),
        QStringLiteral("Vencida"));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    QVERIFY(!desktop.find<QLabel>("offlineBanner")->isVisible());
    snap(desktop, QStringLiteral("2-home"));
    if (QTest::currentTestFailed())
        return;

    // Open the track's assignment with the keyboard.
    assignments->setFocus();
    assignments->setCurrentIndex(track);
    QTest::keyClick(assignments, Qt::Key_Return);
    QCOMPARE(flow->step(), Step::Briefing);
    auto* start = desktop.find<QPushButton>("startCallButton");
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
    QVERIFY(desktop.find<QLabel>("personaText")->text().size() > 20);
    QVERIFY(
        desktop.find<QLabel>("briefingStatus")->text().contains(QLatin1String("Pass mark: 70")));
    // What is scored, in plain words and in the interface's language.
    auto* questions = desktop.find<QLabel>("criterion_questions");
    QVERIFY(questions && questions->text().contains(QLatin1String("Open questions: at least 2")));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("es")));
    QTRY_VERIFY(desktop.find<QLabel>("criterion_questions")
                    ->text()
                    .contains(QLatin1String("Preguntas abiertas: al menos 2")));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    snap(desktop, QStringLiteral("3-briefing"));
    if (QTest::currentTestFailed())
        return;

    // The pre-call check has not passed today: it comes first.
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(flow->step(), Step::PreCall);
    auto* speakerTest = desktop.find<QPushButton>("speakerTestButton");
    auto* proceed = desktop.find<QPushButton>("continueToCallButton");
    QVERIFY(!proceed->isEnabled());
    QVERIFY(!speakerTest->isEnabled());
    std::unique_ptr<QProcess> voice = speak(m_checkWav);
    QTRY_VERIFY_WITH_TIMEOUT(speakerTest->isEnabled(), 20000);
    QCOMPARE(
        desktop.find<QLabel>("micAdvice")->text(), QStringLiteral("Your microphone sounds good."));
    QVERIFY(voice->state() == QProcess::NotRunning || voice->waitForFinished(20000));
    QTest::mouseClick(speakerTest, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(proceed->isEnabled(), 30000);
    // The virtual microphone never hears the virtual speaker.
    QVERIFY2(desktop.find<QLabel>("speakerAdvice")
                 ->text()
                 .startsWith(QLatin1String("Speakers are fine")),
        qPrintable(desktop.find<QLabel>("speakerAdvice")->text()));
    QCOMPARE(desktop.settings.precheckPassedOn(), QDate::currentDate());
    snap(desktop, QStringLiteral("4-precall"));
    if (QTest::currentTestFailed())
        return;

    // The call.
    QTest::mouseClick(proceed, Qt::LeftButton);
    QCOMPARE(flow->step(), Step::Call);
    app::CallController* call = flow->call();
    QVERIFY(call);
    QTRY_COMPARE_WITH_TIMEOUT(call->phase(), app::CallController::Phase::Live, 30000);
    QCOMPARE(desktop.find<QLabel>("callPhase")->text(), QStringLiteral("Live"));
    // The embedded platform's prospect is the practice script, and the call page says so.
    QCOMPARE(call->prospect(), app::CallController::Prospect::Script);
    QVERIFY(desktop.find<QLabel>("prospectEngine")->isVisible());
    QCOMPARE(desktop.find<QLabel>("prospectEngine")->text(), QStringLiteral("Practice script"));
    const app::TranscriptModel* transcript = call->transcript();
    QTRY_VERIFY_WITH_TIMEOUT(hasLine(transcript, QStringLiteral("prospect")), 30000);
    // The microphone stops delivering: a warning while it is away, the call goes on; when it
    // delivers again, the audio continues and says so.
    auto* audioLost = desktop.find<QLabel>("audioLostBanner");
    auto* nudge = desktop.find<QLabel>("nudgeLabel");
    QVERIFY(!audioLost->isVisible());
    QCOMPARE(m_microphone.stall(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(audioLost->isVisible(), 20000);
    QVERIFY(!call->audioWorking());
    QVERIFY(audioLost->text().contains(QLatin1String("stopped working")));
    QVERIFY(!audioLost->accessibleName().isEmpty());
    QCOMPARE(call->phase(), app::CallController::Phase::Live);
    snap(desktop, QStringLiteral("5-call-audio-lost"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_microphone.resume(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!audioLost->isVisible(), 20000);
    QVERIFY(call->audioWorking());
    QVERIFY2(nudge->isVisible() && nudge->text().startsWith(QLatin1String("Your audio is back")),
        qPrintable(nudge->text()));
    voice = speak(m_repWav);
    QTRY_VERIFY_WITH_TIMEOUT(hasLine(transcript, QStringLiteral("rep")), 40000);
    const qint64 repAt = lastStart(transcript, QStringLiteral("rep"));
    // The prospect's answer shows word by word as it is spoken, then whole.
    QTRY_VERIFY_WITH_TIMEOUT(speakingLine(transcript) != nullptr, 40000);
    const QString firstWords = speakingLine(transcript)->text;
    const QString speakingId = speakingLine(transcript)->id;
    QVERIFY(desktop.window->grab().toImage().save(
        QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/5-call-prospect-speaking-light-en.png")));
    QTRY_VERIFY_WITH_TIMEOUT(hasLine(transcript, QStringLiteral("prospect"), repAt), 40000);
    for (const app::TranscriptLine& l : transcript->lines()) {
        if (l.id == speakingId) {
            QVERIFY2(l.final && l.text.startsWith(firstWords) && l.text.size() > firstWords.size(),
                qPrintable(firstWords + QStringLiteral(" → ") + l.text));
        }
    }
    QVERIFY(voice->state() == QProcess::NotRunning || voice->waitForFinished(20000));
    // One line is too little to judge (docs/scoring.md §4.1): no score yet, and it says why.
    QTRY_VERIFY(call->liveScore().started);
    if (!call->liveScore().scored) {
        auto* value = desktop.find<QLabel>("liveScoreValue");
        QCOMPARE(value->text(), QStringLiteral("–"));
        QCOMPARE(value->accessibleName(), QStringLiteral("Not scored yet: keep talking"));
        QVERIFY(value->toolTip().startsWith(QLatin1String("A call is scored once you have said")));
    }
    // A second line: the live score counts the lines said.
    voice = speak(m_repWav2);
    QTRY_VERIFY_WITH_TIMEOUT(lastStart(transcript, QStringLiteral("rep")) > repAt, 40000);
    QVERIFY(voice->state() == QProcess::NotRunning || voice->waitForFinished(20000));
    QTRY_VERIFY_WITH_TIMEOUT(call->liveScore().scored, 20000);
    QVERIFY(desktop.find<QLabel>("liveScoreValue")->text() != QStringLiteral("–"));
    QVERIFY(desktop.find<QListView>("transcriptView")->model()->rowCount() >= 3);
    snap(desktop, QStringLiteral("5-call"));
    if (QTest::currentTestFailed())
        return;

    endCallFromTheKeyboard(desktop);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Results, 40000);

    // The results: the score, the breakdown, where the attempt is.
    const app::AttemptResult& result = call->result();
    QVERIFY(result.hasScore);
    QCOMPARE(desktop.find<QLabel>("resultScore")->text(), QString::number(result.score));
    auto* tree = desktop.find<QTreeView>("breakdownView");
    QVERIFY(tree->model()->rowCount() >= 3);
    QCOMPARE(tree->model()->rowCount(), result.criteria.size());
    QTRY_COMPARE(
        desktop.find<QLabel>("resultSync")->text(), QStringLiteral("Saved on this computer."));
    snap(desktop, QStringLiteral("6-results"));
    if (QTest::currentTestFailed())
        return;

    // An evidence quote: the transcript selects its line, the recording plays from it.
    QModelIndex quote;
    for (int row = 0; row < tree->model()->rowCount() && !quote.isValid(); ++row) {
        const QModelIndex criterion = tree->model()->index(row, 0);
        for (int e = 0; e < tree->model()->rowCount(criterion); ++e) {
            const QModelIndex evidence = tree->model()->index(e, 0, criterion);
            if (!evidence.data(app::BreakdownModel::Missing).toBool()
                && evidence.data(app::BreakdownModel::StartMs).toLongLong() > 0) {
                quote = evidence;
                break;
            }
        }
    }
    QVERIFY2(quote.isValid(), "some criterion has a quote as evidence");
    tree->expand(quote.parent());
    tree->scrollTo(quote);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(quote).center());
    const qint64 at = quote.data(app::BreakdownModel::StartMs).toLongLong();
    auto* lines = desktop.find<QListView>("resultTranscript");
    const auto* model = qobject_cast<const app::TranscriptModel*>(lines->model());
    QVERIFY(model);
    QCOMPARE(lines->currentIndex().row(),
        model->rowOf(quote.data(app::BreakdownModel::UtteranceId).toString()));
    QVERIFY(lines->viewport()->rect().intersects(lines->visualRect(lines->currentIndex())));
    auto* player = desktop.window->findChild<QMediaPlayer*>(QStringLiteral("recordingPlayer"));
    QVERIFY(player);
    QTRY_VERIFY_WITH_TIMEOUT(player->playbackState() == QMediaPlayer::PlayingState, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(player->position() >= at - 100 && player->position() < at + 3000,
        qPrintable(
            QStringLiteral("player at %1 ms, quote at %2 ms").arg(player->position()).arg(at)),
        10000);
    player->stop();

    // The call just made, reviewed from History: the marker clicked on the timeline seeks
    // this computer's recording to within 100 ms of its moment.
    desktop.window->showPage(QStringLiteral("history"));
    auto* table = desktop.find<QTableView>("historyTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 4, 20000); // the seed's 3 and this
    table->sortByColumn(0, Qt::AscendingOrder);
    table->sortByColumn(1, Qt::DescendingOrder); // newest first
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(desktop.find<QPushButton>("historyReviewButton"), Qt::LeftButton);
    auto* review = desktop.find<ui::ReviewPage>("historySectionReview");
    QTRY_VERIFY_WITH_TIMEOUT(review->isVisible() && review->review()
            && review->review()->state() == app::AttemptReview::State::Ready,
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        review->review()->recording(), app::AttemptReview::Recording::Ready, 20000);
    ui::CallTimeline* timeline = review->timeline();
    int marker = -1;
    for (int i = 0; i < timeline->markers().size(); ++i) {
        if (timeline->markers().at(i).ms > 1500) {
            marker = i;
            break;
        }
    }
    QVERIFY2(marker >= 0, "the call has a marked moment after its start");
    const qint64 momentMs = timeline->markers().at(marker).ms;
    QSignalSpy positions(review->player(), &ui::RecordingPlayer::positionChanged);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(marker).center());
    const auto landed = [&] {
        for (const QList<QVariant>& p : positions) {
            if (std::abs(p.at(0).toLongLong() - momentMs) <= 100)
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(landed(),
        qPrintable(QStringLiteral("moment at %1 ms; positions %2")
                       .arg(momentMs)
                       .arg(positions.isEmpty() ? -1 : positions.constLast().at(0).toLongLong())),
        10000);
    QMediaPlayer* reviewPlayer = review->player()->player();
    QVERIFY(reviewPlayer);
    QTRY_VERIFY_WITH_TIMEOUT(reviewPlayer->playbackState() == QMediaPlayer::PlayingState, 10000);
    // Playback highlights the line being said.
    auto* reviewLines = review->findChild<QListView*>(QStringLiteral("reviewTranscript"));
    QTRY_VERIFY(reviewLines->currentIndex().isValid());
    QVERIFY(reviewLines->currentIndex().data(app::TranscriptModel::StartMs).toLongLong()
        <= reviewPlayer->position());
    QTest::mouseClick(
        review->findChild<QPushButton*>(QStringLiteral("reviewBackButton")), Qt::LeftButton);
    QCOMPARE(desktop.find<ui::ReviewSection>("historySection")->currentWidget()->objectName(),
        QStringLiteral("historyPage"));
    desktop.window->showPage(QStringLiteral("practice"));

    // Back home: the assignment list is refreshed.
    QTest::mouseClick(desktop.find<QPushButton>("backHomeButton"), Qt::LeftButton);
    QCOMPARE(flow->step(), Step::Home);

    // The platform can be chosen again; practising here once more brings the home back.
    QTest::mouseClick(desktop.find<QToolButton>("changePlatformButton"), Qt::LeftButton);
    QCOMPARE(flow->step(), Step::Welcome);
    QTest::mouseClick(desktop.find<QPushButton>("practiceLocallyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 30000);

    // Ctrl+K jumps to a scenario by a few letters of its persona; to a page as well. Opened
    // at once, before the catalog has arrived: what arrives joins the list, the query stays.
    QTest::keyClick(desktop.window.get(), Qt::Key_K, Qt::ControlModifier);
    auto* palette = desktop.find<QWidget>("commandPalette");
    QTRY_VERIFY(palette->isVisible());
    auto* query = desktop.find<QLineEdit>("commandQuery");
    QTest::keyClicks(query, QStringLiteral("jamie"));
    QTRY_COMPARE_WITH_TIMEOUT(
        desktop.find<QListView>("commandList")->model()->rowCount(), 1, 30000);
    QVERIFY(assignments->model()->rowCount() > 0);
    QTest::keyClick(query, Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(flow->step(), Step::Briefing);
    QTRY_COMPARE(desktop.find<QLabel>("briefingTitle")->text(),
        QStringLiteral("Rate shopper: handling the online quote"));
    QTest::keyClick(desktop.window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(query, QStringLiteral("settings"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(desktop.window->currentPage(), QStringLiteral("settings"));
    snap(desktop, QStringLiteral("8-settings"));
}

// A call the rep says nothing in (a muted headset): after 8 s of a silent microphone on the
// rep's turn the call page says so and names the microphone; ended then, the call is not
// scored, and the results say why (docs/scoring.md §4.1).
void TestPracticeFlow::aSilentCallIsNotScored()
{
    Desktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    showWindow(desktop);
    if (QTest::currentTestFailed())
        return;
    ui::PracticeFlow* flow = desktop.window->practice();
    desktop.workspace.start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 60000); // chosen in the first test
    QTRY_VERIFY_WITH_TIMEOUT(
        desktop.find<QListView>("scenarioList")->model()->rowCount() >= 3, 30000);
    QTest::keyClick(desktop.window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(desktop.find<QWidget>("commandPalette")->isVisible());
    QTest::keyClicks(desktop.find<QLineEdit>("commandQuery"), QStringLiteral("jamie"));
    QTRY_COMPARE(desktop.find<QListView>("commandList")->model()->rowCount(), 1);
    QTest::keyClick(desktop.find<QLineEdit>("commandQuery"), Qt::Key_Return);
    QCOMPARE(flow->step(), Step::Briefing);
    auto* start = desktop.find<QPushButton>("startCallButton");
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(flow->step(), Step::Call); // the headset check passed today
    app::CallController* call = flow->call();
    QVERIFY(call);
    QTRY_COMPARE_WITH_TIMEOUT(call->phase(), app::CallController::Phase::Live, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(hasLine(call->transcript(), QStringLiteral("prospect")), 30000);

    auto* silent = desktop.find<QLabel>("microphoneSilentBanner");
    QTRY_VERIFY_WITH_TIMEOUT(silent->isVisible(), 20000);
    QVERIFY(call->microphoneSilent());
    QVERIFY2(silent->text().startsWith(QLatin1String("We can't hear you. Your microphone (")),
        qPrintable(silent->text()));
    QVERIFY2(silent->text().contains(call->microphoneName()) && !call->microphoneName().isEmpty(),
        qPrintable(silent->text()));
    // Named as the rep knows it: the virtual microphone is the system's default device.
    QCOMPARE(call->microphoneName(), QStringLiteral("system default"));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("es")));
    QTRY_VERIFY2(
        silent->text().startsWith(QStringLiteral("No te oímos.")), qPrintable(silent->text()));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    // Nothing said: no live score.
    QCOMPARE(desktop.find<QLabel>("liveScoreValue")->text(), QStringLiteral("–"));
    snap(desktop, QStringLiteral("5-call-cant-hear"));
    if (QTest::currentTestFailed())
        return;

    endCallFromTheKeyboard(desktop);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Results, 40000);
    const app::AttemptResult& result = call->result();
    QVERIFY(!result.hasScore);
    QVERIFY(result.tooLittleSpeech);
    QCOMPARE(desktop.find<QLabel>("resultScore")->text(), QStringLiteral("–"));
    QVERIFY2(desktop.find<QLabel>("resultSummary")
                 ->text()
                 .contains(QLatin1String("You did not say enough to score this call.")),
        qPrintable(desktop.find<QLabel>("resultSummary")->text()));
    QCOMPARE(desktop.find<QTreeView>("breakdownView")->model()->rowCount(), 0);
    QVERIFY(!desktop.find<QTreeView>("breakdownView")->isVisible()); // nothing to break down
    QVERIFY(desktop.find<QLabel>("tipsLabel")->text().startsWith(QLatin1String("Say hello")));
    snap(desktop, QStringLiteral("6-results-not-scored"));
}

// Settings ▸ AI prospect names an OpenAI-compatible server (the test double): the embedded
// platform's calls are then played by its model, and the call page says so.
void TestPracticeFlow::anAiProspectPlaysWhenTheSettingsNameOne()
{
    test::ChatDouble chat;
    QVERIFY(chat.listen());
    chat.setReplies({{{},
        QStringLiteral("Mostly the total cost. I have a lower quote from an "
                       "online lender. Why would I pay more with you?"),
        {}}});
    Desktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::aiUrl), chat.baseUrl()));
    QVERIFY(!desktop.settings.setValue(QLatin1String(app::keys::aiModel), QStringLiteral("m")));
    showWindow(desktop);
    if (QTest::currentTestFailed())
        return;
    ui::PracticeFlow* flow = desktop.window->practice();
    desktop.workspace.start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        desktop.find<QListView>("scenarioList")->model()->rowCount() >= 3, 30000);
    QTest::keyClick(desktop.window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(desktop.find<QWidget>("commandPalette")->isVisible());
    QTest::keyClicks(desktop.find<QLineEdit>("commandQuery"), QStringLiteral("jamie"));
    QTRY_COMPARE(desktop.find<QListView>("commandList")->model()->rowCount(), 1);
    QTest::keyClick(desktop.find<QLineEdit>("commandQuery"), Qt::Key_Return);
    auto* start = desktop.find<QPushButton>("startCallButton");
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(flow->step(), Step::Call);
    app::CallController* call = flow->call();
    QVERIFY(call);
    QTRY_COMPARE_WITH_TIMEOUT(call->phase(), app::CallController::Phase::Live, 30000);
    QTRY_COMPARE(call->prospect(), app::CallController::Prospect::Ai);
    QCOMPARE(desktop.find<QLabel>("prospectEngine")->text(), QStringLiteral("AI prospect"));
    // The opening is the scenario's; once the rep has spoken, the model answers.
    QTRY_VERIFY_WITH_TIMEOUT(hasLine(call->transcript(), QStringLiteral("prospect")), 30000);
    std::unique_ptr<QProcess> voice = speak(m_repWav);
    const auto modelSpoke = [call] {
        for (const app::TranscriptLine& l : call->transcript()->lines()) {
            if (l.final && l.text == QLatin1String("I have a lower quote from an online lender."))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(modelSpoke(), 60000);
    QVERIFY(voice->state() == QProcess::NotRunning || voice->waitForFinished(20000));
    QVERIFY(!chat.requests().isEmpty());
    snap(desktop, QStringLiteral("5-call-ai-prospect"));
    if (QTest::currentTestFailed())
        return;
    endCallFromTheKeyboard(desktop);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Results, 40000);
    QVERIFY(!desktop.settings.resetValue(QLatin1String(app::keys::aiUrl)));
    QVERIFY(!desktop.settings.resetValue(QLatin1String(app::keys::aiModel)));
}

QTEST_MAIN(TestPracticeFlow)
#include "TestPracticeFlow.moc"
