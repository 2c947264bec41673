// HS256 tokens: what sign() writes verifies, and every way a token can be wrong is refused.
#include "auth/Jwt.h"

#include <QTest>

using namespace vt::server;

namespace {

constexpr qint64 now = 1'795'000'000;

Claims claims()
{
    Claims c;
    c.subject = QStringLiteral("u1");
    c.orgId = QStringLiteral("o1");
    c.role = QStringLiteral("manager");
    c.id = QStringLiteral("j1");
    c.issuedAt = now;
    c.expiresAt = now + 900;
    return c;
}

QByteArray b64(const QByteArray& s)
{
    return s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestJwt final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void refuses_data();
    void refuses();
};

void TestJwt::roundTrip()
{
    const JwtSigner signer("0123456789abcdef0123456789abcdef");
    Claims voice = claims();
    voice.type = QStringLiteral("voice");
    voice.attemptId = QStringLiteral("a1");
    QString why;
    const std::optional<Claims> back = signer.verify(signer.sign(voice), now + 899, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->subject, QStringLiteral("u1"));
    QCOMPARE(back->orgId, QStringLiteral("o1"));
    QCOMPARE(back->role, QStringLiteral("manager"));
    QCOMPARE(back->type, QStringLiteral("voice"));
    QCOMPARE(back->attemptId, QStringLiteral("a1"));
    QCOMPARE(back->expiresAt, now + 900);
    // The header is exactly HS256/JWT.
    QCOMPARE(QByteArray::fromBase64(
                 signer.sign(voice).split('.').first(), QByteArray::Base64UrlEncoding),
        QByteArray(R"({"alg":"HS256","typ":"JWT"})"));
}

void TestJwt::refuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("why");
    const JwtSigner signer("0123456789abcdef0123456789abcdef");
    const QByteArray good = signer.sign(claims());
    const QList<QByteArray> parts = good.split('.');
    Claims expired = claims();
    expired.expiresAt = now;
    Claims noOrg = claims();
    noOrg.orgId.clear();
    QTest::newRow("expired") << signer.sign(expired) << QStringLiteral("the token has expired");
    QTest::newRow("other key") << JwtSigner("another key, also long enough....").sign(claims())
                               << QStringLiteral("the token's signature is wrong");
    QTest::newRow("payload swapped") << QByteArray(parts[0] + '.'
        + b64(
            R"({"iss":"voicetraining-server","sub":"admin","org_id":"o1","role":"admin","exp":1900000000})")
        + '.' + parts[2]) << QStringLiteral("the token's signature is wrong");
    QTest::newRow("alg none") << QByteArray(b64(R"({"alg":"none"})") + '.' + parts[1] + '.')
                              << QStringLiteral("the token's algorithm is not HS256");
    QTest::newRow("alg HS512") << QByteArray(b64(R"({"alg":"HS512"})") + '.' + parts[1] + '.'
        + parts[2]) << QStringLiteral("the token's algorithm is not HS256");
    QTest::newRow("two parts") << QByteArray(parts[0] + '.' + parts[1])
                               << QStringLiteral("the token is not a JWT");
    QTest::newRow("four parts") << QByteArray(good + ".x")
                                << QStringLiteral("the token is not a JWT");
    QTest::newRow("not base64") << QByteArray("!!!." + parts[1] + '.' + parts[2])
                                << QStringLiteral("the token's algorithm is not HS256");
    QTest::newRow("missing org") << signer.sign(noOrg) << QStringLiteral("the token lacks claims");
    QTest::newRow("huge") << QByteArray(5000, 'a') << QStringLiteral("the token is too long");
}

void TestJwt::refuses()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, why);
    const JwtSigner signer("0123456789abcdef0123456789abcdef");
    QString reason;
    QVERIFY(!signer.verify(token, now + 1, &reason));
    QCOMPARE(reason, why);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
