// The contract and the server agree: every endpoint the server serves is in
// docs/api/openapi.yaml with the same method and path, and nothing more; every problem type
// the server can send is listed in docs/api/README.md.
#include "Platform.h"
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "api/ApiService.h"
#include "db/Migrations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vt::server;

class TestApiContract final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openApiMatchesTheRoutes();
    void readmeListsEveryProblemType();
};

void TestApiContract::openApiMatchesTheRoutes()
{
    QTemporaryDir dir;
    vt::Result<std::unique_ptr<Database>> opened
        = Database::open(*DatabaseUrl::parse(dir.filePath(QStringLiteral("p.sqlite"))));
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<Database> db = std::move(*opened);
    Migrations::apply(*db);
    const vt::protocol::SystemClock clock;
    Platform platform(*db, clock, QByteArray(32, 'k'), PlatformConfig{});
    const ApiService api(platform);
    QSet<QString> served;
    for (const auto& [method, pattern] : api.endpoints())
        served.insert(QString::fromLatin1(method) + QLatin1Char(' ') + pattern);

    // The paths section of the YAML: "  /path:" then "    get:" under it.
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    QSet<QString> documented;
    QString path;
    bool inPaths = false;
    int operationIds = 0;
    for (const QString& line : QString::fromUtf8(
             vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR "/docs/api/openapi.yaml")))
                                   .split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("paths:")))
            inPaths = true;
        else if (!line.isEmpty() && !line.startsWith(QLatin1Char(' '))
            && !line.startsWith(QLatin1Char('#')))
            inPaths = line.startsWith(QLatin1String("paths:"));
        if (!inPaths)
            continue;
        if (const QRegularExpressionMatch m = pathLine.match(line); m.hasMatch())
            path = m.captured(1);
        else if (const QRegularExpressionMatch op = methodLine.match(line); op.hasMatch())
            documented.insert(op.captured(1).toUpper() + QLatin1Char(' ') + path);
        else if (line.trimmed().startsWith(QLatin1String("operationId:")))
            ++operationIds;
    }
    QVERIFY(!served.isEmpty());
    QCOMPARE(documented - served, QSet<QString>());
    QCOMPARE(served - documented, QSet<QString>());
    QCOMPARE(operationIds, int(documented.size()));
}

void TestApiContract::readmeListsEveryProblemType()
{
    const QString readme = QString::fromUtf8(
        vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR "/docs/api/README.md")));
    for (int t = int(ProblemType::BadRequest); t <= int(ProblemType::Protocol); ++t) {
        const QString slug = Problem::typeUri(ProblemType(t)).section(QLatin1Char('/'), -1);
        QVERIFY2(readme.contains(QLatin1Char('`') + slug + QLatin1Char('`')), qPrintable(slug));
    }
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "TestApiContract.moc"
