// The manager's side on the real main window, against a voicetraining-server with the demo
// seed and 10,000 more attempts, signed in through the (test's) browser with a real keyring:
// the Team tab (members, completion, overdue, the overdue filter, CSV), a member's attempts,
// one opened in the review and commented on at a line (the first send refused at the network,
// so the comment waits in the outbox and goes on the retry); the
// leaderboard of those 10,000 attempts sorted and filtered. Then the trainee signs in: no Team
// tab anywhere (the platform's 403), and the manager's comment is there at its line.
#include "BrowserAgent.h"
#include "CsvReader.h"
#include "DemoPlatform.h"
#include "HttpFaultProxy.h"

#include "AttemptReview.h"
#include "CallTimeline.h"
#include "HistoryModel.h"
#include "LeaderboardFeed.h"
#include "LeaderboardModel.h"
#include "PracticeFlow.h"
#include "ReviewPage.h"
#include "ReviewSection.h"
#include "SettingsRegistry.h"
#include "TeamFeed.h"
#include "TeamModel.h"
#include "TeamPage.h"
#include "TestDesktop.h"
#include "TranscriptModel.h"
#include "VtTestConfig.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace vt;
using Step = ui::PracticeFlow::Step;

// Stands in for the system browser: QDesktopServices hands it the sign-in page.
class FakeBrowser final : public QObject {
    Q_OBJECT

public:
    QString email;
    QString password;

public Q_SLOTS:
    void open(const QUrl& url)
    {
        QTimer::singleShot(0, this, [this, url] { m_agent.signIn(url, email, password); });
    }

private:
    test::BrowserAgent m_agent;
};

class TestTeamView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aManagerReviewsAndTheTraineeReads();

private:
    void signIn(test::TestDesktop& desktop, const QString& who);

    test::DemoPlatform m_demo;
    test::HttpFaultProxy m_proxy;
    FakeBrowser m_browser;
    QTemporaryDir m_dir;
};

void TestTeamView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
    QDir().mkpath(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots"));
    QString error;
    QVERIFY2(m_demo.start(&error, {QStringLiteral("--seed-attempts"), QStringLiteral("10000")}),
        qPrintable(error));
    QVERIFY2(m_proxy.listen(&error), qPrintable(error));
    m_proxy.setUpstreamPort(m_demo.server().port());
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
}

void TestTeamView::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestTeamView::signIn(test::TestDesktop& desktop, const QString& who)
{
    m_browser.email = m_demo.email(who);
    m_browser.password = m_demo.server().password(m_browser.email);
    ui::PracticeFlow* flow = desktop.window->practice();
    QTRY_COMPARE(flow->step(), Step::Welcome);
    desktop.find<QLineEdit>("platformAddressEdit")->setText(m_proxy.url());
    QTest::mouseClick(desktop.find<QPushButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(flow->step() == Step::Home,
        qPrintable(desktop.find<QLabel>("signInStatus")->text()), 30000);
}

void TestTeamView::aManagerReviewsAndTheTraineeReads()
{
    test::TestDesktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    app::Settings& settings = desktop.settings;
    QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QStringLiteral("light")));
    ui::MainWindow& window = *desktop.window;
    window.resize(1280, 860);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    desktop.workspace.start();
    signIn(desktop, QStringLiteral("dana.reyes"));

    // The platform answers GET /team for a manager: the Team tab appears.
    auto* teamRail = desktop.find<QToolButton>("rail_team");
    QTRY_VERIFY_WITH_TIMEOUT(teamRail->isVisibleTo(&window), 20000);
    window.showPage(QStringLiteral("team"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Team — Voice AI Training"));
    auto* page = desktop.find<ui::TeamPage>("teamPage");
    QTableView* table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 20000);
    const auto cell = [](QTableView* t, int row, int column, int role = Qt::DisplayRole) {
        return t->model()->index(row, column).data(role);
    };
    QCOMPARE(cell(table, 0, app::TeamModel::NameColumn).toString(), QStringLiteral("Jordan Lee"));
    QVERIFY(cell(table, 0, app::TeamModel::AttemptsColumn).toInt() > 3000); // the load seed
    QVERIFY(cell(table, 0, app::TeamModel::AssignmentsColumn)
                .toString()
                .endsWith(QLatin1String("of 2")));
    int late = 0;
    for (int row = 0; row < 3; ++row)
        late += cell(table, row, app::TeamModel::OverdueColumn).toInt() > 0 ? 1 : 0;
    QCOMPARE(desktop.find<QLabel>("teamSummary")->text(),
        QStringLiteral("3 people in your team; %1 with overdue work.").arg(late));
    auto* overdueOnly = desktop.find<QCheckBox>("teamOverdueOnly");
    overdueOnly->setChecked(true);
    QCOMPARE(table->model()->rowCount(), late);
    overdueOnly->setChecked(false);
    const QString csvPath = m_dir.filePath(QStringLiteral("team.csv"));
    QCOMPARE(page->exportCsv(csvPath), QString());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QString csvError;
    const auto records = test::readCsv(csvFile.readAll(), &csvError);
    QVERIFY2(records, qPrintable(csvError));
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(1).at(0), QStringLiteral("Jordan Lee"));

    // Every control a keyboard reaches is named.
    QVERIFY2(test::unnamedControls(page, &window).isEmpty(),
        qPrintable(test::unnamedControls(page, &window).join(QStringLiteral(", "))));

    // Jordan's attempts; the newest opens in the review.
    table->setCurrentIndex(table->model()->index(0, 0));
    QTableView* attempts = page->attempts();
    QTRY_VERIFY_WITH_TIMEOUT(attempts->model()->rowCount() > 3000, 30000);
    attempts->sortByColumn(app::HistoryModel::DateColumn, Qt::DescendingOrder);
    attempts->setCurrentIndex(attempts->model()->index(0, 0));
    const QString attemptId = cell(attempts, 0, 0, app::HistoryModel::AttemptIdRole).toString();
    for (const char* t : {"light", "dark"}) {
        QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QLatin1String(t)));
        QTest::qWait(100);
        QVERIFY(
            window.grab().save(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/12-team-%1-en.png")
                                   .arg(QLatin1String(t))));
    }
    QTest::mouseClick(desktop.find<QPushButton>("teamReviewButton"), Qt::LeftButton);
    auto* review = desktop.find<ui::ReviewPage>("teamSectionReview");
    QTRY_VERIFY_WITH_TIMEOUT(review->isVisible() && review->review()
            && review->review()->state() == app::AttemptReview::State::Ready,
        20000);
    QCOMPARE(review->review()->attemptId(), attemptId);
    QVERIFY(review->review()->canComment());
    // A comment on the fourth line, through the outbox.
    auto* lines = review->findChild<QListView*>(QStringLiteral("reviewTranscript"));
    lines->setCurrentIndex(lines->model()->index(3, 0));
    const QString lineId = lines->currentIndex().data(app::TranscriptModel::UtteranceId).toString();
    const qint64 lineMs = lines->currentIndex().data(app::TranscriptModel::StartMs).toLongLong();
    review->findChild<QTabWidget*>(QStringLiteral("reviewTabs"))->setCurrentIndex(2);
    auto* text = review->findChild<QPlainTextEdit*>(QStringLiteral("reviewCommentText"));
    QVERIFY(text->isVisible());
    QVERIFY(review->findChild<QLabel*>(QStringLiteral("reviewCommentTarget"))
                ->text()
                .startsWith(QLatin1String("Your comment goes on the line at")));
    QTest::keyClicks(text, QStringLiteral("Give the NMLS number before the rate."));
    // The network fails the first send: the comment waits in the outbox, shown as waiting.
    m_proxy.addFault(test::HttpFaultProxy::Fault::Refuse, "POST", QStringLiteral("/comments"));
    QTest::mouseClick(
        review->findChild<QPushButton*>(QStringLiteral("reviewCommentSend")), Qt::LeftButton);
    QVERIFY(!review->review()->comments().isEmpty());
    QVERIFY(review->review()->comments().constLast().waiting);
    QVERIFY(review->findChild<QListWidget*>(QStringLiteral("reviewComments"))
                ->item(0)
                ->text()
                .contains(QLatin1String("waiting to be sent")));
    const auto sentComment = [&] {
        for (const app::ReviewComment& c : review->review()->comments()) {
            if (c.body == QLatin1String("Give the NMLS number before the rate.") && !c.waiting)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sentComment(), 30000);
    QCOMPARE(m_proxy.count("POST", QStringLiteral("/comments")), 2); // refused, then sent once
    // The reloaded attempt keeps its transcript, and the line the manager was on.
    QVERIFY(lines->model()->rowCount() > 3);
    QCOMPARE(lines->currentIndex().data(app::TranscriptModel::UtteranceId).toString(), lineId);
    const app::ReviewComment& sent = review->review()->comments().constLast();
    QCOMPARE(sent.author, QStringLiteral("Dana Reyes"));
    QCOMPARE(sent.utteranceId, lineId);
    QCOMPARE(sent.startMs, lineMs);
    // It shows on the timeline as a comment moment.
    bool onTimeline = false;
    for (const app::ReviewMarker& m : review->timeline()->markers())
        onTimeline = onTimeline || (m.kind == app::ReviewMarker::Kind::Comment && m.ms == lineMs);
    QVERIFY(onTimeline);
    QTest::qWait(100); // the layouts settle
    QVERIFY(window.grab().save(
        QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/13-team-review-dark-en.png")));
    QTest::keyClick(review, Qt::Key_Escape);

    // The leaderboard of the 10,000 attempts, all time: sorted and filtered.
    window.showPage(QStringLiteral("leaderboard"));
    desktop.find<QComboBox>("leaderboardPeriod")->setCurrentIndex(2);
    app::LeaderboardFeed* board = desktop.workspace.leaderboard();
    auto* boardTable = desktop.find<QTableView>("leaderboardTable");
    QTRY_VERIFY_WITH_TIMEOUT(!board->loading() && boardTable->model()->rowCount() == 3, 30000);
    int attemptsRanked = 0;
    for (int row = 0; row < 3; ++row)
        attemptsRanked += cell(boardTable, row, app::LeaderboardModel::AttemptsColumn).toInt();
    QVERIFY2(attemptsRanked >= 10000, qPrintable(QString::number(attemptsRanked)));
    boardTable->sortByColumn(app::LeaderboardModel::AttemptsColumn, Qt::AscendingOrder);
    QVERIFY(cell(boardTable, 0, app::LeaderboardModel::AttemptsColumn).toInt()
        <= cell(boardTable, 2, app::LeaderboardModel::AttemptsColumn).toInt());
    QTest::keyClicks(desktop.find<QLineEdit>("leaderboardSearch"), QStringLiteral("sam"));
    QTRY_COMPARE(boardTable->model()->rowCount(), 1);
    QCOMPARE(cell(boardTable, 0, app::LeaderboardModel::NameColumn).toString(),
        QStringLiteral("Sam Patel"));
    // A manager is on no board (no attempts): the pinned line says so.
    QVERIFY(desktop.find<QLabel>("leaderboardMe")->text().startsWith(QLatin1String("You have no")));

    // The trainee: no Team tab, not even in the command palette; Dana's comment at its line.
    QTest::mouseClick(desktop.find<QToolButton>("rail_practice"), Qt::LeftButton);
    QTest::mouseClick(desktop.find<QToolButton>("changePlatformButton"), Qt::LeftButton);
    signIn(desktop, QStringLiteral("jordan.lee"));
    QTRY_COMPARE_WITH_TIMEOUT(
        desktop.workspace.team()->access(), app::TeamFeed::Access::Refused, 20000);
    QVERIFY(!teamRail->isVisibleTo(&window));
    window.showPage(QStringLiteral("history"));
    auto* history = desktop.find<ui::ReviewSection>("historySection");
    history->openReview(attemptId);
    auto* mine = desktop.find<ui::ReviewPage>("historySectionReview");
    QTRY_VERIFY_WITH_TIMEOUT(
        mine->review() && mine->review()->state() == app::AttemptReview::State::Ready, 20000);
    QVERIFY(!mine->review()->canComment());
    bool read = false;
    for (const app::ReviewComment& c : mine->review()->comments())
        read = read
            || (c.body == QLatin1String("Give the NMLS number before the rate.")
                && c.utteranceId == lineId && c.author == QLatin1String("Dana Reyes"));
    QVERIFY(read);
    auto* comments = mine->findChild<QListWidget*>(QStringLiteral("reviewComments"));
    QVERIFY(comments->item(0)->text().contains(QLatin1String("Dana Reyes: Give the NMLS number")));
    QVERIFY(
        !mine->findChild<QPushButton*>(QStringLiteral("reviewCommentSend"))->isVisibleTo(&window));
}

QTEST_MAIN(TestTeamView)
#include "TestTeamView.moc"
