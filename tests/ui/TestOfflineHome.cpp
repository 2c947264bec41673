// The practice home of a rep whose organisation's platform cannot be reached: signed in once
// through the (test's) browser against a real voicetraining-server, with a real keyring; then
// the server is gone and the app starts again. The home page shows the cached assignments
// and library with the offline banner, and a briefing still opens from the cache.
#include "DemoPlatform.h"

#include "BrowserAgent.h"
#include "PracticeFlow.h"
#include "SettingsRegistry.h"
#include "TestDesktop.h"
#include "VtTestConfig.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vt;
using Step = ui::PracticeFlow::Step;

namespace {

using Desktop = test::TestDesktop;

} // namespace

// Stands in for the system browser: QDesktopServices hands it the sign-in page.
class FakeBrowser final : public QObject {
    Q_OBJECT

public:
    QString email;
    QString password;
    QUrl opened;
    test::BrowserAgent::Visit visit;

public Q_SLOTS:
    void open(const QUrl& url)
    {
        opened = url;
        // The rep signs in once the app waits for the browser's return.
        QTimer::singleShot(0, this, [this, url] { visit = m_agent.signIn(url, email, password); });
    }

private:
    test::BrowserAgent m_agent;
};

// Stands in for the browser that downloads a new version.
class DownloadCatcher final : public QObject {
    Q_OBJECT

public:
    QUrl opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened = url; }
};

class TestOfflineHome final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cachedAssignmentsWithTheOfflineBanner();

private:
    test::DemoPlatform m_demo;
    FakeBrowser m_browser;
    DownloadCatcher m_downloads;
    QTemporaryDir m_dir;
};

void TestOfflineHome::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    QString error;
    // The platform offers a newer version of the app (0.10.1 for Linux, stable).
    QVERIFY2(m_demo.start(&error,
                 {QStringLiteral("--releases"), QStringLiteral(VT_TEST_DATA_DIR "/releases.json")}),
        qPrintable(error));
    m_browser.email = m_demo.email(QStringLiteral("jordan.lee"));
    m_browser.password = m_demo.server().password(m_browser.email);
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_downloads, "open");
}

void TestOfflineHome::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestOfflineHome::cachedAssignmentsWithTheOfflineBanner()
{
    const QString settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    int assignmentCount = 0;
    {
        Desktop desktop(settingsFile);
        QVERIFY(
            !desktop.settings.setValue(QLatin1String(app::keys::language), QStringLiteral("en")));
        desktop.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
        desktop.workspace.start();
        ui::PracticeFlow* flow = desktop.window->practice();
        QCOMPARE(flow->step(), Step::Welcome);
        // Wrong addresses are refused at once, in words: not https, nothing listening, TLS
        // to a server that does not speak it.
        auto* address = desktop.find<QLineEdit>("platformAddressEdit");
        auto* status = desktop.find<QLabel>("signInStatus");
        auto* signIn = desktop.find<QPushButton>("signInButton");
        const QString port = QString::number(QUrl(m_demo.server().baseUrl()).port());
        const QStringList wrong{QStringLiteral("http://training.example.com"),
            QStringLiteral("https://127.0.0.1:1"), QStringLiteral("https://127.0.0.1:") + port};
        for (const QString& url : wrong) {
            address->setText(url);
            status->clear();
            QTest::mouseClick(signIn, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && signIn->isEnabled()
                    && desktop.workspace.connection()
                        != app::PracticeWorkspace::Connection::SigningIn,
                20000);
            qInfo("%s: %s", qPrintable(url), qPrintable(status->text()));
            QCOMPARE(flow->step(), Step::Welcome);
            QVERIFY(m_browser.opened.isEmpty()); // no browser for a platform that is not there
        }
        QVERIFY2(status->text().startsWith(
                     QLatin1String("A secure connection to the platform could not be made")),
            qPrintable(status->text()));

        // Sign in to the organisation in the browser.
        address->setText(m_demo.server().baseUrl());
        QTest::mouseClick(desktop.find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 30000);
        QCOMPARE(m_browser.opened.path(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(m_browser.visit.returnStatus, 200);
        auto* assignments = desktop.find<QListView>("assignmentList");
        QTRY_VERIFY_WITH_TIMEOUT(assignments->model()->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!desktop.workspace.catalogLoading(), 20000);
        assignmentCount = assignments->model()->rowCount();
        QCOMPARE(desktop.find<QLabel>("syncPill")->text(), QStringLiteral("Online"));
        QVERIFY(!desktop.find<QLabel>("offlineBanner")->isVisible());
        // The newer version the organisation approved, with its download link.
        auto* update = desktop.find<QLabel>("updateBanner");
        QTRY_VERIFY_WITH_TIMEOUT(update->isVisible(), 20000);
        QVERIFY2(update->text().contains(QLatin1String("Voice AI Training 0.10.1 is available")),
            qPrintable(update->text()));
        const QString link
            = update->text().section(QLatin1String("href=\""), 1).section(QLatin1Char('"'), 0, 0);
        QVERIFY2(
            link.startsWith(QLatin1String("https://downloads.example/0.10.1")), qPrintable(link));
        QVERIFY(QMetaObject::invokeMethod(update, "linkActivated", Q_ARG(QString, link)));
        QCOMPARE(m_downloads.opened, QUrl(link));
        QVERIFY(
            desktop.find<QLabel>("homeTitle")->text().startsWith(QLatin1String("Hello, Jordan")));
        // The briefing of the first assignment gets cached too.
        QTest::mouseClick(assignments->viewport(), Qt::LeftButton, {},
            assignments->visualRect(assignments->model()->index(0, 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(desktop.find<QPushButton>("startCallButton")->isEnabled(), 20000);
        desktop.window->close();
    }

    // The platform goes away; the app starts again.
    m_demo.server().stop(true);
    Desktop desktop(settingsFile);
    desktop.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desktop.window.get()));
    desktop.workspace.start();
    ui::PracticeFlow* flow = desktop.window->practice();
    QTRY_COMPARE_WITH_TIMEOUT(flow->step(), Step::Home, 30000);
    auto* assignments = desktop.find<QListView>("assignmentList");
    QTRY_COMPARE_WITH_TIMEOUT(assignments->model()->rowCount(), assignmentCount, 20000);
    auto* banner = desktop.find<QLabel>("offlineBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Offline since")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("You can still practise")));
    QCOMPARE(desktop.find<QLabel>("syncPill")->text(), QStringLiteral("Offline"));
    // Offline, nobody says what is new.
    QVERIFY(!desktop.find<QLabel>("updateBanner")->isVisible());
    QVERIFY(desktop.find<QListView>("scenarioList")->model()->rowCount() > 0);

    // A briefing opens from the cache, and says so.
    QTest::mouseClick(assignments->viewport(), Qt::LeftButton, {},
        assignments->visualRect(assignments->model()->index(0, 0)).center());
    QCOMPARE(flow->step(), Step::Briefing);
    QTRY_VERIFY_WITH_TIMEOUT(desktop.find<QPushButton>("startCallButton")->isEnabled(), 20000);
    QVERIFY(desktop.find<QLabel>("briefingStatus")->text().contains(QLatin1String("Offline:")));
}

QTEST_MAIN(TestOfflineHome)
#include "TestOfflineHome.moc"
