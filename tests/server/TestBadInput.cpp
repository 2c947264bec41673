// Malformed and hostile request bodies, over real HTTP: each gets a 4xx problem+json that
// names what is wrong (the field's JSONPath where there is one), nothing already saved is
// touched, and the server keeps serving.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include <QJsonArray>
#include <QTest>

using vt::test::ApiClient;

namespace {

// A completion body with one field replaced (or removed, with an undefined value).
QByteArray completionWith(const QString& field, const QJsonValue& value)
{
    QJsonObject body = vt::test::completionBody(
        vt::test::seedTranscript(QStringLiteral("first-time-buyer")), 97);
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject nested(int depth)
{
    QJsonObject o{{QStringLiteral("leaf"), 1}};
    for (int i = 0; i < depth; ++i)
        o = QJsonObject{{QStringLiteral("a"), o}};
    return o;
}

QJsonObject utteranceWith(const QString& field, const QJsonValue& value)
{
    QJsonObject t = vt::test::seedTranscript(QStringLiteral("first-time-buyer"));
    QJsonArray u = t.value(QStringLiteral("utterances")).toArray();
    QJsonObject first = u.first().toObject();
    first.insert(field, value);
    u.replace(0, first);
    t.insert(QStringLiteral("utterances"), u);
    return t;
}

} // namespace

class TestBadInput final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completionBodies_data();
    void completionBodies();
    void otherBodies_data();
    void otherBodies();
    void unknownFieldsAreIgnored();
    void nothingWasSavedAndTheServerServes();

private:
    vt::test::DemoPlatform m_demo;
    QString m_attempt; // in progress, never completed by the bad bodies
};

void TestBadInput::initTestCase()
{
    QString error;
    // A small body limit, so "too large" is cheap to send.
    QVERIFY2(m_demo.start(&error, {QStringLiteral("--max-body"), QStringLiteral("256K")}),
        qPrintable(error));
    const ApiClient::Reply call = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
            m_demo.scenarioId(QStringLiteral("sam.patel"), QStringLiteral("First"))}},
        m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(call.status, 201);
    m_attempt = call.json().value(QStringLiteral("attempt_id")).toString();
}

void TestBadInput::completionBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named"); // the path in errors[0], or a part of `detail`
    const QByteArray json = "application/json";
    QTest::newRow("truncated") << completionWith({}, {}).left(120) << json << 400
                               << QStringLiteral("not valid JSON at byte");
    QTest::newRow("empty") << QByteArray() << json << 400 << QStringLiteral("the body is empty");
    QTest::newRow("array") << QByteArray("[1,2]") << json << 400
                           << QStringLiteral("must be an object");
    QTest::newRow("score as text")
        << completionWith(QStringLiteral("score"), QStringLiteral("high")) << json << 422
        << QStringLiteral("$.score");
    QTest::newRow("score above 100")
        << completionWith(QStringLiteral("score"), 101) << json << 422 << QStringLiteral("$.score");
    QTest::newRow("duration as text")
        << completionWith(QStringLiteral("duration_ms"), QStringLiteral("10")) << json << 422
        << QStringLiteral("$.duration_ms");
    QTest::newRow("negative duration") << completionWith(QStringLiteral("duration_ms"), -5) << json
                                       << 422 << QStringLiteral("$.duration_ms");
    QTest::newRow("fractional duration") << completionWith(QStringLiteral("duration_ms"), 1.5)
                                         << json << 422 << QStringLiteral("$.duration_ms");
    QTest::newRow("interrupted as text")
        << completionWith(QStringLiteral("interrupted"), QStringLiteral("yes")) << json << 422
        << QStringLiteral("$.interrupted");
    QTest::newRow("missing transcript")
        << completionWith(QStringLiteral("transcript"), QJsonValue(QJsonValue::Undefined)) << json
        << 422 << QStringLiteral("$.transcript");
    QTest::newRow("null required")
        << completionWith(QStringLiteral("scoring_version"), QJsonValue(QJsonValue::Null)) << json
        << 422 << QStringLiteral("$.scoring_version");
    QTest::newRow("transcript as array") << completionWith(QStringLiteral("transcript"),
        QJsonArray()) << json << 422 << QStringLiteral("$.transcript");
    QTest::newRow("time without zone")
        << completionWith(QStringLiteral("started_at"), QStringLiteral("2026-11-21T09:30:00"))
        << json << 422 << QStringLiteral("$.started_at");
    QTest::newRow("ended before started")
        << completionWith(QStringLiteral("ended_at"), QStringLiteral("2026-11-20T09:30:00Z"))
        << json << 422 << QStringLiteral("$.ended_at");
    QTest::newRow("latency as text") << completionWith(
        QStringLiteral("turn_latencies_ms"), QJsonArray{100, QStringLiteral("slow")})
                                     << json << 422 << QStringLiteral("$.turn_latencies_ms[1]");
    QTest::newRow("unknown ended_by")
        << completionWith(QStringLiteral("ended_by"), QStringLiteral("boredom")) << json << 422
        << QStringLiteral("$.ended_by");
    QTest::newRow("long version") << completionWith(
        QStringLiteral("client_version"), QString(100'000, QLatin1Char('v')))
                                  << json << 422 << QStringLiteral("$.client_version");
    QTest::newRow("huge string") << completionWith(QStringLiteral("kpis"),
        QJsonObject{{QStringLiteral("note"), QString(300'000, QLatin1Char('x'))}})
                                 << json << 413 << QStringLiteral("at most 262144");
    QTest::newRow("deep nesting") << completionWith(QStringLiteral("kpis"),
        nested(40)) << json << 400 << QStringLiteral("nesting deeper than 32 levels at $.kpis.a.a");
    QTest::newRow("bad utf-8") << QByteArray("{\"score\": \"\xff\xfe\"}") << json << 400
                               << QStringLiteral("not valid UTF-8");
    QTest::newRow("not json") << completionWith({}, {}) << QByteArray("text/plain") << 415
                              << QStringLiteral("application/json");
    QTest::newRow("speaker unknown")
        << completionWith(QStringLiteral("transcript"),
               utteranceWith(QStringLiteral("speaker"), QStringLiteral("bot")))
        << json << 422 << QStringLiteral("$.transcript.utterances[0].speaker");
    QTest::newRow("negative start")
        << completionWith(
               QStringLiteral("transcript"), utteranceWith(QStringLiteral("start_ms"), -1))
        << json << 422 << QStringLiteral("$.transcript.utterances[0].start_ms");
    QTest::newRow("text as number")
        << completionWith(QStringLiteral("transcript"), utteranceWith(QStringLiteral("text"), 5))
        << json << 422 << QStringLiteral("$.transcript.utterances[0].text");
}

void TestBadInput::completionBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, named);
    const ApiClient::Reply r
        = m_demo.api().request("PUT", QStringLiteral("/api/v1/attempts/") + m_attempt, body,
            {{"Content-Type", contentType}}, m_demo.token(QStringLiteral("sam.patel")));
    QVERIFY2(r.status == status,
        qPrintable(QString::number(r.status) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject problem = r.json();
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
    if (named.startsWith(QLatin1Char('$')) && status == 422) {
        QCOMPARE(r.errorPaths().value(0), named);
        QVERIFY(problem.value(QStringLiteral("detail")).toString().startsWith(named));
    } else {
        QVERIFY2(problem.value(QStringLiteral("detail")).toString().contains(named),
            qPrintable(problem.value(QStringLiteral("detail")).toString()));
    }
}

void TestBadInput::otherBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");
    QTest::newRow("call: no scenario")
        << QByteArray("POST") << QStringLiteral("/api/v1/calls") << QByteArray("{}") << 422
        << QStringLiteral("$.scenario_id");
    QTest::newRow("call: id not a uuid")
        << QByteArray("POST") << QStringLiteral("/api/v1/calls")
        << QByteArray(R"({"scenario_id":"refi"})") << 422 << QStringLiteral("$.scenario_id");
    QTest::newRow("call: assignment a number")
        << QByteArray("POST") << QStringLiteral("/api/v1/calls")
        << QByteArray(R"({"scenario_id":"0b7c0c5e-8d3c-4e0f-9c55-4f1a7c7e2d10","assignment_id":7})")
        << 422 << QStringLiteral("$.assignment_id");
    QTest::newRow("call: unknown scenario")
        << QByteArray("POST") << QStringLiteral("/api/v1/calls")
        << QByteArray(R"({"scenario_id":"0b7c0c5e-8d3c-4e0f-9c55-4f1a7c7e2d10"})") << 422
        << QStringLiteral("$.scenario_id");
    QTest::newRow("comment: empty body")
        << QByteArray("POST") << QStringLiteral("/api/v1/attempts/{riley}/comments")
        << QByteArray(R"({"body":""})") << 422 << QStringLiteral("$.body");
    QTest::newRow("comment: blank body")
        << QByteArray("POST") << QStringLiteral("/api/v1/attempts/{riley}/comments")
        << QByteArray(R"({"body":"   "})") << 422 << QStringLiteral("$.body");
    QTest::newRow("comment: too long")
        << QByteArray("POST") << QStringLiteral("/api/v1/attempts/{riley}/comments")
        << (QByteArray(R"({"body":")") + QByteArray(5000, 'x') + "\"}") << 422
        << QStringLiteral("$.body");
    QTest::newRow("comment: span wrong type")
        << QByteArray("POST") << QStringLiteral("/api/v1/attempts/{riley}/comments")
        << QByteArray(R"({"body":"ok","span":{"start_ms":"0","end_ms":5}})") << 422
        << QStringLiteral("$.span.start_ms");
    QTest::newRow("path id not a uuid")
        << QByteArray("GET") << QStringLiteral("/api/v1/attempts/..%2F..%2Fetc") << QByteArray()
        << 404 << QString();
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/api/v2/attempts")
                                  << QByteArray() << 404 << QString();
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/api/v1/attempts")
                                  << QByteArray() << 405 << QString();
}

void TestBadInput::otherBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, named);
    path.replace(QStringLiteral("{riley}"),
        m_demo.latestAttempt(QStringLiteral("riley.chen")).value(QStringLiteral("id")).toString());
    const ApiClient::Reply r = m_demo.api().request(method, path, body,
        {{"Content-Type", "application/json"}}, m_demo.token(QStringLiteral("dana.reyes")));
    QVERIFY2(r.status == status,
        qPrintable(QString::number(r.status) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    if (!named.isEmpty())
        QCOMPARE(r.errorPaths().value(0), named);
    if (status == 405)
        QCOMPARE(r.header("allow"), QByteArray("GET"));
}

void TestBadInput::unknownFieldsAreIgnored()
{
    const ApiClient::Reply call = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
                        m_demo.scenarioId(QStringLiteral("sam.patel"), QStringLiteral("First"))},
            {QStringLiteral("favourite_colour"), QStringLiteral("teal")}},
        m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(call.status, 201);
    QJsonObject body = vt::test::completionBody(
        vt::test::seedTranscript(QStringLiteral("first-time-buyer")), 97);
    body.insert(
        QStringLiteral("extra"), QJsonObject{{QStringLiteral("anything"), QJsonArray{1, 2}}});
    const ApiClient::Reply r = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/")
            + call.json().value(QStringLiteral("attempt_id")).toString(),
        body, m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(r.status, 200);
}

void TestBadInput::nothingWasSavedAndTheServerServes()
{
    const ApiClient::Reply attempt = m_demo.api().get(
        QStringLiteral("/api/v1/attempts/") + m_attempt, m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(attempt.status, 200);
    QCOMPARE(
        attempt.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(m_demo.api().get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_demo.server().process().state(), QProcess::Running);
    QVERIFY(!m_demo.server().output().contains("internal"));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
