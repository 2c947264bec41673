// The API's request bodies, as both ends validate them: every field's rule and the JSONPath
// in its error.
#include "ApiRequests.h"

#include <QTest>

using namespace vt::protocol;

class TestApiRequests final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenRequestFromFormAndJson();
    void tokenRequestErrors();
    void callStart();
    void attemptCompletion();
    void attemptCompletionErrorsAll();
    void commentRules();
    void timestampsNeedAZone();
    void pathsQuoteOddNames();
};

void TestApiRequests::tokenRequestFromFormAndJson()
{
    const Parsed<TokenRequest> form
        = parseTokenRequest("grant_type=password&username=a%40b.example&password=p+w%26",
            "application/x-www-form-urlencoded; charset=UTF-8");
    QVERIFY(form);
    QCOMPARE(form->username, QStringLiteral("a@b.example"));
    QCOMPARE(form->password, QStringLiteral("p w&"));
    const Parsed<TokenRequest> json = parseTokenRequest(
        R"({"grant_type":"refresh_token","refresh_token":"r1"})", "application/json");
    QVERIFY(json);
    QCOMPARE(json->grant, TokenRequest::Grant::RefreshToken);
    QCOMPARE(json->refreshToken, QStringLiteral("r1"));
}

void TestApiRequests::tokenRequestErrors()
{
    QCOMPARE(parseTokenRequest("grant_type=password", "application/x-www-form-urlencoded")
                 .error()
                 .fields.paths(),
        (QStringList{QStringLiteral("$.username"), QStringLiteral("$.password")}));
    QCOMPARE(parseTokenRequest("grant_type=implicit", "application/x-www-form-urlencoded")
                 .error()
                 .fields.list()
                 .first()
                 .message,
        QStringLiteral("must be one of \"password\", \"refresh_token\", \"authorization_code\""));
    // The code grant: every field it needs, and a verifier in RFC 7636's alphabet.
    QCOMPARE(parseTokenRequest("grant_type=authorization_code", "application/x-www-form-urlencoded")
                 .error()
                 .fields.paths(),
        (QStringList{QStringLiteral("$.code"), QStringLiteral("$.redirect_uri"),
            QStringLiteral("$.client_id"), QStringLiteral("$.code_verifier")}));
    QCOMPARE(parseTokenRequest("grant_type=authorization_code&code=c&redirect_uri=r&client_id=i"
                               "&code_verifier=not%20a%20verifier",
                 "application/x-www-form-urlencoded")
                 .error()
                 .fields.paths(),
        (QStringList{QStringLiteral("$.code_verifier")}));
    const Parsed<TokenRequest> code = parseTokenRequest(
        "grant_type=authorization_code&code=c1&redirect_uri=http%3A%2F%2F127.0.0.1%3A5%2Fcb"
        "&client_id=voicetraining-desktop&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_"
        "wW1gFWFOEjXk",
        "application/x-www-form-urlencoded");
    QVERIFY(code);
    QCOMPARE(code->grant, TokenRequest::Grant::AuthorizationCode);
    QCOMPARE(code->redirectUri, QStringLiteral("http://127.0.0.1:5/cb"));
    QVERIFY(!parseTokenRequest(QByteArray(70 * 1024, 'a'), "application/x-www-form-urlencoded")
                 .error()
                 .malformed.isEmpty());
}

void TestApiRequests::callStart()
{
    const Parsed<CallStart> ok = parseCallStart(
        R"({"scenario_id":"0B7C0C5E-8D3C-4E0F-9C55-4F1A7C7E2D10","assignment_id":null})");
    QVERIFY(ok);
    QCOMPARE(ok->scenarioId, QStringLiteral("0b7c0c5e-8d3c-4e0f-9c55-4f1a7c7e2d10"));
    QVERIFY(!ok->assignmentId);
    QCOMPARE(parseCallStart(R"({"scenario_id":"x","assignment_id":"y","client_version":1})")
                 .error()
                 .fields.paths(),
        (QStringList{QStringLiteral("$.scenario_id"), QStringLiteral("$.assignment_id"),
            QStringLiteral("$.client_version")}));
}

void TestApiRequests::attemptCompletion()
{
    const Parsed<AttemptCompletion> p = parseAttemptCompletion(R"({
        "started_at":"2026-11-21T09:30:00+01:00","ended_at":"2026-11-21T08:31:00.5Z","duration_ms":60500,
        "transcript":{"utterances":[]},"score":72.5,"scoring_version":"1.0.0",
        "turn_latencies_ms":[0,600000],"interrupted":true,"ended_by":"time_limit"})");
    QVERIFY2(p, qPrintable(p.error().summary()));
    QCOMPARE(p->startedAt.toMSecsSinceEpoch(),
        QDateTime::fromString(QStringLiteral("2026-11-21T08:30:00Z"), Qt::ISODate)
            .toMSecsSinceEpoch());
    QCOMPARE(p->endedAt.time().msec(), 500);
    QCOMPARE(p->turnLatenciesMs, (QList<qint64>{0, 600000}));
    QCOMPARE(p->endedBy, QStringLiteral("time_limit"));
    QCOMPARE(p->score, 72.5);
}

void TestApiRequests::attemptCompletionErrorsAll()
{
    // Every wrong field is reported at once, in field order.
    const Parsed<AttemptCompletion> p = parseAttemptCompletion(R"({
        "started_at":"yesterday","duration_ms":-1,"transcript":[],"score":"a","scoring_version":"",
        "turn_latencies_ms":[1,"x",-5],"interrupted":0,"ended_by":"nobody"})");
    QVERIFY(!p);
    QCOMPARE(p.error().fields.paths(),
        (QStringList{QStringLiteral("$.started_at"), QStringLiteral("$.ended_at"),
            QStringLiteral("$.duration_ms"), QStringLiteral("$.transcript"),
            QStringLiteral("$.score"), QStringLiteral("$.scoring_version"),
            QStringLiteral("$.turn_latencies_ms[1]"), QStringLiteral("$.turn_latencies_ms[2]"),
            QStringLiteral("$.interrupted"), QStringLiteral("$.ended_by")}));
    QCOMPARE(p.error().fields.list().at(1).message, QStringLiteral("is required"));
    QCOMPARE(
        p.error().fields.list().at(3).message, QStringLiteral("must be an object, not an array"));
}

void TestApiRequests::commentRules()
{
    QVERIFY(parseCommentCreate(R"({"body":"Good","span":{"start_ms":0,"end_ms":0}})"));
    QCOMPARE(parseCommentCreate(R"({"body":" \n ","span":{"start_ms":9}})").error().fields.paths(),
        (QStringList{QStringLiteral("$.body"), QStringLiteral("$.span.end_ms")}));
}

void TestApiRequests::timestampsNeedAZone()
{
    for (const char* bad :
        {"2026-11-21", "2026-11-21T09:30:00", "2026-13-40T09:30:00Z", "21/11/2026 09:30"}) {
        const QByteArray body = QByteArray(R"({"started_at":")") + bad
            + R"(","ended_at":"2026-11-21T09:30:00Z","duration_ms":1,"transcript":{},"score":1,"scoring_version":"1"})";
        QCOMPARE(parseAttemptCompletion(body).error().fields.paths(),
            QStringList{QStringLiteral("$.started_at")});
    }
}

void TestApiRequests::pathsQuoteOddNames()
{
    QCOMPARE(childPath(QStringLiteral("$"), u"plain_name"), QStringLiteral("$.plain_name"));
    QCOMPARE(childPath(QStringLiteral("$"), u"with space"), QStringLiteral("$['with space']"));
    QCOMPARE(childPath(QStringLiteral("$.a"), u"it's"), QStringLiteral("$.a['it\\'s']"));
    QCOMPARE(indexPath(QStringLiteral("$.a"), 3), QStringLiteral("$.a[3]"));
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "TestApiRequests.moc"
