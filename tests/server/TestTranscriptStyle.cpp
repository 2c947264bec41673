// How the gateway writes a rep line (server/speech/TranscriptStyle): sentence case, names and
// acronyms, numbers as a person writes them, punctuation from the pauses, and a question mark
// on every question wherever it stands, by the scoring module's own rules.
#include "speech/TranscriptStyle.h"

#include <QTest>

using vt::server::TranscriptStyle;

namespace {

// "word" or "word/pause": the pause in ms before the word (else none).
QList<TranscriptStyle::Word> words(const QString& spec)
{
    QList<TranscriptStyle::Word> out;
    qint64 at = 0;
    for (const QString& item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qint64 pause
            = item.contains(QLatin1Char('/')) ? item.section(QLatin1Char('/'), 1).toLongLong() : 0;
        at += pause;
        out.append({item.section(QLatin1Char('/'), 0, 0), at, at + 300, out.isEmpty() ? 0 : pause});
        at += 300;
    }
    return out;
}

const QHash<QString, QString> forms{{QStringLiteral("nmls"), QStringLiteral("NMLS")},
    {QStringLiteral("apr"), QStringLiteral("APR")},
    {QStringLiteral("jamie"), QStringLiteral("Jamie")},
    {QStringLiteral("summit"), QStringLiteral("Summit")},
    {QStringLiteral("lending"), QStringLiteral("Lending")},
    {QStringLiteral("tuesday"), QStringLiteral("Tuesday")}};

} // namespace

class TestTranscriptStyle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void finalLines_data();
    void finalLines();
    void pausesFromTheWordTimes();
    void partials();
    void nothingHeard();
};

void TestTranscriptStyle::finalLines_data()
{
    QTest::addColumn<QString>("heard");
    QTest::addColumn<QString>("written");
    QTest::newRow("case, names, acronyms")
        << "hi jamie this is alex from summit lending my nmls number is one two three four five"
        << "Hi Jamie this is alex from Summit Lending my NMLS number is 12345.";
    QTest::newRow("I") << "i'm sure i can help"
                       << "I'm sure I can help.";
    QTest::newRow("numbers as written")
        << "we can hold it forty five days at six point nine percent on four hundred ten "
           "thousand dollars"
        << "We can hold it 45 days at 6.9% on $410,000.";
    QTest::newRow("small numbers stay words") << "it takes two minutes and three percent down"
                                              << "It takes two minutes and 3% down.";
    QTest::newRow("numbers in pairs stay words") << "closing in twenty twenty six"
                                                 << "Closing in twenty twenty six.";
    QTest::newRow("thousands") << "about twenty seven hundred a month"
                               << "About 2,700 a month.";
    QTest::newRow("pauses")
        << "that's a fair question let's/450 compare the apr not/200 only the rate"
        << "That's a fair question. Let's compare the APR, not only the rate.";
    QTest::newRow("a question") << "what matters most to you in this loan"
                                << "What matters most to you in this loan?";
    QTest::newRow("a question at the end of a statement, with a pause")
        << "i'd love to help how/250 long do you plan to stay"
        << "I'd love to help, how long do you plan to stay?";
    QTest::newRow("a question at the end of a statement, without a pause")
        << "we can lock the rate today how long do you plan to stay"
        << "We can lock the rate today. How long do you plan to stay?";
    QTest::newRow("a question after a statement and a short pause")
        << "my nmls number is one two three four five what/110 matters most to you in your loan"
        << "My NMLS number is 12345. What matters most to you in your loan?";
    QTest::newRow("a short pause after a short statement")
        << "thanks jamie how/90 soon are you hoping to close"
        << "Thanks Jamie, how soon are you hoping to close?";
    QTest::newRow("too short a pause") << "my nmls number is one two three four five what/60 "
                                          "matters most to you"
                                       << "My NMLS number is 12345 what matters most to you.";
    QTest::newRow("a short pause inside a statement: what you pay")
        << "we can lock it what/110 you pay stays the same"
        << "We can lock it what you pay stays the same.";
    QTest::newRow("a short pause inside a statement: i know what")
        << "i know what/120 matters most to you"
        << "I know what matters most to you.";
    QTest::newRow("a short pause inside a statement: that's how") << "that's how/120 the lock works"
                                                                  << "That's how the lock works.";
    QTest::newRow("a statement after a question and a short pause")
        << "how long do you plan to stay we/250 can lock it for you today"
        << "How long do you plan to stay? We can lock it for you today.";
    QTest::newRow("a tag") << "that works for you right/250"
                           << "That works for you, right?";
    QTest::newRow("no tag without a pause") << "you're right"
                                            << "You're right.";
    QTest::newRow("a statement") << "we are an equal housing lender"
                                 << "We are an equal housing lender.";
    QTest::newRow("a relative clause is no question")
        << "the rates dropped which/250 is why i called"
        << "The rates dropped, which is why I called.";
    QTest::newRow("a meeting") << "could we schedule a review on tuesday"
                               << "Could we schedule a review on Tuesday?";
}

void TestTranscriptStyle::finalLines()
{
    QFETCH(QString, heard);
    QFETCH(QString, written);
    QCOMPARE(TranscriptStyle(forms).finalText(words(heard)), written);
}

void TestTranscriptStyle::pausesFromTheWordTimes()
{
    // Without a measured pause, the gap between the words' times counts.
    QList<TranscriptStyle::Word> w{{QStringLiteral("okay"), 0, 400, -1},
        {QStringLiteral("so"), 900, 1100, -1}, {QStringLiteral("tuesday"), 1100, 1500, -1}};
    QCOMPARE(TranscriptStyle(forms).finalText(w), QStringLiteral("Okay. So Tuesday."));
}

void TestTranscriptStyle::partials()
{
    const TranscriptStyle style(forms);
    QCOMPARE(style.partialText(QStringLiteral("my nmls number is four five six")),
        QStringLiteral("My NMLS number is 456"));
    QCOMPARE(style.partialText(QStringLiteral("i can lock forty five")),
        QStringLiteral("I can lock 45"));
}

void TestTranscriptStyle::nothingHeard()
{
    QCOMPARE(TranscriptStyle().finalText({}), QString());
    QCOMPARE(TranscriptStyle().partialText(QString()), QString());
}

QTEST_GUILESS_MAIN(TestTranscriptStyle)
#include "TestTranscriptStyle.moc"
