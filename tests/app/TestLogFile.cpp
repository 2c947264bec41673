#include "LogFile.h"
#include "MessageLog.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_LOGGING_CATEGORY(lcTestNet)
Q_LOGGING_CATEGORY(lcTestNet, "vt.net")

using vt::app::LogFile;
using vt::app::MessageLog;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestLogFile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsLines();
    void rotatesBySizeKeepingNFiles();
    void messageLogRedactsAndFormats();
    void debugOnlyWhenVerbose();
};

void TestLogFile::appendsLines()
{
    QTemporaryDir dir;
    {
        LogFile log(dir.path());
        QVERIFY(log.isOpen());
        log.writeLine(QStringLiteral("first"));
    }
    LogFile again(dir.path());
    again.writeLine(QStringLiteral("second ünïcode"));
    QCOMPARE(readAll(again.path()), QStringLiteral("first\nsecond ünïcode\n"));
}

void TestLogFile::rotatesBySizeKeepingNFiles()
{
    QTemporaryDir dir;
    LogFile log(dir.path(), 100, 2);
    const QString line(39, QLatin1Char('x')); // 40 bytes with the newline
    for (int i = 0; i < 11; ++i)
        log.writeLine(QString::number(i % 10) + line.mid(1));
    // 2 lines per file: current holds line 10, .1 holds 8-9, .2 holds 6-7; older ones dropped.
    const QDir logs(dir.path());
    QCOMPARE(logs.entryList(QDir::Files, QDir::Name),
        QStringList({"voicetraining.log", "voicetraining.log.1", "voicetraining.log.2"}));
    QVERIFY(readAll(logs.filePath("voicetraining.log")).startsWith(QLatin1Char('0')));
    QVERIFY(readAll(logs.filePath("voicetraining.log.1")).startsWith(QLatin1Char('8')));
    QVERIFY(readAll(logs.filePath("voicetraining.log.2")).startsWith(QLatin1Char('6')));
    for (const QString& name : logs.entryList(QDir::Files))
        QVERIFY(QFileInfo(logs.filePath(name)).size() <= 100);
}

void TestLogFile::messageLogRedactsAndFormats()
{
    QTemporaryDir dir;
    QString path;
    {
        MessageLog log(std::make_unique<LogFile>(dir.path()), {});
        path = log.file()->path();
        qCInfo(lcTestNet) << "signing in with"
                          << R"({"username":"dana","password":"hunter2"})";
        qCWarning(lcTestNet).noquote()
            << "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2ln";
    }
    const QString text = readAll(path);
    QVERIFY2(!text.contains(QLatin1String("hunter2")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("eyJzdWIiOiJ1MSJ9")), qPrintable(text));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [IW] vt\.net: .+<redacted.*$)"));
    for (const QString& line : lines)
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    QVERIFY(lines.at(0).contains(QLatin1String(" I vt.net: signing in with")));
    QVERIFY(lines.at(1).contains(QLatin1String(" W vt.net: Authorization: <redacted>")));
}

void TestLogFile::debugOnlyWhenVerbose()
{
    QTemporaryDir quietDir;
    QTemporaryDir verboseDir;
    QString quietPath;
    QString verbosePath;
    {
        MessageLog log(
            std::make_unique<LogFile>(quietDir.path()), {false, MessageLog::Echo::Nothing});
        quietPath = log.file()->path();
        qCDebug(lcTestNet) << "debug detail";
        qCInfo(lcTestNet) << "info line";
    }
    {
        MessageLog log(
            std::make_unique<LogFile>(verboseDir.path()), {true, MessageLog::Echo::Nothing});
        verbosePath = log.file()->path();
        qCDebug(lcTestNet) << "debug detail";
    }
    QVERIFY(!readAll(quietPath).contains(QLatin1String("debug detail")));
    QVERIFY(readAll(quietPath).contains(QLatin1String("info line")));
    QVERIFY(readAll(verbosePath).contains(QLatin1String(" D vt.net: debug detail")));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "TestLogFile.moc"
