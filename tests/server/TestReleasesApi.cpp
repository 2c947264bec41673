// GET /api/v1/releases/latest over real HTTP, from a --releases file: the newest release for
// the channel (beta offers stable ones too), the OS and the architecture; 404 when there is
// none; bad queries named; callers only. A --releases file that is wrong stops the server with
// the file and the field named.
#include "DemoPlatform.h"
#include "VtTestConfig.h"

#include "ApiResources.h"

#include <QTemporaryDir>
#include <QTest>

using vt::test::ApiClient;

namespace {

const QString who = QStringLiteral("jordan.lee");

// Five releases: two versions of one channel and OS, two architectures, a beta, Windows.
const QString releasesFile = QStringLiteral(VT_TEST_DATA_DIR "/releases.json");

} // namespace

class TestReleasesApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newestForChannelOsAndArch();
    void noneAndBadQueries();
    void aWrongFileStopsTheServer();

private:
    ApiClient::Reply latest(const QString& query, bool signedIn = true)
    {
        return m_demo.api().get(QStringLiteral("/api/v1/releases/latest?") + query,
            signedIn ? m_demo.token(who) : QString());
    }

    QTemporaryDir m_dir;
    vt::test::DemoPlatform m_demo;
};

void TestReleasesApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_demo.start(&error, {QStringLiteral("--releases"), releasesFile}), qPrintable(error));
    QVERIFY(m_demo.server().output().contains("releases: 5 offered to the desktop apps"));
}

void TestReleasesApi::newestForChannelOsAndArch()
{
    // Versions compare as numbers: 0.10.1 is newer than 0.2.0.
    ApiClient::Reply r = latest(QStringLiteral("channel=stable&os=linux&arch=x86_64"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("version")).toString(), QStringLiteral("0.10.1"));
    QCOMPARE(r.json().value(QStringLiteral("url")).toString(),
        QStringLiteral("https://downloads.example/0.10.1_amd64.deb"));
    QCOMPARE(r.json().value(QStringLiteral("notes")).toString(), QStringLiteral("Faster scoring."));
    QCOMPARE(r.json().value(QStringLiteral("published_at")).toString(),
        QStringLiteral("2026-11-01T09:00:00Z"));
    // The client's parser takes the answer as it is.
    QVERIFY(vt::protocol::parseRelease(r.body));
    r = latest(QStringLiteral("channel=stable&os=linux&arch=arm64"));
    QCOMPARE(r.json().value(QStringLiteral("url")).toString(),
        QStringLiteral("https://downloads.example/0.10.1_arm64.deb"));
    // beta: the newest of beta and stable.
    r = latest(QStringLiteral("channel=beta&os=linux&arch=x86_64"));
    QCOMPARE(r.json().value(QStringLiteral("version")).toString(), QStringLiteral("0.11.0"));
    QCOMPARE(r.json().value(QStringLiteral("channel")).toString(), QStringLiteral("beta"));
    r = latest(QStringLiteral("channel=stable&os=windows"));
    QCOMPARE(r.json().value(QStringLiteral("version")).toString(), QStringLiteral("0.9.0"));
}

void TestReleasesApi::noneAndBadQueries()
{
    ApiClient::Reply r = latest(QStringLiteral("channel=stable&os=macos"));
    QCOMPARE(r.status, 404);
    QVERIFY2(r.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("macos")),
        r.body.constData());
    r = latest(QStringLiteral("channel=nightly&os=plan9"));
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.errorPaths(), (QStringList{QStringLiteral("query.channel"), QStringLiteral("query.os")}));
    QCOMPARE(latest(QStringLiteral("channel=stable&os=linux"), false).status, 401);
}

void TestReleasesApi::aWrongFileStopsTheServer()
{
    QFile file(m_dir.filePath(QStringLiteral("wrong.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"releases\": [{\"version\": \"0.3\", \"channel\": \"stable\", \"os\": "
               "\"linux\", \"url\": \"http://downloads.example/0.3.deb\", "
               "\"published_at\": \"2026-11-01T09:00:00Z\"}]}");
    file.close();
    vt::test::ServerProcess server;
    QString error;
    QVERIFY(!server.start(&error, {QStringLiteral("--releases"), file.fileName()}));
    const QByteArray said = error.toUtf8() + server.output();
    QVERIFY2(said.contains("--releases " + file.fileName().toUtf8())
            && said.contains("$.releases[0].url: must be an https:// address"),
        said.constData());
}

QTEST_GUILESS_MAIN(TestReleasesApi)
#include "TestReleasesApi.moc"
