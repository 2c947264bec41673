// Path templates to routes: parameters, HEAD served by GET, 405 with the methods that would
// do, and paths that match nothing.
#include "api/Router.h"

#include <QTest>

using namespace vt::server;

class TestRouter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matches();
};

void TestRouter::matches()
{
    Router router;
    const int list = router.add("GET", QStringLiteral("/api/v1/attempts"));
    const int one = router.add("GET", QStringLiteral("/api/v1/attempts/{id}"));
    const int put = router.add("PUT", QStringLiteral("/api/v1/attempts/{id}"));
    const int recording = router.add("PUT", QStringLiteral("/api/v1/attempts/{id}/recording"));
    Router::Match m = router.match("GET", QStringLiteral("/api/v1/attempts/abc"));
    QCOMPARE(m.route, one);
    QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("abc"));
    QCOMPARE(router.match("PUT", QStringLiteral("/api/v1/attempts/abc")).route, put);
    QCOMPARE(router.match("PUT", QStringLiteral("/api/v1/attempts/x/recording")).route, recording);
    QCOMPARE(router.match("HEAD", QStringLiteral("/api/v1/attempts")).route, list);
    QCOMPARE(router.match("GET", QStringLiteral("/api/v1/attempts/")).route,
        list); // a trailing slash is the same path
    m = router.match("DELETE", QStringLiteral("/api/v1/attempts/abc"));
    QCOMPARE(m.route, -1);
    QCOMPARE(m.allowed, (QList<QByteArray>{"GET", "PUT"}));
    m = router.match("GET", QStringLiteral("/api/v1/other"));
    QCOMPARE(m.route, -1);
    QVERIFY(m.allowed.isEmpty());
    QCOMPARE(router.match("GET", QStringLiteral("/api/v1/attempts/a/b")).route, -1);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
