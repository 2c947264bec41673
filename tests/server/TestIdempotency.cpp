// Idempotency-Key over real HTTP: the same completion sent twenty times at once completes
// the attempt once and answers all twenty identically; a key reused for another request is a
// conflict; a retried POST /calls starts one call, not two.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using vt::test::ApiClient;

class TestIdempotency final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void concurrentReplaysCompleteOnce();
    void sameKeyDifferentRequestConflicts();
    void retriedCallStartsOneAttempt();
    void keysAreChecked();

private:
    vt::test::DemoPlatform m_demo;
};

void TestIdempotency::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestIdempotency::concurrentReplaysCompleteOnce()
{
    const QString token = m_demo.token(QStringLiteral("riley.chen"));
    const ApiClient::Reply call = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
            m_demo.scenarioId(QStringLiteral("riley.chen"), QStringLiteral("Rate"))}},
        token);
    const QString attempt = call.json().value(QStringLiteral("attempt_id")).toString();
    const QByteArray body = QJsonDocument(
        vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 100))
                                .toJson(QJsonDocument::Compact);
    // Twenty requests in flight at once, over separate connections.
    QList<std::shared_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 20; ++i) {
        auto manager = std::make_shared<QNetworkAccessManager>();
        QNetworkRequest request(
            QUrl(m_demo.server().baseUrl() + QStringLiteral("/api/v1/attempts/") + attempt));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key", "complete-" + attempt.toLatin1());
        replies.append(manager->put(request, body));
        managers.append(manager);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                 [](QNetworkReply* r) { return r->isFinished(); }),
        30000);
    QSet<QByteArray> bodies;
    int replayed = 0;
    for (QNetworkReply* r : replies) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        bodies.insert(r->readAll());
        replayed += r->rawHeader("Idempotent-Replayed") == "true" ? 1 : 0;
        r->deleteLater();
    }
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(replayed, 19);
    // One completed attempt: the list holds it once, completed, with the platform's score.
    int seen = 0;
    for (const QJsonValue& v : m_demo.api()
                                   .get(QStringLiteral("/api/v1/attempts?user=me&limit=200"), token)
                                   .json()
                                   .value(QStringLiteral("items"))
                                   .toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == attempt) {
            ++seen;
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                QStringLiteral("completed"));
            QCOMPARE(v.toObject().value(QStringLiteral("score")).toDouble(), 100.0);
        }
    }
    QCOMPARE(seen, 1);
}

void TestIdempotency::sameKeyDifferentRequestConflicts()
{
    const QString token = m_demo.token(QStringLiteral("sam.patel"));
    const QString scenario
        = m_demo.scenarioId(QStringLiteral("sam.patel"), QStringLiteral("First"));
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "k-1"}};
    const ApiClient::Reply first = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"), scenario}}, token, key);
    QCOMPARE(first.status, 201);
    const ApiClient::Reply other = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"), scenario},
            {QStringLiteral("client_version"), QStringLiteral("2")}},
        token, key);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.problemType(), QStringLiteral("idempotency-key-reused"));
    // Keys are per user: another user's same key is a new request.
    QCOMPARE(m_demo.api()
                 .sendJson("POST", QStringLiteral("/api/v1/calls"),
                     QJsonObject{{QStringLiteral("scenario_id"), scenario}},
                     m_demo.token(QStringLiteral("jordan.lee")), key)
                 .status,
        201);
}

void TestIdempotency::retriedCallStartsOneAttempt()
{
    const QString token = m_demo.token(QStringLiteral("jordan.lee"));
    const QJsonObject body{{QStringLiteral("scenario_id"),
        m_demo.scenarioId(QStringLiteral("jordan.lee"), QStringLiteral("Rate"))}};
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "retry-me"}};
    const int before = m_demo.api()
                           .get(QStringLiteral("/api/v1/attempts?user=me&limit=200"), token)
                           .json()
                           .value(QStringLiteral("items"))
                           .toArray()
                           .size();
    const ApiClient::Reply first
        = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"), body, token, key);
    const ApiClient::Reply retry
        = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"), body, token, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.body, first.body);
    QCOMPARE(retry.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(retry.header("location"), first.header("location"));
    const int after = m_demo.api()
                          .get(QStringLiteral("/api/v1/attempts?user=me&limit=200"), token)
                          .json()
                          .value(QStringLiteral("items"))
                          .toArray()
                          .size();
    QCOMPARE(after, before + 1);
}

void TestIdempotency::keysAreChecked()
{
    const ApiClient::Reply r = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
            m_demo.scenarioId(QStringLiteral("jordan.lee"), QStringLiteral("Rate"))}},
        m_demo.token(QStringLiteral("jordan.lee")), {{"Idempotency-Key", QByteArray(300, 'k')}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QLatin1String("Idempotency-Key")));
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "TestIdempotency.moc"
