// JSON from outside within limits: size, nesting (with the JSONPath where it breaks), string
// length, UTF-8, and Qt's own parse errors with their byte offset.
#include "BoundedJson.h"

#include <QJsonObject>
#include <QTest>

using namespace vt::protocol;

class TestBoundedJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsNormalJson();
    void rejects_data();
    void rejects();
    void stringsCountBytesNotEscapes();
};

void TestBoundedJson::acceptsNormalJson()
{
    const BoundedJson parsed = parseJsonObject("{\"a\": [1, {\"b\": \"c\\\"}\"}], \"d\": \"é\"}");
    QVERIFY2(parsed, qPrintable(parsed.error));
    QCOMPARE(parsed.document.object().value(QStringLiteral("d")).toString(), QStringLiteral("é"));
}

void TestBoundedJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QByteArray deep = QByteArray("{\"x\":[") + QByteArray("[").repeated(40)
        + QByteArray("]").repeated(40) + "]}";
    QTest::newRow("empty") << QByteArray("  ")
                           << QStringLiteral("the body is empty; a JSON document was expected");
    QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2")
                               << QStringLiteral("not valid JSON at byte 11: ");
    QTest::newRow("array, not object")
        << QByteArray("[]") << QStringLiteral("the JSON document must be an object");
    QTest::newRow("too deep") << deep
                              << QStringLiteral("nesting deeper than 32 levels at $.x[0][0][0]");
    QTest::newRow("deep in an array of objects") << (QByteArray("{\"items\":[{},{\"a\":")
        + QByteArray("{\"b\":").repeated(31) + "1" + QByteArray("}").repeated(33)
        + "]}") << QStringLiteral("nesting deeper than 32 levels at $.items[1].a.b.b");
    QTest::newRow("long string") << (QByteArray("{\"a\":{\"big\":\"") + QByteArray(300'000, 'x')
        + "\"}}") << QStringLiteral("$.a.big: a string is longer than 262144 bytes");
    QTest::newRow("overlong utf-8")
        << QByteArray("{\"a\":\"\xc0\xaf\"}") << QStringLiteral("the JSON is not valid UTF-8");
    QTest::newRow("surrogate utf-8")
        << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << QStringLiteral("the JSON is not valid UTF-8");
    QTest::newRow("cut utf-8") << QByteArray("{\"a\":\"\xe2\x82\"}")
                               << QStringLiteral("the JSON is not valid UTF-8");
    QTest::newRow("too big") << QByteArray(9 * 1024 * 1024, ' ')
                             << QStringLiteral("the JSON is larger than 8388608 bytes");
}

void TestBoundedJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const BoundedJson parsed = parseJsonObject(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
}

void TestBoundedJson::stringsCountBytesNotEscapes()
{
    const JsonLimits limits{1024, 8, 10};
    QVERIFY(parseJsonObject("{\"k\":\"\\\"\\\"\\\"\\\"\\\"\"}", limits)); // ten bytes of escapes
    QVERIFY(!parseJsonObject("{\"k\":\"12345678901\"}", limits));
}

QTEST_GUILESS_MAIN(TestBoundedJson)
#include "TestBoundedJson.moc"
