// Call recordings over real HTTP: upload (validated Ogg Opus, size-capped, replaceable),
// the redirect to a signed link valid five minutes, the download, and links that are forged
// or expired.
#include "AudioFile.h"
#include "CallRecorder.h"
#include "DemoPlatform.h"
#include "Recordings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using vt::test::ApiClient;
using vt::test::callRecording;

class TestRecordingsApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadStoresAValidRecording();
    void badUploads_data();
    void badUploads();
    void linkRedirectsToASignedDownload();
    void forgedAndExpiredLinksAreRefused();

private:
    QString put(
        const QByteArray& body, const QByteArray& type, int* status, QJsonObject* json = nullptr);

    vt::test::DemoPlatform m_demo;
    QString m_attempt;
    QByteArray m_ogg;
};

void TestRecordingsApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error, {QStringLiteral("--max-recording"), QStringLiteral("512K")}),
        qPrintable(error));
    m_attempt
        = m_demo.latestAttempt(QStringLiteral("sam.patel")).value(QStringLiteral("id")).toString();
    m_ogg = callRecording(3);
    QVERIFY(m_ogg.size() > 1000);
}

QString TestRecordingsApi::put(
    const QByteArray& body, const QByteArray& type, int* status, QJsonObject* json)
{
    const ApiClient::Reply r = m_demo.api().request("PUT",
        QStringLiteral("/api/v1/attempts/%1/recording").arg(m_attempt), body,
        {{"Content-Type", type}}, m_demo.token(QStringLiteral("sam.patel")));
    *status = r.status;
    if (json)
        *json = r.json();
    return r.problemType();
}

void TestRecordingsApi::uploadStoresAValidRecording()
{
    int status = 0;
    QJsonObject json;
    put(m_ogg, "audio/ogg", &status, &json);
    QCOMPARE(status, 200);
    QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), m_ogg.size());
    QCOMPARE(json.value(QStringLiteral("channels")).toInt(), 2);
    QVERIFY2(std::abs(json.value(QStringLiteral("duration_ms")).toInteger() - 3000) <= 20,
        qPrintable(QString::number(json.value(QStringLiteral("duration_ms")).toInteger())));
    QCOMPARE(json.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(m_ogg, QCryptographicHash::Sha256).toHex()));
    const QJsonObject attempt = m_demo.api()
                                    .get(QStringLiteral("/api/v1/attempts/") + m_attempt,
                                        m_demo.token(QStringLiteral("sam.patel")))
                                    .json();
    QCOMPARE(attempt.value(QStringLiteral("recording"))
                 .toObject()
                 .value(QStringLiteral("available"))
                 .toBool(),
        true);
}

void TestRecordingsApi::badUploads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem");
    QByteArray corrupted = m_ogg;
    corrupted[corrupted.size() / 2] = char(corrupted[corrupted.size() / 2] ^ 0x5A);
    QTest::newRow("wrong type") << m_ogg << QByteArray("application/octet-stream") << 415
                                << QStringLiteral("unsupported-media-type");
    QTest::newRow("not ogg") << QByteArray("RIFF....WAVEfmt ") << QByteArray("audio/ogg") << 422
                             << QStringLiteral("validation");
    QTest::newRow("damaged page") << corrupted << QByteArray("audio/ogg") << 422
                                  << QStringLiteral("validation");
    QTest::newRow("truncated header")
        << m_ogg.left(30) << QByteArray("audio/ogg") << 422 << QStringLiteral("validation");
    QTest::newRow("too large") << callRecording(120) << QByteArray("audio/ogg") << 413
                               << QStringLiteral("too-large");
}

void TestRecordingsApi::badUploads()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    QFETCH(QString, problem);
    int got = 0;
    QCOMPARE(put(body, type, &got), problem);
    QCOMPARE(got, status);
    // What was stored before is still there, unchanged.
    const ApiClient::Reply link
        = m_demo.api().get(QStringLiteral("/api/v1/attempts/%1/recording").arg(m_attempt),
            m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(link.status, 302);
}

void TestRecordingsApi::linkRedirectsToASignedDownload()
{
    // The rep's manager opens it.
    const ApiClient::Reply link
        = m_demo.api().get(QStringLiteral("/api/v1/attempts/%1/recording").arg(m_attempt),
            m_demo.token(QStringLiteral("dana.reyes")));
    QCOMPARE(link.status, 302);
    const QUrl url(QString::fromLatin1(link.header("location")));
    QCOMPARE(url.path(), QStringLiteral("/api/v1/recordings/") + m_attempt);
    const qint64 expires = QUrlQuery(url).queryItemValue(QStringLiteral("expires")).toLongLong();
    QVERIFY(expires > QDateTime::currentSecsSinceEpoch() + 240
        && expires <= QDateTime::currentSecsSinceEpoch() + 300);
    // No bearer token needed: the signature is the permission.
    const ApiClient::Reply download = m_demo.api().get(url.path() + QLatin1Char('?') + url.query());
    QCOMPARE(download.status, 200);
    QCOMPARE(download.header("content-type"), QByteArray("audio/ogg"));
    QCOMPARE(download.body, m_ogg);
    // And it decodes.
    const std::vector<std::uint8_t> bytes(download.body.begin(), download.body.end());
    const vt::audio::LoadedClip clip = vt::audio::parseOggOpus(bytes);
    QVERIFY2(clip, clip.error.c_str());
    QCOMPARE(clip.clip.channels, 2);
}

void TestRecordingsApi::forgedAndExpiredLinksAreRefused()
{
    QFile secretFile(m_demo.server().dataDir() + QStringLiteral("/jwt-secret"));
    QVERIFY(secretFile.open(QIODevice::ReadOnly));
    const QByteArray secret = secretFile.readAll().trimmed();
    const auto sign = [&](qint64 expires) {
        return QMessageAuthenticationCode::hash(
            ("recording:" + m_attempt + ':' + QString::number(expires)).toUtf8(), secret,
            QCryptographicHash::Sha256)
            .toHex();
    };
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 10;
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 100;
    const QString base = QStringLiteral("/api/v1/recordings/") + m_attempt;
    const ApiClient::Reply expired = m_demo.api().get(base
        + QStringLiteral("?expires=%1&signature=%2")
              .arg(past)
              .arg(QString::fromLatin1(sign(past))));
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.json()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QLatin1String("expired")));
    const ApiClient::Reply stretched = m_demo.api().get(base
        + QStringLiteral("?expires=%1&signature=%2")
              .arg(future + 1000)
              .arg(QString::fromLatin1(sign(future))));
    QCOMPARE(stretched.status, 403);
    const ApiClient::Reply unsigned_
        = m_demo.api().get(base + QStringLiteral("?expires=%1").arg(future));
    QCOMPARE(unsigned_.status, 403);
    const ApiClient::Reply valid = m_demo.api().get(base
        + QStringLiteral("?expires=%1&signature=%2")
              .arg(future)
              .arg(QString::fromLatin1(sign(future))));
    QCOMPARE(valid.status, 200);
}

QTEST_GUILESS_MAIN(TestRecordingsApi)
#include "TestRecordingsApi.moc"
