// The gateway's speech path (server/voice/CallSpeech) deciding when the rep's turn is over:
// flite speech Opus-encoded as the app sends it, fed on the call clock, and the call-clock
// moment each final comes out measured against the end of the speech it carries.
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "speech/ScenarioLanguage.h"
#include "speech/Synthesizer.h"
#include "voice/CallSpeech.h"

#include "AudioFormat.h"
#include "Vad.h"
#include "VoiceCodec.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using vt::server::CallSpeech;
using vt::server::RepSpeech;

namespace {

class Feeder {
public:
    explicit Feeder(CallSpeech& speech)
        : m_speech(speech)
    {
        QObject::connect(&speech, &CallSpeech::repFinal, [this](const RepSpeech& s) {
            finals.append(s);
            finalAtMs.append(m_clockMs);
        });
    }

    void say(const QString& text)
    {
        QString error;
        const std::optional<vt::server::SpokenText> voiced
            = m_voices.say(text, QStringLiteral("slt"), &error);
        QVERIFY2(voiced, qPrintable(error));
        feed(voiced->samples);
    }
    void silence(qint64 ms) { feed(std::vector<float>(std::size_t(ms) * 48, 0.0f)); }

    QList<RepSpeech> finals;
    QList<qint64> finalAtMs; // call clock of the packet being decoded when each came out

private:
    void feed(const std::vector<float>& samples)
    {
        m_pending.insert(m_pending.end(), samples.begin(), samples.end());
        constexpr std::size_t per = vt::audio::packetSamples;
        std::size_t at = 0;
        for (; at + per <= m_pending.size(); at += per) {
            std::array<float, per> packet{};
            std::copy_n(m_pending.begin() + std::ptrdiff_t(at), per, packet.begin());
            const std::vector<std::uint8_t> opus = m_encoder.encode(packet);
            m_speech.repAudio(m_clockMs,
                QByteArray(reinterpret_cast<const char*>(opus.data()), qsizetype(opus.size())));
            m_clockMs += vt::audio::packetMs;
        }
        m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(at));
    }

    CallSpeech& m_speech;
    vt::server::Synthesizer m_voices;
    vt::audio::VoiceEncoder m_encoder;
    std::vector<float> m_pending;
    qint64 m_clockMs = 0;
};

} // namespace

class TestCallSpeech final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aQuestionEndsTheTurnSooner();
    void aTrailingWordWaitsForTheRest();
    void agentLinesStreamBeforeTheyAreEncoded();

private:
    // The recogniser as a call of the seeded refinance scenario has it.
    std::unique_ptr<CallSpeech> openSpeech();

    vt::server::Synthesizer m_synthesizer;
    QTemporaryDir m_cache;
};

std::unique_ptr<CallSpeech> TestCallSpeech::openSpeech()
{
    vt::server::ScenarioLanguage::Source source;
    source.scenario = QJsonDocument::fromJson(vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR
                                                  "/server/seed/refinance-cold-call.json")))
                          .object();
    source.orgName = QStringLiteral("Summit Lending");
    source.repName = QStringLiteral("Casey Rivera");
    vt::server::ScenarioLanguageCache languages(m_cache.path());
    QString error;
    auto language = languages.get(source, &error);
    if (!language)
        qFatal("%s", qPrintable(error));
    auto speech = std::make_unique<CallSpeech>(m_synthesizer,
        vt::server::Recognizer::defaultModelDir(), QList<vt::server::VocabularyWord>{}, language);
    speech->open();
    return speech;
}

void TestCallSpeech::aQuestionEndsTheTurnSooner()
{
    const std::unique_ptr<CallSpeech> speech = openSpeech();
    Feeder rep(*speech);
    rep.silence(500);
    rep.say(QStringLiteral("How long are you planning to stay in the home?"));
    rep.silence(1000);
    QCOMPARE(rep.finals.size(), 1);
    QVERIFY2(rep.finals[0].text.endsWith(QLatin1Char('?')), qPrintable(rep.finals[0].text));
    // Out after the question's hangover (180 ms) of silence, not the VAD's 300 ms.
    const qint64 wait = rep.finalAtMs[0] - rep.finals[0].endMs;
    QVERIFY2(wait >= CallSpeech::questionHangoverMs - 20 && wait < 250,
        qPrintable(QStringLiteral("the final came %1 ms after the speech").arg(wait)));
}

void TestCallSpeech::aTrailingWordWaitsForTheRest()
{
    const std::unique_ptr<CallSpeech> speech = openSpeech();
    Feeder rep(*speech);
    rep.silence(500);
    // With the synthesiser's own silences, a pause of about 470 ms after "and": the VAD alone
    // (300 ms) would end the turn there; the words say more is coming, so it is one turn,
    // with every word of both halves.
    rep.say(QStringLiteral("We can compare the total cost and"));
    rep.silence(100);
    rep.say(QStringLiteral("lock the rate today."));
    rep.silence(1000);
    QCOMPARE(rep.finals.size(), 1);
    qint64 gap = 0;
    const QList<vt::server::RecognizedWord>& heard = rep.finals[0].words;
    for (qsizetype i = 1; i < heard.size(); ++i)
        gap = std::max(gap, heard[i].startMs - heard[i - 1].endMs);
    QVERIFY2(gap > vt::audio::Vad::hangoverMs,
        qPrintable(QStringLiteral("the longest pause was only %1 ms").arg(gap)));
    const QString text = rep.finals[0].text.toLower();
    QVERIFY2(text.contains(QLatin1String("compare")) && text.contains(QLatin1String("today")),
        qPrintable(text));
    // The words keep their call-clock times across the pause.
    const QList<vt::server::RecognizedWord>& words = rep.finals[0].words;
    QVERIFY(words.size() >= 8);
    for (qsizetype i = 1; i < words.size(); ++i)
        QVERIFY(words[i].startMs >= words[i - 1].startMs);
    QVERIFY(words.constLast().startMs - words.constFirst().startMs > 1500);
}

void TestCallSpeech::agentLinesStreamBeforeTheyAreEncoded()
{
    CallSpeech speech(m_synthesizer, vt::server::Recognizer::defaultModelDir(), {});
    speech.open();
    QList<vt::server::AgentSpeech> first;
    QList<QByteArray> rest;
    connect(&speech, &CallSpeech::spoken,
        [&first](const vt::server::AgentSpeech& s) { first.append(s); });
    connect(&speech, &CallSpeech::spokenMore,
        [&rest, &first](int utterance, const QList<QByteArray>& packets) {
            QCOMPARE(utterance, first.constLast().utterance);
            rest += packets;
        });
    speech.speak(7, QStringLiteral("Every lender says that. You're not going to beat my bank."),
        QStringLiteral("kal"));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].utterance, 7);
    QCOMPARE(first[0].packets.size(), CallSpeech::firstPackets);
    QCOMPARE(first[0].packets.size() + rest.size(), first[0].totalPackets);
    QCOMPARE(first[0].durationMs, qint64(first[0].totalPackets) * vt::audio::packetMs);
    QVERIFY(first[0].durationMs > 2000);
    // A line shorter than the first packets comes whole.
    first.clear();
    rest.clear();
    speech.speak(8, QStringLiteral("Hi."), QStringLiteral("kal"));
    QCOMPARE(first.size(), 1);
    QVERIFY(rest.isEmpty() || first[0].packets.size() == CallSpeech::firstPackets);
    QCOMPARE(first[0].packets.size() + rest.size(), first[0].totalPackets);
}

QTEST_GUILESS_MAIN(TestCallSpeech)
#include "TestCallSpeech.moc"
