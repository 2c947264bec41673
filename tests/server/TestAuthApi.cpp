// Sign-in and tokens over real HTTP: the password and refresh_token grants, rotation,
// revocation, throttling, and what the API does with missing, forged or expired tokens.
#include "DemoPlatform.h"
#include "auth/Jwt.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using vt::test::ApiClient;

namespace {

QByteArray form(std::initializer_list<std::pair<QString, QString>> fields)
{
    QUrlQuery q;
    for (const auto& [k, v] : fields)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q.toString(QUrl::FullyEncoded).toUtf8();
}

const QList<QPair<QByteArray, QByteArray>> formType{
    {"Content-Type", "application/x-www-form-urlencoded"}};

} // namespace

class TestAuthApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordGrantIssuesTokens();
    void jsonBodyWorksToo();
    void wrongPasswordAndUnknownEmailLookAlike();
    void malformedTokenRequests_data();
    void malformedTokenRequests();
    void refreshTokensRotate();
    void revokedFamilyCannotRefresh();
    void meDescribesTheCaller_data();
    void meDescribesTheCaller();
    void badBearerTokens_data();
    void badBearerTokens();
    void signInIsThrottled();

private:
    ApiClient::Reply tokenRequest(
        const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers = formType)
    {
        return m_demo.api().request("POST", QStringLiteral("/api/v1/auth/token"), body, headers);
    }
    QByteArray secret() const;

    vt::test::DemoPlatform m_demo;
};

void TestAuthApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

QByteArray TestAuthApi::secret() const
{
    QFile file(const_cast<vt::test::DemoPlatform&>(m_demo).server().dataDir()
        + QStringLiteral("/jwt-secret"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

void TestAuthApi::passwordGrantIssuesTokens()
{
    const QString email = m_demo.email(QStringLiteral("sam.patel"));
    const ApiClient::Reply r
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("username"), email.toUpper()},
            {QStringLiteral("password"), m_demo.server().password(email)}}));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(body.value(QStringLiteral("role")).toString(), QStringLiteral("trainee"));
    QVERIFY(body.value(QStringLiteral("refresh_token")).toString().size() >= 40);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    // The access token is a JWT the platform signed, with the claims the client relies on.
    vt::server::JwtSigner signer(secret());
    QString why;
    const std::optional<vt::server::Claims> claims
        = signer.verify(body.value(QStringLiteral("access_token")).toString().toLatin1(),
            QDateTime::currentSecsSinceEpoch(), &why);
    QVERIFY2(claims, qPrintable(why));
    QCOMPARE(claims->subject, m_demo.userId(QStringLiteral("sam.patel")));
    QCOMPARE(claims->role, QStringLiteral("trainee"));
    QVERIFY(!claims->orgId.isEmpty());
    QVERIFY(claims->expiresAt - claims->issuedAt == 900);
}

void TestAuthApi::jsonBodyWorksToo()
{
    const QString email = m_demo.email(QStringLiteral("riley.chen"));
    const ApiClient::Reply r = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/auth/token"),
        QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("username"), email},
            {QStringLiteral("password"), m_demo.server().password(email)}},
        QString());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestAuthApi::wrongPasswordAndUnknownEmailLookAlike()
{
    const ApiClient::Reply wrong
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("username"), m_demo.email(QStringLiteral("alex.kim"))},
            {QStringLiteral("password"), QStringLiteral("nope")}}));
    const ApiClient::Reply unknown
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("username"), QStringLiteral("nobody@nowhere.example")},
            {QStringLiteral("password"), QStringLiteral("nope")}}));
    for (const ApiClient::Reply& r : {wrong, unknown}) {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(r.problemType(), QStringLiteral("invalid-grant"));
        QCOMPARE(
            r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(r.json().value(QStringLiteral("detail")).toString(),
            QStringLiteral("the email or password is wrong"));
    }
}

void TestAuthApi::malformedTokenRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("path"); // the field named, or empty for a malformed body
    QTest::newRow("no grant") << QByteArray("username=a@b.c&password=x")
                              << QByteArray("application/x-www-form-urlencoded")
                              << QStringLiteral("$.grant_type");
    QTest::newRow("unknown grant")
        << QByteArray("grant_type=client_credentials")
        << QByteArray("application/x-www-form-urlencoded") << QStringLiteral("$.grant_type");
    QTest::newRow("no password") << QByteArray("grant_type=password&username=a@b.c")
                                 << QByteArray("application/x-www-form-urlencoded")
                                 << QStringLiteral("$.password");
    QTest::newRow("no refresh token")
        << QByteArray("grant_type=refresh_token") << QByteArray("application/x-www-form-urlencoded")
        << QStringLiteral("$.refresh_token");
    QTest::newRow("password too long")
        << (QByteArray("grant_type=password&username=a@b.c&password=") + QByteArray(1100, 'x'))
        << QByteArray("application/x-www-form-urlencoded") << QStringLiteral("$.password");
    QTest::newRow("json wrong type")
        << QByteArray(R"({"grant_type":"password","username":5,"password":"x"})")
        << QByteArray("application/json") << QStringLiteral("$.username");
    QTest::newRow("truncated json")
        << QByteArray(R"({"grant_type":"pass)") << QByteArray("application/json") << QString();
    QTest::newRow("bad utf-8 form") << QByteArray("grant_type=password&username=%FF%FE&password=x")
                                    << QByteArray("application/x-www-form-urlencoded") << QString();
}

void TestAuthApi::malformedTokenRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, path);
    const ApiClient::Reply r = tokenRequest(body, {{"Content-Type", contentType}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    if (!path.isEmpty()) {
        QCOMPARE(r.problemType(), QStringLiteral("validation"));
        QCOMPARE(r.errorPaths().value(0), path);
    } else {
        QCOMPARE(r.problemType(), QStringLiteral("bad-request"));
    }
}

void TestAuthApi::refreshTokensRotate()
{
    const QString email = m_demo.email(QStringLiteral("jordan.lee"));
    QString refresh;
    QVERIFY(!m_demo.api().signIn(email, m_demo.server().password(email), &refresh).isEmpty());
    const ApiClient::Reply first
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refresh}}));
    QCOMPARE(first.status, 200);
    const QString next = first.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!next.isEmpty() && next != refresh);
    QVERIFY(m_demo.api()
                .get(QStringLiteral("/api/v1/me"),
                    first.json().value(QStringLiteral("access_token")).toString())
                .status
        == 200);
    // Used once: the old token no longer works, but a retry right after does not revoke the
    // successor (the client may simply have resent).
    const ApiClient::Reply again
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refresh}}));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("detail")).toString(),
        QStringLiteral("the refresh token was just used; use the newer one"));
    QCOMPARE(tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), next}}))
                 .status,
        200);
    // A token nobody issued.
    QCOMPARE(tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), QStringLiteral("forged")}}))
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
        QStringLiteral("invalid_grant"));
}

void TestAuthApi::revokedFamilyCannotRefresh()
{
    const QString email = m_demo.email(QStringLiteral("riley.chen"));
    QString refresh;
    QVERIFY(!m_demo.api().signIn(email, m_demo.server().password(email), &refresh).isEmpty());
    const ApiClient::Reply revoked
        = m_demo.api().request("POST", QStringLiteral("/api/v1/auth/revoke"),
            form({{QStringLiteral("token"), refresh}}), formType);
    QCOMPARE(revoked.status, 200);
    const ApiClient::Reply r
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refresh}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("detail")).toString(),
        QStringLiteral("the refresh token was revoked; sign in again"));
    // Revoking what is not a token is not an error (RFC 7009).
    QCOMPARE(m_demo.api()
                 .request("POST", QStringLiteral("/api/v1/auth/revoke"),
                     form({{QStringLiteral("token"), QStringLiteral("x")}}), formType)
                 .status,
        200);
}

void TestAuthApi::meDescribesTheCaller_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("team");
    QTest::addColumn<bool>("manages");
    QTest::newRow("trainee") << QStringLiteral("jordan.lee") << QStringLiteral("trainee")
                             << QStringLiteral("Summit Lending") << QStringLiteral("Refinance Desk")
                             << false;
    QTest::newRow("manager") << QStringLiteral("dana.reyes") << QStringLiteral("manager")
                             << QStringLiteral("Summit Lending") << QStringLiteral("Refinance Desk")
                             << true;
    QTest::newRow("admin") << QStringLiteral("alex.kim") << QStringLiteral("admin")
                           << QStringLiteral("Summit Lending") << QString() << false;
    QTest::newRow("hr") << QStringLiteral("morgan.hale") << QStringLiteral("hr")
                        << QStringLiteral("Summit Lending") << QString() << false;
    QTest::newRow("other org") << QStringLiteral("avery.stone") << QStringLiteral("trainee")
                               << QStringLiteral("Harbor Mortgage") << QStringLiteral("Harbor Team")
                               << false;
}

void TestAuthApi::meDescribesTheCaller()
{
    QFETCH(QString, who);
    QFETCH(QString, role);
    QFETCH(QString, org);
    QFETCH(QString, team);
    QFETCH(bool, manages);
    const ApiClient::Reply r = m_demo.api().get(QStringLiteral("/api/v1/me"), m_demo.token(who));
    QCOMPARE(r.status, 200);
    const QJsonObject me = r.json();
    QCOMPARE(
        me.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), role);
    QCOMPARE(me.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        m_demo.email(who));
    QCOMPARE(
        me.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")).toString(), org);
    QCOMPARE(
        me.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString(), team);
    QCOMPARE(me.value(QStringLiteral("team")).toObject().value(QStringLiteral("manages")).toBool(),
        manages);
}

void TestAuthApi::badBearerTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("detail");
    vt::server::JwtSigner ours(secret());
    vt::server::JwtSigner theirs("another platform's secret, at least 32 bytes long");
    vt::server::Claims claims;
    claims.subject = m_demo.userId(QStringLiteral("jordan.lee"));
    claims.orgId = QStringLiteral("x");
    claims.role = QStringLiteral("admin");
    claims.issuedAt = QDateTime::currentSecsSinceEpoch() - 3600;
    claims.expiresAt = QDateTime::currentSecsSinceEpoch() - 60;
    QTest::newRow("none") << QString() << QStringLiteral("no bearer token was sent");
    QTest::newRow("garbage") << QStringLiteral("abc") << QStringLiteral("the token is not a JWT");
    QTest::newRow("expired") << QString::fromLatin1(ours.sign(claims))
                             << QStringLiteral("the token has expired");
    claims.expiresAt = QDateTime::currentSecsSinceEpoch() + 600;
    QTest::newRow("other secret") << QString::fromLatin1(theirs.sign(claims))
                                  << QStringLiteral("the token's signature is wrong");
    // Signed by us, but the user is not in that org: a token cannot move a user between orgs.
    QTest::newRow("wrong org") << QString::fromLatin1(ours.sign(claims))
                               << QStringLiteral("the account is disabled or gone");
    const QByteArray unsigned_
        = QByteArray(R"({"alg":"none","typ":"JWT"})")
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '.' + ours.sign(claims).split('.').at(1) + '.';
    QTest::newRow("alg none") << QString::fromLatin1(unsigned_)
                              << QStringLiteral("the token's algorithm is not HS256");
    claims.orgId = QStringLiteral("irrelevant");
    claims.type = QStringLiteral("voice");
    QTest::newRow("voice token") << QString::fromLatin1(ours.sign(claims))
                                 << QStringLiteral("the token is not an access token");
}

void TestAuthApi::badBearerTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, detail);
    const ApiClient::Reply r = m_demo.api().get(QStringLiteral("/api/v1/me"), token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.problemType(), QStringLiteral("unauthenticated"));
    QCOMPARE(r.json().value(QStringLiteral("detail")).toString(), detail);
    QVERIFY(r.header("www-authenticate")
                .startsWith("Bearer realm=\"voicetraining\", error=\"invalid_token\""));
}

void TestAuthApi::signInIsThrottled()
{
    // Five failures for an account, then even the right password waits.
    const QString email = m_demo.email(QStringLiteral("quinn.rivera"));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                  {QStringLiteral("username"), email},
                                  {QStringLiteral("password"), QStringLiteral("wrong")}}))
                     .status,
            400);
    }
    const ApiClient::Reply r
        = tokenRequest(form({{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("username"), email},
            {QStringLiteral("password"), m_demo.server().password(email)}}));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.problemType(), QStringLiteral("rate-limited"));
    const int retryAfter = r.header("retry-after").toInt();
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, r.header("retry-after"));
    // Other accounts are not affected.
    const QString other = m_demo.email(QStringLiteral("avery.stone"));
    QVERIFY(!m_demo.api().signIn(other, m_demo.server().password(other)).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "TestAuthApi.moc"
