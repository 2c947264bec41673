// The leaderboard on the real main window, against the embedded platform's demo seed (Jordan,
// the local trainee, with Sam and Riley in the Refinance Desk team): the board all time, the
// user's own row pinned and shown on request, sorting by any column, the name filter, the
// sparkline's values for screen readers, CSV round trip (formula-safe); then 10,000 rows
// through the same view, sorted and filtered. Screenshots in both themes and languages.
#include "CsvReader.h"
#include "LeaderboardFeed.h"
#include "LeaderboardModel.h"
#include "LeaderboardPage.h"
#include "PracticeFlow.h"
#include "SettingsRegistry.h"
#include "TeamFeed.h"
#include "TestDesktop.h"
#include "VtTestConfig.h"

#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using app::LeaderboardModel;

class TestLeaderboardPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranksTheTeam();

private:
    QTemporaryDir m_dir;
};

void TestLeaderboardPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    QDir().mkpath(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots"));
}

void TestLeaderboardPage::ranksTheTeam()
{
    test::TestDesktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    app::Settings& settings = desktop.settings;
    QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    ui::MainWindow& window = *desktop.window;
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    desktop.workspace.practiceOnThisComputer();
    QTRY_COMPARE_WITH_TIMEOUT(window.practice()->step(), ui::PracticeFlow::Step::Home, 60000);

    // The local trainee oversees nobody: the platform refuses GET /team, so no Team tab.
    QTRY_COMPARE_WITH_TIMEOUT(
        desktop.workspace.team()->access(), app::TeamFeed::Access::Refused, 20000);
    QVERIFY(!desktop.find<QWidget>("rail_team")->isVisibleTo(&window));
    window.showPage(QStringLiteral("leaderboard"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Leaderboard — Voice AI Training"));
    auto* page = desktop.find<ui::LeaderboardPage>("leaderboardPage");
    auto* table = page->table();
    auto* period = desktop.find<QComboBox>("leaderboardPeriod");
    period->setCurrentIndex(2); // all time
    app::LeaderboardFeed* feed = desktop.workspace.leaderboard();
    QTRY_VERIFY_WITH_TIMEOUT(!feed->loading() && table->model()->rowCount() == 3, 30000);
    QCOMPARE(desktop.find<QLabel>("leaderboardSummary")->text(),
        QStringLiteral("3 people ranked in your team."));
    const auto cell = [table](int row, int column, int role = Qt::DisplayRole) {
        return table->model()->index(row, column).data(role);
    };
    // The platform's order: rank 1 first, ranks never decreasing.
    QCOMPARE(cell(0, LeaderboardModel::RankColumn).toInt(), 1);
    QVERIFY(cell(1, LeaderboardModel::RankColumn).toInt()
        <= cell(2, LeaderboardModel::RankColumn).toInt());
    // Jordan's row: marked, pinned below, found by "Show me".
    QVERIFY(feed->me().has_value());
    auto* me = desktop.find<QLabel>("leaderboardMe");
    QVERIFY2(me->text().startsWith(QStringLiteral("<b>You: #%1</b> of 3").arg(feed->me()->rank)),
        qPrintable(me->text()));
    QTest::mouseClick(desktop.find<QPushButton>("leaderboardShowMe"), Qt::LeftButton);
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(cell(table->currentIndex().row(), LeaderboardModel::NameColumn)
                .toString()
                .startsWith(QLatin1String("Jordan Lee")));
    QVERIFY(cell(table->currentIndex().row(), 0, LeaderboardModel::IsMeRole).toBool());
    QVERIFY(cell(0, LeaderboardModel::TrendColumn, Qt::AccessibleTextRole)
                .toString()
                .startsWith(QLatin1String("Trend, oldest first:")));

    // Sorting by any column, both ways; the name filter.
    table->sortByColumn(LeaderboardModel::AttemptsColumn, Qt::DescendingOrder);
    QVERIFY(cell(0, LeaderboardModel::AttemptsColumn).toInt()
        >= cell(2, LeaderboardModel::AttemptsColumn).toInt());
    table->sortByColumn(LeaderboardModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(cell(0, LeaderboardModel::NameColumn).toString().startsWith(QLatin1String("Jordan")));
    QVERIFY(cell(2, LeaderboardModel::NameColumn).toString().startsWith(QLatin1String("Sam")));
    auto* search = desktop.find<QLineEdit>("leaderboardSearch");
    QTest::keyClicks(search, QStringLiteral("riley"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(
        desktop.find<QLabel>("leaderboardSummary")->text(), QStringLiteral("1 of 3 people shown."));
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);

    // The board as shown, to CSV and back.
    const QString csvPath = m_dir.filePath(QStringLiteral("board.csv"));
    QCOMPARE(page->exportCsv(csvPath), QString());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QString csvError;
    const auto records = test::readCsv(csvFile.readAll(), &csvError);
    QVERIFY2(records, qPrintable(csvError));
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(0),
        QStringList({"Rank", "Name", "Best", "Average", "Attempts", "Pass rate", "Trend"}));
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < LeaderboardModel::ColumnCount; ++col)
            QCOMPARE(records->at(row + 1).at(col), cell(row, col).toString());
    }

    // Every control a keyboard reaches is named; both themes and languages render.
    QVERIFY2(test::unnamedControls(page, &window).isEmpty(),
        qPrintable(test::unnamedControls(page, &window).join(QStringLiteral(", "))));
    table->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    for (const char* t : {"light", "dark"}) {
        for (const char* l : {"en", "es"}) {
            QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QLatin1String(t)));
            QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QLatin1String(l)));
            QTRY_VERIFY_WITH_TIMEOUT(!feed->loading() && table->model()->rowCount() == 3, 20000);
            QTest::qWait(100);
            QVERIFY(window.grab().save(
                QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/11-leaderboard-%1-%2.png")
                    .arg(QLatin1String(t), QLatin1String(l))));
        }
    }
    QCOMPARE(desktop.find<QLabel>("leaderboardTitle")->text(), QStringLiteral("Clasificación"));
    QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));

    // Ten thousand people in the same view: sorted both ways and filtered, correctly.
    QList<app::LeaderboardEntry> many;
    for (int i = 0; i < 10000; ++i) {
        app::LeaderboardEntry e;
        e.rank = i + 1;
        e.userId = QStringLiteral("u%1").arg(i);
        e.name = QStringLiteral("Rep %1 %2").arg(i % 97).arg(i);
        e.best = 100.0 - double(i % 1000) / 10.0;
        e.average = e.best - double(i % 7);
        e.attempts = 1 + (i * 7919) % 53;
        e.passRate = double(i % 11) / 10.0;
        e.trend = {e.average - 3, std::nullopt, e.average};
        e.isMe = i == 7777;
        many.append(e);
    }
    feed->model()->setEntries(many);
    QCOMPARE(table->model()->rowCount(), 10000);
    table->sortByColumn(LeaderboardModel::AttemptsColumn, Qt::AscendingOrder);
    for (int row = 1; row < 10000; row += 37)
        QVERIFY(cell(row - 1, LeaderboardModel::AttemptsColumn).toInt()
            <= cell(row, LeaderboardModel::AttemptsColumn).toInt());
    table->sortByColumn(LeaderboardModel::AverageColumn, Qt::DescendingOrder);
    QCOMPARE(cell(0, LeaderboardModel::AverageColumn).toString(), QStringLiteral("100.0"));
    const int with42 = int(std::count_if(many.cbegin(), many.cend(),
        [](const app::LeaderboardEntry& e) { return e.name.contains(QLatin1String("42")); }));
    QTest::keyClicks(search, QStringLiteral("REP 42"));
    QTRY_COMPARE(table->model()->rowCount(), with42);
    for (int row = 0; row < with42; ++row)
        QVERIFY(cell(row, LeaderboardModel::NameColumn).toString().contains(QLatin1String("42")));
    QTest::mouseClick(desktop.find<QPushButton>("leaderboardShowMe"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 10000); // the filter hid the user's row: cleared
    QCOMPARE(cell(table->currentIndex().row(), 0, LeaderboardModel::UserIdRole).toString(),
        QStringLiteral("u7777"));
}

QTEST_MAIN(TestLeaderboardPage)
#include "TestLeaderboardPage.moc"
