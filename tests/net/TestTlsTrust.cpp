// TLS trust for a company proxy that inspects TLS with its own CA (the network.ca_bundle
// setting): a real TLS server on loopback whose certificate that CA issued is refused with the
// system's authorities alone, accepted with the bundle, and refused with an unrelated CA's; a
// bundle that cannot be read or holds no certificate says so.
#include "VtTestConfig.h"

#include "OkServer.h"
#include "PlatformClient.h"
#include "TlsTrust.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

QString tlsData(const char* name)
{
    return QStringLiteral(VT_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

// The test CA's server certificate and key, for an HTTPS OkServer on 127.0.0.1.
std::optional<QSslConfiguration> serverTls()
{
    QFile cert(tlsData("server.pem"));
    QFile key(tlsData("server.key"));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return std::nullopt;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

vt::net::ApiResult get(vt::net::PlatformClient& client)
{
    std::optional<vt::net::ApiResult> result;
    QEventLoop loop;
    client.get(QStringLiteral("/healthz"), [&](const vt::net::ApiResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

class TestTlsTrust final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theInspectingCaIsTrustedOnlyWithTheBundle();
    void aBundleThatCannotBeUsedSaysWhy();

private:
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port())); }

    std::unique_ptr<vt::test::OkServer> m_server;
};

void TestTlsTrust::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    const std::optional<QSslConfiguration> tls = serverTls();
    QVERIFY2(tls, "the test CA's server certificate and key (tests/data/tls)");
    m_server = std::make_unique<vt::test::OkServer>(tls);
    QVERIFY(m_server->listen());
}

void TestTlsTrust::theInspectingCaIsTrustedOnlyWithTheBundle()
{
    vt::net::PlatformClient client(url());
    client.setTimeout(10000);
    vt::net::ApiResult r = get(client);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
            || r.error.message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
        qPrintable(r.error.message));

    const vt::Result<QList<QSslCertificate>> ca = vt::net::TlsTrust::loadBundle(tlsData("ca.pem"));
    QVERIFY2(ca, qPrintable(ca.error()));
    // The same client, once the setting gives it the bundle.
    client.setSslConfiguration(vt::net::TlsTrust::configuration(*ca));
    r = get(client);
    QVERIFY2(r.status == 200, qPrintable(r.error.message));
    QCOMPARE(r.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const vt::Result<QList<QSslCertificate>> other
        = vt::net::TlsTrust::loadBundle(tlsData("other-ca.pem"));
    QVERIFY(other);
    vt::net::PlatformClient wrong(url());
    wrong.setSslConfiguration(vt::net::TlsTrust::configuration(*other));
    QCOMPARE(get(wrong).status, 0);
}

void TestTlsTrust::aBundleThatCannotBeUsedSaysWhy()
{
    const vt::Result<QList<QSslCertificate>> missing
        = vt::net::TlsTrust::loadBundle(QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(!missing);
    const QString error = missing.error();
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(error));
    QTemporaryDir dir;
    const QString notPem = dir.filePath(QStringLiteral("ca.pem"));
    QFile f(notPem);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a certificate\n");
    f.close();
    const vt::Result<QList<QSslCertificate>> notCertificates
        = vt::net::TlsTrust::loadBundle(notPem);
    QVERIFY(!notCertificates);
    QVERIFY2(notCertificates.error().contains(QStringLiteral("no PEM certificate")),
        qPrintable(notCertificates.error()));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "TestTlsTrust.moc"
