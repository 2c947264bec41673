#include "Redaction.h"

#include <QTest>

using vt::app::redactSecrets;

class TestRedaction final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void masksSecrets_data();
    void masksSecrets();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
};

void TestRedaction::masksSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    const QString jwt = QStringLiteral(
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSIsIm9yZ19pZCI6Im8xIn0.c2lnbmF0dXJlLWJ5dGVz");
    QTest::newRow("bearer header")
        << QStringLiteral("Authorization: Bearer abc.def-123") << "abc.def-123";
    QTest::newRow("bearer lower") << QStringLiteral("sending bearer s3cr3tT0ken") << "s3cr3tT0ken";
    QTest::newRow("basic header") << QStringLiteral("Authorization: Basic dXNlcjpwYXNz")
                                  << "dXNlcjpwYXNz";
    QTest::newRow("json header map")
        << QStringLiteral(R"({"Authorization": "Bearer xyz987"})") << "xyz987";
    QTest::newRow("json password")
        << QStringLiteral(R"({"username":"dana","password":"hunter2"})") << "hunter2";
    QTest::newRow("json password escaped quote")
        << QStringLiteral(R"({"password":"a\"b c"})") << "b c";
    QTest::newRow("json access token")
        << QStringLiteral(R"({"access_token": "tok-1234"})") << "tok-1234";
    QTest::newRow("json refresh token")
        << QStringLiteral(R"({"refresh_token":"rt_5678"})") << "rt_5678";
    QTest::newRow("json client secret")
        << QStringLiteral(R"({"client_secret":"cs_999"})") << "cs_999";
    QTest::newRow("form body") << QStringLiteral(
        "grant_type=password&username=dana&password=hunter2")
                               << "hunter2";
    QTest::newRow("query token") << QStringLiteral("GET /cb?code_verifier=v3r1f1er&state=1")
                                 << "v3r1f1er";
    QTest::newRow("query access token")
        << QStringLiteral("https://x/?access_token=qqq111") << "qqq111";
    QTest::newRow("url credentials")
        << QStringLiteral("https://dana:hunter2@example.com/api") << "hunter2";
    QTest::newRow("bare jwt") << QStringLiteral("token is ") + jwt << jwt;
    QTest::newRow("jwt in json other key")
        << QStringLiteral(R"({"t":")") + jwt + QStringLiteral("\"}") << jwt;
}

void TestRedaction::masksSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = redactSecrets(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(QLatin1String("<redacted")), qPrintable(redacted));
}

void TestRedaction::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sentence") << QStringLiteral("Loaded 3 scenarios from https://example.com/api");
    QTest::newRow("word token") << QStringLiteral("the tokenizer split 12 tokens");
    QTest::newRow("password prose") << QStringLiteral("password prompt shown");
    QTest::newRow("json non-secret") << QStringLiteral(R"({"username":"dana","score":87})");
    QTest::newRow("device") << QStringLiteral(
        "opened device \"HDA Intel: ALC257 (hw:0,0)\" at 48000 Hz");
}

void TestRedaction::keepsOrdinaryText()
{
    QFETCH(QString, text);
    QCOMPARE(redactSecrets(text), text);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
