// History on the real main window, against the embedded platform's demo seed (the local
// trainee, Jordan, has three attempts on two scenarios): the table, sorting, the scenario,
// result and word filters, the score trend drawn for one scenario, the full-text search of
// what was said (a line found opens the review at that line), and the review of a seeded
// attempt (breakdown, timeline moments, reply latency, no recording). Screenshots in both
// themes and languages go to test-output/screenshots.
#include "AttemptComparison.h"
#include "AttemptReview.h"
#include "CallTimeline.h"
#include "ComparePage.h"
#include "CsvReader.h"
#include "HistoryModel.h"
#include "HistoryPage.h"
#include "PracticeFlow.h"
#include "ProcessRun.h"
#include "ReviewPage.h"
#include "ReviewSection.h"
#include "SettingsRegistry.h"
#include "TestDesktop.h"
#include "VtTestConfig.h"

#include <QAccessible>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace vt;

class TestHistoryPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsSortsFiltersAndCharts();
    void searchesWhatWasSaidAndReviews();

private:
    QTemporaryDir m_dir;
};

void TestHistoryPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    QDir().mkpath(QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots"));
}

void TestHistoryPage::listsSortsFiltersAndCharts()
{
    test::TestDesktop desktop(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(desktop.opened);
    app::Settings& settings = desktop.settings;
    QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    app::PracticeWorkspace& workspace = desktop.workspace;
    ui::MainWindow& window = *desktop.window;
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    workspace.practiceOnThisComputer();
    QTRY_COMPARE_WITH_TIMEOUT(window.practice()->step(), ui::PracticeFlow::Step::Home, 60000);

    window.showPage(QStringLiteral("history"));
    QCOMPARE(window.windowTitle(), QStringLiteral("History — Voice AI Training"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("historyTable"));
    auto* page = window.findChild<ui::HistoryPage*>(QStringLiteral("historyPage"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 30000);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("historySummary"))->text(),
        QStringLiteral("3 attempts."));

    // Newest first; then by score, both ways.
    const auto column = [table](int row, int col, int role = app::HistoryModel::SortRole) {
        return table->model()->index(row, col).data(role);
    };
    QVERIFY(column(0, app::HistoryModel::DateColumn).toDateTime()
        >= column(1, app::HistoryModel::DateColumn).toDateTime());
    table->sortByColumn(app::HistoryModel::ScoreColumn, Qt::AscendingOrder);
    QVERIFY(column(0, app::HistoryModel::ScoreColumn).toDouble()
        <= column(1, app::HistoryModel::ScoreColumn).toDouble());
    QVERIFY(column(1, app::HistoryModel::ScoreColumn).toDouble()
        <= column(2, app::HistoryModel::ScoreColumn).toDouble());
    table->sortByColumn(app::HistoryModel::ScoreColumn, Qt::DescendingOrder);
    QVERIFY(column(0, app::HistoryModel::ScoreColumn).toDouble()
        >= column(2, app::HistoryModel::ScoreColumn).toDouble());
    QVERIFY(!column(0, app::HistoryModel::ScoreColumn, Qt::DisplayRole).toString().isEmpty());

    // The scenario practised twice: two rows, and its trend has two points.
    auto* scenario = window.findChild<QComboBox*>(QStringLiteral("historyScenarioFilter"));
    QCOMPARE(scenario->count(), 3); // all, and two scenarios
    const int cold
        = scenario->findText(QStringLiteral("Refinance cold call: the skeptical homeowner"));
    QVERIFY(cold > 0);
    scenario->setCurrentIndex(cold);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(page->trendScenario(), scenario->currentData().toString());
    auto* line = qobject_cast<QLineSeries*>(page->chart()->chart()->series().constFirst());
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    QVERIFY(line->at(0).x() < line->at(1).x()); // oldest first
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("historySummary"))->text(),
        QStringLiteral("2 of 3 attempts shown."));

    // Passed and not passed add up; words narrow by title.
    scenario->setCurrentIndex(0);
    auto* result = window.findChild<QComboBox*>(QStringLiteral("historyResultFilter"));
    result->setCurrentIndex(1);
    const int passed = table->model()->rowCount();
    result->setCurrentIndex(2);
    QCOMPARE(passed + table->model()->rowCount(), 3);
    result->setCurrentIndex(0);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("historySearch"));
    QTest::keyClicks(search, QStringLiteral("first"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);

    // The list as shown exports to CSV that a strict RFC 4180 reader takes back whole.
    table->sortByColumn(app::HistoryModel::ScoreColumn, Qt::AscendingOrder);
    const QString csvPath = m_dir.filePath(QStringLiteral("history.csv"));
    QCOMPARE(page->exportCsv(csvPath), QString());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QString csvError;
    const std::optional<QList<QStringList>> records = test::readCsv(csvFile.readAll(), &csvError);
    QVERIFY2(records, qPrintable(csvError));
    QCOMPARE(records->size(), 4);
    QCOMPARE(
        records->at(0), QStringList({"Scenario", "Date", "Duration", "Score", "Result", "Sync"}));
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < app::HistoryModel::ColumnCount; ++col)
            QCOMPARE(
                records->at(row + 1).at(col), table->model()->index(row, col).data().toString());
    }
    QVERIFY(page->exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/h.csv")))
                .contains(QLatin1String("could not be written")));

    // Every control a keyboard reaches is named; both themes and languages render.
    QVERIFY2(test::unnamedControls(page, &window).isEmpty(),
        qPrintable(test::unnamedControls(page, &window).join(QStringLiteral(", "))));
    scenario->setCurrentIndex(cold);
    for (const char* t : {"light", "dark"}) {
        for (const char* l : {"en", "es"}) {
            QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QLatin1String(t)));
            QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QLatin1String(l)));
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(
                QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/9-history-%1-%2.png")
                    .arg(QLatin1String(t), QLatin1String(l))));
        }
    }
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("historyPageTitle"))->text(),
        QStringLiteral("Historial"));
    QCOMPARE(table->model()->headerData(app::HistoryModel::ScoreColumn, Qt::Horizontal).toString(),
        QStringLiteral("Puntuación"));
}

void TestHistoryPage::searchesWhatWasSaidAndReviews()
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
    QTRY_COMPARE_WITH_TIMEOUT(window.practice()->step(), ui::PracticeFlow::Step::Home, 60000);
    window.showPage(QStringLiteral("history"));
    auto* table = desktop.find<QTableView>("historyTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 30000);

    // Words said in two of the calls: the lines are listed and the table keeps those calls.
    auto* search = desktop.find<QLineEdit>("historySearch");
    auto* hits = desktop.find<QListWidget>("historyHits");
    QTest::keyClicks(search, QStringLiteral("closing cost"));
    QTRY_COMPARE_WITH_TIMEOUT(hits->count(), 2, 20000);
    QVERIFY(hits->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(hits->item(0)->text().contains(QLatin1String("<b>closing</b> <b>costs</b>")));
    QVERIFY(desktop.find<QLabel>("historyHitsTitle")->text().startsWith(QLatin1String("2 lines")));
    // Jordan is still learning the disclosures: no call of his says NMLS.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("NMLS"));
    QTRY_VERIFY(
        desktop.find<QLabel>("historyHitsTitle")->text().contains(QLatin1String("No call")));
    QCOMPARE(hits->count(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("closing cost"));
    QTRY_COMPARE_WITH_TIMEOUT(hits->count(), 2, 20000);

    // A line found opens the review there.
    hits->setCurrentRow(0);
    emit hits->itemActivated(hits->item(0));
    auto* section = desktop.find<ui::ReviewSection>("historySection");
    auto* review = desktop.find<ui::ReviewPage>("historySectionReview");
    QCOMPARE(section->currentWidget(), review);
    QTRY_VERIFY_WITH_TIMEOUT(
        review->review() && review->review()->state() == app::AttemptReview::State::Ready, 20000);
    auto* transcript = review->findChild<QListView*>(QStringLiteral("reviewTranscript"));
    QTRY_VERIFY(transcript->currentIndex().isValid());
    QVERIFY(transcript->currentIndex().data().toString().contains(QLatin1String("closing costs")));
    QCOMPARE(review->findChild<QLabel*>(QStringLiteral("reviewTitle"))->text(),
        QStringLiteral("Refinance cold call: the skeptical homeowner"));
    QVERIFY(!review->findChild<QLabel*>(QStringLiteral("reviewScore"))->text().isEmpty());
    auto* breakdown = review->findChild<QTreeView*>(QStringLiteral("reviewBreakdown"));
    QVERIFY(breakdown->model()->rowCount() >= 3);
    auto* timeline = review->timeline();
    QVERIFY(timeline->markers().size() >= 3);
    auto* moments = review->findChild<QListWidget*>(QStringLiteral("reviewMoments"));
    QCOMPARE(moments->count(), int(review->review()->markers().size()));
    // The seed's replies took 620, 540, 710 and 580 ms: median 0.6 s.
    QVERIFY2(review->findChild<QLabel*>(QStringLiteral("reviewNumbers"))
                 ->text()
                 .contains(QLatin1String("<b>0.6 s</b> median")),
        qPrintable(review->findChild<QLabel*>(QStringLiteral("reviewNumbers"))->text()));
    QTRY_COMPARE(review->review()->recording(), app::AttemptReview::Recording::None);
    QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("reviewPlayButton"))->isEnabled());
    // A trainee reads comments but does not write them.
    QVERIFY(!review->findChild<QPushButton*>(QStringLiteral("reviewCommentSend"))
                 ->isVisibleTo(&window));

    // A marker, clicked, selects its line and moves the playhead there.
    int marker = -1;
    for (int i = 0; i < timeline->markers().size(); ++i) {
        if (timeline->markers().at(i).ms > 20000) {
            marker = i;
            break;
        }
    }
    QVERIFY(marker >= 0);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(marker).center());
    QCOMPARE(timeline->playhead(), timeline->markers().at(marker).ms);
    QCOMPARE(transcript->currentIndex().data(app::TranscriptModel::UtteranceId).toString(),
        timeline->markers().at(marker).utteranceId);
    // From the keyboard too.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Home);
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(timeline->playhead(), timeline->markers().at(0).ms);
    QVERIFY(timeline->accessibleDescription().startsWith(QLatin1String("Moment 1 of")));

    // The one-page PDF report: one page, the score and the scenario in its text, and it renders.
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(review->exportPdf(pdf), QString());
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const test::ProcessResult info = test::runProcess(QStringLiteral("pdfinfo"), {pdf}, env, 60000);
    QVERIFY2(info.finished && info.exitCode == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
        qPrintable(info.out));
    const test::ProcessResult text
        = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, env, 60000);
    QVERIFY2(text.finished && text.exitCode == 0, qPrintable(text.err));
    const QString score = review->findChild<QLabel*>(QStringLiteral("reviewScore"))->text();
    QVERIFY2(text.out.contains(QStringLiteral("Score %1 of 100").arg(score)), qPrintable(text.out));
    // (the PDF sets "fi" as a ligature)
    QVERIFY2(text.out.contains(QLatin1String("cold call: the skeptical homeowner")),
        qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("Score breakdown")));
    const QString png = QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/14-report");
    const test::ProcessResult render = test::runProcess(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
            QStringLiteral("-singlefile"), pdf, png},
        env, 60000);
    QVERIFY2(render.finished && render.exitCode == 0, qPrintable(render.err));
    QImage page(png + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(page.height() > page.width()); // A4, portrait
    QVERIFY(review->exportPdf(m_dir.filePath(QStringLiteral("no/such/folder/r.pdf")))
                .contains(QLatin1String("could not be written")));

    QVERIFY2(test::unnamedControls(review, &window).isEmpty(),
        qPrintable(test::unnamedControls(review, &window).join(QStringLiteral(", "))));
    for (const char* t : {"light", "dark"}) {
        for (const char* l : {"en", "es"}) {
            QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QLatin1String(t)));
            QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QLatin1String(l)));
            QTRY_VERIFY_WITH_TIMEOUT(
                review->review()->state() == app::AttemptReview::State::Ready, 20000);
            QTest::qWait(100); // the layouts settle
            QVERIFY(window.grab().save(
                QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/10-review-%1-%2.png")
                    .arg(QLatin1String(t), QLatin1String(l))));
        }
    }
    QCOMPARE(review->findChild<QPushButton*>(QStringLiteral("reviewBackButton"))->text(),
        QStringLiteral("← Volver"));

    // Back (Escape) returns to the list as it was.
    QTest::keyClick(review, Qt::Key_Escape);
    QCOMPARE(section->currentWidget(), desktop.find<ui::HistoryPage>("historyPage"));
    QCOMPARE(search->text(), QStringLiteral("closing cost"));

    // Two attempts of the cold call, selected together, side by side.
    QVERIFY(!settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
    QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QStringLiteral("light")));
    search->clear();
    auto* scenario = desktop.find<QComboBox>("historyScenarioFilter");
    scenario->setCurrentIndex(
        scenario->findText(QStringLiteral("Refinance cold call: the skeptical homeowner")));
    QCOMPARE(table->model()->rowCount(), 2);
    auto* compare = desktop.find<QPushButton>("historyCompareButton");
    table->clearSelection();
    table->selectRow(0);
    QVERIFY(!compare->isEnabled());
    table->selectAll();
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    auto* comparison = desktop.find<ui::ComparePage>("historySectionCompare");
    QCOMPARE(section->currentWidget(), comparison);
    QTRY_VERIFY_WITH_TIMEOUT(comparison->isReady(), 20000);
    QTreeWidget* tree = comparison->tree();
    QTRY_VERIFY(tree->topLevelItemCount() >= 3); // the score, the criteria, the numbers
    // The earlier attempt is on the left; the change is the later's score minus the earlier's.
    const auto dateOf = [table](int row) {
        return table->model()
            ->index(row, app::HistoryModel::DateColumn)
            .data(app::HistoryModel::SortRole)
            .toDateTime();
    };
    const int earlier = dateOf(0) < dateOf(1) ? 0 : 1;
    const auto scoreOf = [table](int row) {
        return table->model()->index(row, app::HistoryModel::ScoreColumn).data().toString();
    };
    QTreeWidgetItem* scoreRow = tree->topLevelItem(0);
    QCOMPARE(scoreRow->text(1), scoreOf(earlier));
    QCOMPARE(scoreRow->text(2), scoreOf(1 - earlier));
    const double delta = scoreOf(1 - earlier).toDouble() - scoreOf(earlier).toDouble();
    QVERIFY2(scoreRow->text(3).endsWith(app::AttemptComparison::change(delta)),
        qPrintable(scoreRow->text(3)));
    QTreeWidgetItem* criteria = tree->topLevelItem(1);
    QVERIFY(criteria->childCount() >= 3);
    QVERIFY(comparison->findChild<QLabel*>(QStringLiteral("compareSummary"))
                ->text()
                .contains(QLatin1String("better")));
    for (const char* t : {"light", "dark"}) {
        QVERIFY(!settings.setValue(QLatin1String(app::keys::theme), QLatin1String(t)));
        QTest::qWait(100);
        QVERIFY(window.grab().save(
            QStringLiteral(VT_TEST_OUTPUT_DIR "/screenshots/15-compare-%1-en.png")
                .arg(QLatin1String(t))));
    }
    QVERIFY2(test::unnamedControls(comparison, &window).isEmpty(),
        qPrintable(test::unnamedControls(comparison, &window).join(QStringLiteral(", "))));
    QTest::keyClick(comparison, Qt::Key_Escape);
    QCOMPARE(section->currentWidget(), desktop.find<ui::HistoryPage>("historyPage"));
}

QTEST_MAIN(TestHistoryPage)
#include "TestHistoryPage.moc"
