// The recognition benchmark (issue "Heard right, scored fair"; docs/performance.md): synthetic
// reps speak scripted calls (tests/bench/recognition) to the gateway's own speech path (the
// app's capture processing and Opus encoder, then CallSpeech: Opus decoding, VAD, the
// recogniser with the scenario's language model, the transcript style) while the practice
// agent answers what it heard. For every scenario × voice × condition it measures the rep's
// word error rate, the required phrases and handled objections the score credits against those
// actually said, and the fairness gap: the score of the call as recognised minus the score of
// the same call with the rep's lines as actually said.
//
// It also times each turn's stages on the gateway's side (the turn-latency breakdown, issue
// "a call that flows like a phone call"): the end-of-turn wait on the call clock (the rep's
// last voiced frame to the utterance's close), then in wall time on this machine the
// recogniser's final pass, the agent's decision, and the synthesis and encoding up to the
// moment the first packet can be sent.
//
//   bench_recognition [--quick] [--baseline] [--voices a,b] [--scenarios a,b]
//                     [--conditions normal,fast,noise] [--json FILE] [--verbose]
//                     [--weight W] [--lw LW] [--wip WIP] [--topn N] [--ps "ARGS"]
//
// The last five override the recogniser's tuning (Recognizer::Tuning), to measure it.
// --voices may also name festival-slt-hts (Debian's festvox-us-slt-hts, which scripts/bootstrap
// does not install): festival's HTS voice, measured against flite's.
//
// --baseline decodes with the general English model alone (the recogniser before scenario
// language models), for the before/after figures. Synthetic speech and mixed noise are
// deterministic; the figures are repeatable on one machine.
#include "ProcessRun.h"
#include "RecognitionVoices.h"
#include "TurnLatency.h"
#include "agent/PersonaEngine.h"
#include "speech/ScenarioLanguage.h"
#include "speech/Synthesizer.h"
#include "voice/CallSpeech.h"

#include "AudioFormat.h"
#include "CapturePipeline.h"
#include "Kpis.h"
#include "MatchText.h"
#include "Report.h"
#include "Rubric.h"
#include "Scenario.h"
#include "Transcript.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace vt;
using namespace vt::bench;

namespace {

const QStringList allScenarios{QStringLiteral("refinance-cold-call"),
    QStringLiteral("rate-shopper"), QStringLiteral("first-time-buyer")};
const QStringList allConditions{
    QStringLiteral("normal"), QStringLiteral("fast"), QStringLiteral("noise")};

constexpr char orgName[] = "Summit Lending";
constexpr char repName[] = "Casey Rivera";

struct Options {
    bool baseline = false;
    bool verbose = false;
    server::Recognizer::Tuning tuning;
    QList<Voice> voices = allVoices;
    QStringList scenarios = allScenarios;
    QStringList conditions = allConditions;
    QString json;
};

// --- text ----------------------------------------------------------------------------------

std::vector<std::string> werTokens(const QString& text)
{
    scoring::MatchTokens tokens;
    const QByteArray utf8 = text.toUtf8();
    scoring::unfoldedTokensInto(
        scoring::analyseText(std::string_view(utf8.constData(), std::size_t(utf8.size()))), tokens);
    return tokens.tokens;
}

std::size_t editDistance(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j]
                = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

QStringList scriptLines(const QString& scenario)
{
    QFile file(QStringLiteral(VT_SOURCE_DIR "/tests/bench/recognition/") + scenario
        + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the script of %s", qPrintable(scenario));
    QStringList lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('#')))
            lines.append(text);
    }
    return lines;
}

QJsonObject seedScenario(const QString& scenario)
{
    QFile file(QStringLiteral(VT_SOURCE_DIR "/server/seed/") + scenario + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the scenario %s", qPrintable(scenario));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// --- one call ------------------------------------------------------------------------------

struct CallResult {
    std::size_t refWords = 0;
    std::size_t errors = 0;
    int phrasesSaid = 0;
    int phrasesCredited = 0;
    int handledSaid = 0;
    int handledCredited = 0;
    int falseCredits = 0; // phrases or handled objections credited that were not said
    std::optional<int> scoreHeard;
    std::optional<int> scoreSaid;
    int agentDisagreements = 0;
    double audioSeconds = 0;
    double decodeSeconds = 0;
    QStringList missedPhrases;                // said, not credited
    QList<std::pair<QString, QString>> lines; // said, heard
    std::vector<TurnStages> turns;
};

class Call {
public:
    Call(const QString& scenarioName, const Voice& voice, const QString& condition,
        const Options& options, server::ScenarioLanguageCache& languages,
        server::Synthesizer& synthesizer)
        : m_scenarioName(scenarioName)
        , m_voice(voice)
        , m_condition(condition)
        , m_options(options)
        , m_languages(languages)
        , m_synthesizer(synthesizer)
    {
    }

    CallResult run();

private:
    void feed(const std::vector<float>& samples);
    void feedSilence(qint64 ms)
    {
        feed(std::vector<float>(std::size_t(ms) * audio::samplesPerMs, 0.0f));
    }
    qint64 clockMs() const { return m_frames * audio::frameMs; }
    void addUtterance(scoring::Transcript& t, scoring::Speaker speaker, const QString& text,
        qint64 start, qint64 end);

    QString m_scenarioName;
    Voice m_voice;
    QString m_condition;
    const Options& m_options;
    server::ScenarioLanguageCache& m_languages;
    server::Synthesizer& m_synthesizer;
    std::unique_ptr<audio::CapturePipeline> m_capture;
    std::unique_ptr<server::CallSpeech> m_speech;
    std::vector<float> m_pending; // samples not yet a whole frame
    qint64 m_frames = 0;
    QList<server::RepSpeech> m_finals;
    struct FinalTiming {
        double wallMs = 0;   // from the arrival of the packet that closed it to the final
        qint64 closedAt = 0; // call clock when it closed
    };
    double m_busyUntilMs = 0; // call clock at which the speech path is done with what it got
    QList<FinalTiming> m_finalTimings; // one per m_finals entry
    std::optional<server::AgentSpeech> m_spoken;
    QElapsedTimer m_voicing;    // since the agent's line was handed to the speech path
    double m_firstPacketMs = 0; // when its first packets were ready
    QElapsedTimer m_decode;
    qint64 m_decodeNs = 0;
};

void Call::feed(const std::vector<float>& samples)
{
    m_pending.insert(m_pending.end(), samples.begin(), samples.end());
    static const std::array<float, audio::frameSamples> silence{};
    std::size_t at = 0;
    for (; at + audio::frameSamples <= m_pending.size(); at += audio::frameSamples) {
        const audio::CapturePipeline::Output out = m_capture->process(
            std::span<const float, audio::frameSamples>(m_pending.data() + at, audio::frameSamples),
            silence);
        ++m_frames;
        if (out.packet) {
            const QByteArray opus(reinterpret_cast<const char*>(out.packet->payload.data()),
                qsizetype(out.packet->payload.size()));
            const qsizetype finalsBefore = m_finals.size();
            m_decode.start();
            m_speech->repAudio(out.packet->timestampMs, opus);
            const qint64 ns = m_decode.nsecsElapsed();
            m_decodeNs += ns;
            // As if the audio arrived in real time: a packet waits for the work before it (a
            // pause's final pass may still be running when the turn ends).
            const double arrival = double(clockMs());
            m_busyUntilMs = std::max(m_busyUntilMs, arrival) + double(ns) / 1e6;
            if (m_finals.size() > finalsBefore) {
                while (m_finalTimings.size() < m_finals.size())
                    m_finalTimings.append({m_busyUntilMs - arrival, clockMs()});
            }
        }
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(at));
}

void Call::addUtterance(
    scoring::Transcript& t, scoring::Speaker speaker, const QString& text, qint64 start, qint64 end)
{
    scoring::Utterance u;
    u.id = "u" + std::to_string(t.utterances.size() + 1);
    u.speaker = speaker;
    u.text = text.toStdString();
    u.startMs = start;
    u.endMs = std::max(end, start);
    t.utterances.push_back(u);
    t.durationMs = std::max(t.durationMs, u.endMs);
}

CallResult Call::run()
{
    const QJsonObject scenario = seedScenario(m_scenarioName);
    const QJsonObject agentJson = scenario.value(QStringLiteral("agent")).toObject();
    protocol::FieldErrors errors;
    const std::optional<server::PersonaScript> script
        = server::readPersonaScript(agentJson, scenario.value(QStringLiteral("scoring")).toObject(),
            errors, scenario.value(QStringLiteral("persona")).toObject());
    if (!script)
        qFatal("%s: %s", qPrintable(m_scenarioName), qPrintable(errors.summary()));
    server::PersonaEngine agent(*script);

    std::shared_ptr<const server::ScenarioLanguage> language;
    if (!m_options.baseline) {
        server::ScenarioLanguage::Source source;
        source.scenario = scenario;
        source.orgName = QString::fromLatin1(orgName);
        source.repName = QString::fromLatin1(repName);
        QString error;
        language = m_languages.get(source, &error);
        if (!language)
            qFatal("%s", qPrintable(error));
    }
    m_capture = std::make_unique<audio::CapturePipeline>(audio::CapturePipeline::Options{});
    m_speech = std::make_unique<server::CallSpeech>(m_synthesizer,
        server::Recognizer::defaultModelDir(), script->vocabulary, language, m_options.tuning);
    QString failure;
    QObject::connect(m_speech.get(), &server::CallSpeech::failed,
        [&failure](const QString& message) { failure = message; });
    QObject::connect(m_speech.get(), &server::CallSpeech::repFinal,
        [this](const server::RepSpeech& speech) { m_finals.append(speech); });
    QObject::connect(
        m_speech.get(), &server::CallSpeech::spoken, [this](const server::AgentSpeech& speech) {
            m_spoken = speech;
            m_firstPacketMs = double(m_voicing.nsecsElapsed()) / 1e6;
        });
    m_speech->open();
    if (!failure.isEmpty())
        qFatal("%s", qPrintable(failure));

    scoring::Transcript heard;
    scoring::Transcript said;
    // The prospect's line through the gateway's own speech path; `speechMs` gets the wall time
    // until its first packet could be sent.
    const auto prospectSays = [&](const server::AgentTurn& turn, qint64 start,
                                  double* speechMs = nullptr) {
        m_spoken.reset();
        m_voicing.start();
        m_speech->speak(1, turn.text, script->voice);
        if (speechMs)
            *speechMs = m_firstPacketMs;
        const qint64 duration = m_spoken ? m_spoken->durationMs : qint64(turn.text.size()) * 60;
        addUtterance(heard, scoring::Speaker::Prospect, turn.text, start, start + duration);
        addUtterance(said, scoring::Speaker::Prospect, turn.text, start, start + duration);
        return start + duration;
    };
    // The opening, then the rep's turns, each answered by the agent as the gateway would.
    qint64 prospectEnd = prospectSays(agent.opening(), 500);
    feedSilence(prospectEnd + 600);
    CallResult result;
    bool over = false;
    const QStringList lines = scriptLines(m_scenarioName);
    const bool fast = m_condition == QLatin1String("fast");
    for (qsizetype i = 0; i < lines.size() && !over; ++i) {
        std::vector<float> audio = speak(lines[i], m_voice, fast);
        if (m_condition == QLatin1String("noise"))
            addRoomNoise(audio, std::uint32_t(qHash(lines[i]) ^ qHash(m_voice.name)));
        result.audioSeconds += double(audio.size()) / audio::sampleRate;
        const qint64 lineStart = clockMs();
        const qsizetype before = m_finals.size();
        feed(audio);
        const qint64 lineEnd = clockMs();
        // The end of the turn: the VAD's hangover, then the recogniser's final.
        for (int waited = 0; waited < 200 && m_finals.size() == before; ++waited)
            feedSilence(10);
        feedSilence(200);
        QStringList texts;
        qint64 first = lineStart;
        qint64 last = lineEnd;
        qint64 answerAt = clockMs();
        std::vector<server::AgentTurn> turns;
        std::vector<TurnStages> stages;
        for (qsizetype f = before; f < m_finals.size(); ++f) {
            const server::RepSpeech& s = m_finals[f];
            if (s.text.isEmpty())
                continue;
            if (texts.isEmpty())
                first = s.startMs;
            last = s.endMs;
            texts.append(s.text);
            if (m_options.verbose) {
                QString timed;
                for (qsizetype w = 0; w < s.words.size(); ++w)
                    timed += QStringLiteral(" %1[%2]")
                                 .arg(s.words[w].text)
                                 .arg(w < s.pausesMs.size() ? s.pausesMs[w] : 0);
                std::printf("    words:%s\n", qPrintable(timed));
            }
            addUtterance(heard, scoring::Speaker::Rep, s.text, s.startMs, s.endMs);
            TurnStages stage;
            const FinalTiming timing = m_finalTimings.value(f);
            stage.endOfTurn = double(timing.closedAt - s.endMs);
            stage.finalPass = timing.wallMs;
            QElapsedTimer deciding;
            deciding.start();
            turns.push_back(agent.onRepUtterance(s.text));
            stage.decision = double(deciding.nsecsElapsed()) / 1e6;
            stages.push_back(stage);
        }
        addUtterance(said, scoring::Speaker::Rep, lines[i], first, last);
        const std::vector<std::string> ref = werTokens(lines[i]);
        const std::vector<std::string> hyp = werTokens(texts.join(QLatin1Char(' ')));
        result.refWords += ref.size();
        result.errors += editDistance(ref, hyp);
        result.lines.append({lines[i], texts.join(QLatin1Char(' '))});
        if (m_options.verbose)
            std::printf("    said:  %s\n    heard: %s\n", qPrintable(lines[i]),
                qPrintable(texts.join(QStringLiteral(" | "))));
        // The prospect answers each utterance, one line after another.
        qint64 at = std::max(answerAt, last + 700);
        for (std::size_t t = 0; t < turns.size(); ++t) {
            const server::AgentTurn& turn = turns[t];
            at = prospectSays(turn, at, &stages[t].speech) + 300;
            result.turns.push_back(stages[t]);
            over = over || turn.endsCall;
        }
        if (at > clockMs())
            feedSilence(at - clockMs() + 500);
    }
    m_speech->finish();
    result.decodeSeconds = double(m_decodeNs) / 1e9;

    // Score both calls: as heard, and as said.
    const QByteArray scoringJson
        = QJsonDocument(scenario.value(QStringLiteral("scoring")).toObject())
              .toJson(QJsonDocument::Compact);
    const scoring::Scenario s = scoring::parseScenario(scoringJson.toStdString()).value();
    const scoring::KpiResult kHeard = scoring::computeKpis(heard, s);
    const scoring::KpiResult kSaid = scoring::computeKpis(said, s);
    const scoring::ScoreResult sHeard = scoring::score(kHeard, s);
    const scoring::ScoreResult sSaid = scoring::score(kSaid, s);
    if (sHeard.scored)
        result.scoreHeard = sHeard.score;
    if (sSaid.scored)
        result.scoreSaid = sSaid.score;
    for (std::size_t p = 0; p < s.requiredPhrases.size(); ++p) {
        if (kHeard.phraseHit[p] && !kSaid.phraseHit[p])
            ++result.falseCredits;
        if (!kSaid.phraseHit[p])
            continue;
        ++result.phrasesSaid;
        if (kHeard.phraseHit[p])
            ++result.phrasesCredited;
        else
            result.missedPhrases.append(QString::fromStdString(s.requiredPhrases[p].id));
    }
    for (std::size_t o = 0; o < s.objections.size(); ++o) {
        if (kHeard.objectionAddressed[o] && !kSaid.objectionAddressed[o])
            ++result.falseCredits;
        if (!kSaid.objectionAddressed[o])
            continue;
        ++result.handledSaid;
        if (kHeard.objectionAddressed[o])
            ++result.handledCredited;
    }
    // The agent and the scorer of the call as heard agree on every objection.
    for (std::size_t o = 0; o < s.objections.size(); ++o) {
        const QString tag = QString::fromStdString(s.objections[o].tag);
        if (agent.raised().contains(tag) != bool(kHeard.objectionRaised[o])
            || agent.handled().contains(tag) != bool(kHeard.objectionAddressed[o]))
            ++result.agentDisagreements;
    }
    return result;
}

// --- the figures ---------------------------------------------------------------------------

struct Totals {
    std::size_t refWords = 0;
    std::size_t errors = 0;
    int phrasesSaid = 0, phrasesCredited = 0, handledSaid = 0, handledCredited = 0;
    int falseCredits = 0;
    double gapSum = 0;
    int gapCount = 0;
    int maxGap = 0;
    int unscored = 0;
    int calls = 0;
    int disagreements = 0;
    double audioSeconds = 0, decodeSeconds = 0;

    void add(const CallResult& r)
    {
        refWords += r.refWords;
        errors += r.errors;
        phrasesSaid += r.phrasesSaid;
        phrasesCredited += r.phrasesCredited;
        handledSaid += r.handledSaid;
        handledCredited += r.handledCredited;
        falseCredits += r.falseCredits;
        disagreements += r.agentDisagreements;
        audioSeconds += r.audioSeconds;
        decodeSeconds += r.decodeSeconds;
        ++calls;
        if (r.scoreHeard && r.scoreSaid) {
            const int gap = *r.scoreHeard - *r.scoreSaid;
            gapSum += gap;
            ++gapCount;
            if (std::abs(gap) > std::abs(maxGap))
                maxGap = gap;
        } else if (r.scoreHeard.has_value() != r.scoreSaid.has_value()) {
            ++unscored;
        }
    }
    double wer() const { return refWords ? 100.0 * double(errors) / double(refWords) : 0.0; }
    double meanGap() const { return gapCount ? gapSum / gapCount : 0.0; }
    QJsonObject json() const
    {
        return {{QStringLiteral("calls"), calls}, {QStringLiteral("wer_percent"), wer()},
            {QStringLiteral("phrases_said"), phrasesSaid},
            {QStringLiteral("phrases_credited"), phrasesCredited},
            {QStringLiteral("handled_said"), handledSaid},
            {QStringLiteral("handled_credited"), handledCredited},
            {QStringLiteral("false_credits"), falseCredits},
            {QStringLiteral("mean_fairness_gap"), meanGap()},
            {QStringLiteral("max_fairness_gap"), maxGap},
            {QStringLiteral("scored_only_one_way"), unscored},
            {QStringLiteral("agent_scorer_disagreements"), disagreements},
            {QStringLiteral("real_time_factor"),
                audioSeconds > 0 ? decodeSeconds / audioSeconds : 0.0}};
    }
};

void printRow(const QString& name, const Totals& t)
{
    std::printf("%-22s %5d %7.1f %%   %3d / %-3d   %3d / %-3d   %3d   %+6.2f  %+4d   %d  %5.2f\n",
        qPrintable(name), t.calls, t.wer(), t.phrasesCredited, t.phrasesSaid, t.handledCredited,
        t.handledSaid, t.falseCredits, t.meanGap(), t.maxGap, t.disagreements,
        t.audioSeconds > 0 ? t.decodeSeconds / t.audioSeconds : 0.0);
}

void printHeader(const char* what)
{
    std::printf("\n%-22s %5s %9s   %-9s   %-9s   %5s %6s  %4s   %s  %5s\n", what, "calls",
        "rep WER", "phrases", "handled", "false", "gap", "max", "≠", "RTF");
}

Options parse(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto next = [&] {
            if (i + 1 >= args.size())
                qFatal("%s needs a value", qPrintable(a));
            return args[++i];
        };
        if (a == QLatin1String("--baseline")) {
            o.baseline = true;
        } else if (a == QLatin1String("--verbose")) {
            o.verbose = true;
        } else if (a == QLatin1String("--quick")) {
            o.voices = {allVoices[0], allVoices[3]};
            o.conditions = {QStringLiteral("normal")};
        } else if (a == QLatin1String("--weight")) {
            o.tuning.scenarioWeight = next().toFloat();
        } else if (a == QLatin1String("--lw")) {
            o.tuning.languageWeight = next().toFloat();
        } else if (a == QLatin1String("--topn")) {
            o.tuning.topGaussians = next().toInt();
        } else if (a == QLatin1String("--wip")) {
            o.tuning.insertionPenalty = next().toFloat();
        } else if (a == QLatin1String("--ps")) {
            for (const QString& arg : next().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                o.tuning.decoderArguments.append(arg.toUtf8());
        } else if (a == QLatin1String("--json")) {
            o.json = next();
        } else if (a == QLatin1String("--voices")) {
            const QStringList names = next().split(QLatin1Char(','));
            o.voices.clear();
            for (const Voice& v : allVoices + optionalVoices) {
                if (names.contains(v.name))
                    o.voices.append(v);
            }
        } else if (a == QLatin1String("--scenarios")) {
            o.scenarios = next().split(QLatin1Char(','));
        } else if (a == QLatin1String("--conditions")) {
            o.conditions = next().split(QLatin1Char(','));
        } else {
            qFatal("unknown argument %s", qPrintable(a));
        }
    }
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    QTemporaryDir cacheDir;
    server::ScenarioLanguageCache languages(cacheDir.path());
    server::Synthesizer synthesizer;

    const server::Recognizer::Tuning& tuning = options.tuning;
    std::printf("Recognition benchmark (%s build): %s, scenario model weight %.2f, -lw %.2f, "
                "-wip %.2f, -topn %d%s\n",
        VT_BUILD_TYPE, options.baseline ? "general model only (baseline)" : "scenario models",
        double(tuning.scenarioWeight), double(tuning.languageWeight),
        double(tuning.insertionPenalty), tuning.topGaussians,
        tuning.decoderArguments.isEmpty()
            ? ""
            : qPrintable(
                QStringLiteral(", ") + QString::fromUtf8(tuning.decoderArguments.join(' '))));
    std::map<QString, Totals> byVoice, byScenario, byCondition;
    Totals all;
    std::vector<TurnStages> turns;
    QJsonArray calls;
    for (const QString& scenario : options.scenarios) {
        for (const Voice& voice : options.voices) {
            for (const QString& condition : options.conditions) {
                if (options.verbose)
                    std::printf("%s / %s / %s\n", qPrintable(scenario), qPrintable(voice.name),
                        qPrintable(condition));
                Call call(scenario, voice, condition, options, languages, synthesizer);
                const CallResult r = call.run();
                byVoice[voice.name].add(r);
                byScenario[scenario].add(r);
                byCondition[condition].add(r);
                all.add(r);
                turns.insert(turns.end(), r.turns.begin(), r.turns.end());
                Totals one;
                one.add(r);
                QJsonObject o = one.json();
                o.insert(QStringLiteral("scenario"), scenario);
                o.insert(QStringLiteral("voice"), voice.name);
                o.insert(QStringLiteral("condition"), condition);
                o.insert(QStringLiteral("score_heard"),
                    r.scoreHeard ? QJsonValue(*r.scoreHeard) : QJsonValue());
                o.insert(QStringLiteral("score_said"),
                    r.scoreSaid ? QJsonValue(*r.scoreSaid) : QJsonValue());
                o.insert(
                    QStringLiteral("missed_phrases"), QJsonArray::fromStringList(r.missedPhrases));
                QJsonArray lines;
                for (const auto& [saidLine, heardLine] : r.lines)
                    lines.append(QJsonObject{
                        {QStringLiteral("said"), saidLine}, {QStringLiteral("heard"), heardLine}});
                o.insert(QStringLiteral("lines"), lines);
                QJsonArray stages; // per turn: end of turn, final pass, decision, speech (ms)
                for (const TurnStages& t : r.turns)
                    stages.append(QJsonArray{t.endOfTurn, t.finalPass, t.decision, t.speech});
                o.insert(QStringLiteral("turn_stages_ms"), stages);
                calls.append(o);
                if (!options.verbose)
                    std::fprintf(stderr, ".");
            }
        }
    }
    std::fprintf(stderr, "\n");
    printHeader("voice");
    for (const auto& [name, t] : byVoice)
        printRow(name, t);
    printHeader("scenario");
    for (const auto& [name, t] : byScenario)
        printRow(name, t);
    printHeader("condition");
    for (const auto& [name, t] : byCondition)
        printRow(name, t);
    printHeader("all");
    printRow(QStringLiteral("all calls"), all);
    std::printf("\nphrases/handled: credited by the score / actually said; false: credited but "
                "not said; gap: score as heard minus score as said (mean, and the largest); ≠: "
                "objections the agent and the scorer disagree on; RTF: decoding time over audio "
                "time.\n");
    const QJsonObject latency = printTurnStages(turns);
    if (!options.json.isEmpty()) {
        QFile out(options.json);
        QJsonObject doc{{QStringLiteral("baseline"), options.baseline},
            {QStringLiteral("weight"), double(tuning.scenarioWeight)},
            {QStringLiteral("lw"), double(tuning.languageWeight)},
            {QStringLiteral("wip"), double(tuning.insertionPenalty)},
            {QStringLiteral("topn"), tuning.topGaussians},
            {QStringLiteral("decoder_arguments"),
                QString::fromUtf8(tuning.decoderArguments.join(' '))},
            {QStringLiteral("all"), all.json()}, {QStringLiteral("turn_latency"), latency},
            {QStringLiteral("calls"), calls}};
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(options.json));
    }
    return 0;
}
