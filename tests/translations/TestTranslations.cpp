// The .ts files are complete: every entry translated, every tr() string of the sources
// present, nothing stale, and the same %1/%n placeholders in each translation as in its
// source. lupdate runs over the same inputs as the update_translations build target, into
// a temporary copy, so the committed files are never touched.
#include "ProcessRun.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<Message> parseTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, {}, {}, {},
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral(R"(%(\d+|n))"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString describe(const Message& m)
{
    return m.context + QStringLiteral(": “") + m.source + QStringLiteral("”");
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extraOptions");
    QTest::newRow("es") << QStringLiteral("voicetraining_es.ts") << QStringList();
    QTest::newRow("en (plural forms)")
        << QStringLiteral("voicetraining_en.ts") << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extraOptions);
    const QString committed = QStringLiteral(VT_TRANSLATIONS_DIR "/") + file;
    QString error;

    // 1. The committed file itself.
    const QList<Message> before = parseTs(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message& m : before) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 entry %2").arg(m.type, describe(m));
        for (const QString& translation : m.translations) {
            if (translation.isEmpty())
                problems << QStringLiteral("empty translation of %1").arg(describe(m));
            else if (placeholders(translation) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ in %1 → “%2”")
                                .arg(describe(m), translation);
        }
    }

    // 2. lupdate over the current sources: anything new or gone shows up as unfinished/vanished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("@" VT_LUPDATE_INPUTS), QStringLiteral("-locations"),
        QStringLiteral("none")};
    args << extraOptions << QStringLiteral("-ts") << copy;
    const vt::test::ProcessResult run = vt::test::runProcess(
        QStringLiteral(VT_LUPDATE_PATH), args, QProcessEnvironment::systemEnvironment());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err + run.out));
    const QList<Message> after = parseTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message& m : after) {
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("missing from %1: %2").arg(file, describe(m));
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << QStringLiteral("no longer in the sources: %1").arg(describe(m));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))
            + QStringLiteral("\nRun: cmake --build --preset dev --target update_translations, "
                             "then translate in translations/.")));
    QVERIFY2(!after.isEmpty(), "lupdate found no strings at all");
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
