// Every endpoint × every role × an object of the caller's org and of another org, with the
// exact status expected. Another org's object is always a 404 (or the role's own 403, which
// does not depend on the object), never a 403 that would confirm it exists.
#include "ApiFixtures.h"
#include "CallRecorder.h"
#include "DemoPlatform.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using vt::test::ApiClient;

namespace {

const QStringList roles{QStringLiteral("trainee"), QStringLiteral("manager"),
    QStringLiteral("admin"), QStringLiteral("hr")};
const QHash<QString, QString> people{{QStringLiteral("trainee"), QStringLiteral("jordan.lee")},
    {QStringLiteral("manager"), QStringLiteral("dana.reyes")},
    {QStringLiteral("admin"), QStringLiteral("alex.kim")},
    {QStringLiteral("hr"), QStringLiteral("morgan.hale")}};

struct Case {
    QString name;
    QByteArray method;
    QString own;   // path with an object of the caller's org ("" when none applies)
    QString other; // the same with another org's object
    QByteArray body;
    QByteArray contentType;
    QList<int> ownStatus;   // trainee, manager, admin, hr
    QList<int> otherStatus; // trainee, manager, admin, hr
};

QByteArray oggRecording()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.opus"));
    {
        vt::audio::CallRecorder recorder(path.toStdString());
        std::array<float, vt::audio::frameSamples> frame{};
        for (int i = 0; i < 100; ++i)
            recorder.write(frame, frame);
        recorder.finish();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTenancyMatrix final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();

private:
    vt::test::DemoPlatform m_demo;
    QList<Case> m_cases;
};

void TestTenancyMatrix::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    ApiClient& api = m_demo.api();
    const QString riley
        = m_demo.latestAttempt(QStringLiteral("riley.chen")).value(QStringLiteral("id")).toString();
    const QString avery = m_demo.latestAttempt(QStringLiteral("avery.stone"))
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY(!riley.isEmpty() && !avery.isEmpty());
    const QByteArray ogg = oggRecording();
    for (const auto& [who, attempt] : {std::pair{QStringLiteral("riley.chen"), riley},
             std::pair{QStringLiteral("avery.stone"), avery}}) {
        QCOMPARE(api.request("PUT", QStringLiteral("/api/v1/attempts/%1/recording").arg(attempt),
                        ogg, {{"Content-Type", "audio/ogg"}}, m_demo.token(who))
                     .status,
            200);
    }
    const QString ownScenario
        = m_demo.scenarioId(QStringLiteral("jordan.lee"), QStringLiteral("Rate"));
    const QString otherScenario
        = m_demo.scenarioId(QStringLiteral("avery.stone"), QStringLiteral("First"));
    const QString draft = m_demo.scenarioId(QStringLiteral("alex.kim"), QStringLiteral("Home"));
    const QString track
        = api.get(QStringLiteral("/api/v1/tracks"), m_demo.token(QStringLiteral("jordan.lee")))
              .json()
              .value(QStringLiteral("items"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("id"))
              .toString();
    const QString nowhere = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const auto teamOf = [&](const QString& who) {
        return api.get(QStringLiteral("/api/v1/me"), m_demo.token(who))
            .json()
            .value(QStringLiteral("team"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    };
    const QString desk = teamOf(QStringLiteral("dana.reyes"));
    const QString harborTeam = teamOf(QStringLiteral("casey.nguyen"));
    const QByteArray completion = QJsonDocument(
        vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 100))
                                      .toJson();
    const QByteArray json = "application/json";
    const QByteArray comment = R"({"body":"Nice opening."})";
    const auto call = [](const QString& scenario) {
        return QStringLiteral("{\"scenario_id\":\"%1\"}").arg(scenario).toUtf8();
    };
    const QString rileyUser = m_demo.userId(QStringLiteral("riley.chen"));
    const QString averyUser = m_demo.userId(QStringLiteral("avery.stone"));
    // clang-format off
    m_cases = {
        {QStringLiteral("me"), "GET", QStringLiteral("/api/v1/me"), QString(), {}, {}, {200, 200, 200, 200}, {}},
        {QStringLiteral("scenarios"), "GET", QStringLiteral("/api/v1/scenarios"), QString(), {}, {}, {200, 200, 200, 200}, {}},
        {QStringLiteral("scenario"), "GET", QStringLiteral("/api/v1/scenarios/") + ownScenario, QStringLiteral("/api/v1/scenarios/") + otherScenario, {}, {}, {200, 200, 200, 200}, {404, 404, 404, 404}},
        {QStringLiteral("draft scenario"), "GET", QStringLiteral("/api/v1/scenarios/") + draft, QString(), {}, {}, {404, 200, 200, 404}, {}},
        {QStringLiteral("tracks"), "GET", QStringLiteral("/api/v1/tracks"), QString(), {}, {}, {200, 200, 200, 200}, {}},
        {QStringLiteral("track"), "GET", QStringLiteral("/api/v1/tracks/") + track, QStringLiteral("/api/v1/tracks/") + nowhere, {}, {}, {200, 200, 200, 200}, {404, 404, 404, 404}},
        {QStringLiteral("assignments"), "GET", QStringLiteral("/api/v1/assignments"), QString(), {}, {}, {200, 200, 200, 200}, {}},
        {QStringLiteral("start call"), "POST", QStringLiteral("/api/v1/calls#") + ownScenario, QStringLiteral("/api/v1/calls#") + otherScenario, {}, json, {201, 201, 201, 403}, {422, 422, 422, 403}},
        {QStringLiteral("attempts"), "GET", QStringLiteral("/api/v1/attempts"), QString(), {}, {}, {200, 200, 200, 200}, {}},
        {QStringLiteral("attempts of a user"), "GET", QStringLiteral("/api/v1/attempts?user=") + rileyUser, QStringLiteral("/api/v1/attempts?user=") + averyUser, {}, {}, {403, 200, 200, 200}, {404, 404, 404, 404}},
        {QStringLiteral("attempts of a team"), "GET", QStringLiteral("/api/v1/attempts?team=") + desk, QStringLiteral("/api/v1/attempts?team=") + harborTeam, {}, {}, {403, 200, 200, 200}, {404, 404, 404, 404}},
        {QStringLiteral("attempt"), "GET", QStringLiteral("/api/v1/attempts/") + riley, QStringLiteral("/api/v1/attempts/") + avery, {}, {}, {403, 200, 200, 200}, {404, 404, 404, 404}},
        {QStringLiteral("complete attempt"), "PUT", QStringLiteral("/api/v1/attempts/") + riley, QStringLiteral("/api/v1/attempts/") + avery, completion, json, {403, 403, 403, 403}, {404, 404, 404, 403}},
        {QStringLiteral("upload recording"), "PUT", QStringLiteral("/api/v1/attempts/%1/recording").arg(riley), QStringLiteral("/api/v1/attempts/%1/recording").arg(avery), ogg, "audio/ogg", {403, 403, 403, 403}, {404, 404, 404, 403}},
        {QStringLiteral("recording link"), "GET", QStringLiteral("/api/v1/attempts/%1/recording").arg(riley), QStringLiteral("/api/v1/attempts/%1/recording").arg(avery), {}, {}, {403, 302, 302, 302}, {404, 404, 404, 404}},
        {QStringLiteral("comment"), "POST", QStringLiteral("/api/v1/attempts/%1/comments").arg(riley), QStringLiteral("/api/v1/attempts/%1/comments").arg(avery), comment, json, {403, 201, 201, 403}, {403, 404, 404, 403}},
        {QStringLiteral("leaderboard, org"), "GET", QStringLiteral("/api/v1/leaderboard?scope=org"), QString(), {}, {}, {200, 200, 200, 200}, {}},
        {QStringLiteral("leaderboard, team"), "GET", QStringLiteral("/api/v1/leaderboard?scope=team"), QString(), {}, {}, {200, 200, 422, 422}, {}},
        {QStringLiteral("team"), "GET", QStringLiteral("/api/v1/team"), QString(), {}, {}, {403, 200, 200, 200}, {}},
        {QStringLiteral("team by id"), "GET", QStringLiteral("/api/v1/team?team=") + desk, QStringLiteral("/api/v1/team?team=") + harborTeam, {}, {}, {403, 200, 200, 200}, {403, 404, 404, 404}},
    };
    // clang-format on
    for (Case& c : m_cases) { // POST /calls: the scenario travels in the body
        if (c.own.contains(QLatin1Char('#'))) {
            c.body = call(c.own.section(QLatin1Char('#'), 1));
            c.own = c.own.section(QLatin1Char('#'), 0, 0);
            c.other = c.other.section(QLatin1Char('#'), 0, 0) + QLatin1Char('#')
                + c.other.section(QLatin1Char('#'), 1);
        }
    }
}

void TestTenancyMatrix::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    for (const Case& c : std::as_const(m_cases)) {
        for (qsizetype r = 0; r < roles.size(); ++r) {
            QTest::addRow("%s, %s, own org", qPrintable(c.name), qPrintable(roles[r]))
                << c.method << c.own << c.body << c.contentType << people.value(roles[r])
                << c.ownStatus[r];
            if (c.other.isEmpty())
                continue;
            QString path = c.other;
            QByteArray body = c.body;
            if (path.contains(QLatin1Char('#'))) {
                body = QStringLiteral("{\"scenario_id\":\"%1\"}")
                           .arg(path.section(QLatin1Char('#'), 1))
                           .toUtf8();
                path = path.section(QLatin1Char('#'), 0, 0);
            }
            QTest::addRow("%s, %s, other org", qPrintable(c.name), qPrintable(roles[r]))
                << c.method << path << body << c.contentType << people.value(roles[r])
                << c.otherStatus[r];
        }
    }
}

void TestTenancyMatrix::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, who);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const ApiClient::Reply r = m_demo.api().request(method, path, body, headers, m_demo.token(who));
    QVERIFY2(r.status == status,
        qPrintable(QStringLiteral("%1 %2 → %3, expected %4: %5")
                       .arg(QString::fromLatin1(method), path)
                       .arg(r.status)
                       .arg(status)
                       .arg(QString::fromUtf8(r.body.left(300)))));
    if (status >= 400)
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
}

QTEST_GUILESS_MAIN(TestTenancyMatrix)
#include "TestTenancyMatrix.moc"
