#include "CallSpeech.h"

#include "ServerLog.h"
#include "speech/ScenarioLanguage.h"
#include "speech/Synthesizer.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace vt::server {
namespace {

// The level of an utterance's loud frames: the 90th percentile of `levels` (not empty).
float loudLevel(std::vector<float> levels)
{
    const auto at90 = levels.begin() + std::ptrdiff_t(levels.size() * 9 / 10);
    std::nth_element(levels.begin(), at90, levels.end());
    return *at90;
}

} // namespace

QString AgentSpeech::textWithin(qint64 playedMs) const
{
    QStringList heard;
    for (qsizetype i = 0; i < words.size() && i < wordEndsMs.size(); ++i) {
        if (wordEndsMs[i] > playedMs)
            break;
        heard.append(words[i]);
    }
    return heard.join(QLatin1Char(' '));
}

CallSpeech::CallSpeech(Synthesizer& synthesizer, QString modelDir, QList<VocabularyWord> vocabulary,
    std::shared_ptr<const ScenarioLanguage> language, Recognizer::Tuning tuning)
    : m_synthesizer(synthesizer)
    , m_modelDir(std::move(modelDir))
    , m_vocabulary(std::move(vocabulary))
    , m_language(std::move(language))
    , m_tuning(tuning)
    , m_style(m_language ? m_language->displayForms : QHash<QString, QString>())
{
    qRegisterMetaType<vt::server::RepSpeech>();
    qRegisterMetaType<vt::server::AgentSpeech>();
}

CallSpeech::~CallSpeech() = default;

void CallSpeech::open()
{
    QString error;
    m_recognizer = Recognizer::open(
        m_modelDir, m_language ? m_language->arpaPath : QString(), m_vocabulary, &error, m_tuning);
    if (!m_recognizer && m_language) {
        // A scenario model that does not load (a damaged cache file) costs accuracy, not the
        // call: the general model alone.
        qCWarning(lcServer, "%s; recognising with the general language model", qPrintable(error));
        m_recognizer = Recognizer::open(m_modelDir, QString(), m_vocabulary, &error, m_tuning);
    }
    if (!m_recognizer) {
        Q_EMIT failed(error);
        return;
    }
    if (!m_decoder || !m_encoder) {
        Q_EMIT failed(QStringLiteral("the Opus codec could not be set up: %1")
                          .arg(QString::fromStdString(m_encoder.errorText())));
        return;
    }
    Q_EMIT opened();
}

void CallSpeech::repAudio(qint64 timestampMs, const QByteArray& opus)
{
    if (!m_recognizer)
        return;
    std::array<float, audio::packetSamples> pcm{};
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(opus.constData());
    m_decoder.decode(std::span(bytes, std::size_t(opus.size())), pcm);
    const qint64 firstFrame = timestampMs / audio::frameMs;
    for (std::size_t f = 0; f < audio::packetSamples / audio::frameSamples; ++f) {
        const qint64 index = firstFrame + qint64(f);
        if (index <= m_lastFrameIndex)
            continue; // a repeat after a resume
        processFrame(std::span<const float, audio::frameSamples>(
                         pcm.data() + f * audio::frameSamples, audio::frameSamples),
            index);
        m_lastFrameIndex = index;
    }
}

void CallSpeech::processFrame(std::span<const float, audio::frameSamples> frame, qint64 frameIndex)
{
    m_resampled.clear();
    m_toRecognizer.process(frame, m_resampled);
    m_pcm16.resize(m_resampled.size());
    std::transform(m_resampled.begin(), m_resampled.end(), m_pcm16.begin(),
        [](float s) { return std::int16_t(std::lround(std::clamp(s, -1.0f, 1.0f) * 32767.0f)); });
    const qint64 callMs = frameIndex * audio::frameMs;
    double energy = 0;
    for (const float s : frame)
        energy += double(s) * s;
    const float levelDb = float(10.0 * std::log10(std::max(energy / audio::frameSamples, 1e-10)));
    const audio::Vad::Result vad = m_vad.process(frame, frameIndex);
    if (vad.speechStarted) {
        m_segmentOpen = true;
        m_segmentWords.clear();
        m_levels.clear();
        m_utteranceStartMs = m_preroll.empty() ? callMs : m_preroll.front().callMs;
        for (const Frame16& earlier : m_preroll)
            m_levels.push_back(earlier.levelDb);
        beginChunk();
        m_lastPartial.clear();
        Q_EMIT repSpeechStarted(callMs);
    } else if (m_segmentOpen && vad.active && !m_recognizer->inUtterance()) {
        // The rep goes on after a pause the recogniser already finished: the next chunk, with
        // the quiet frames before it as its lead-in (their levels are counted already).
        beginChunk();
    }
    if (m_recognizer->inUtterance()) {
        m_recognizer->feed(m_pcm16);
        m_levels.push_back(levelDb);
        if (++m_framesSincePartial >= partialEveryFrames) {
            m_framesSincePartial = 0;
            const QString partial = m_style.partialText(
                (wordsSoFar() + QLatin1Char(' ') + m_recognizer->partial()).trimmed());
            if (!partial.isEmpty() && partial != m_lastPartial) {
                m_lastPartial = partial;
                Q_EMIT repPartial(partial, m_utteranceStartMs, callMs + audio::frameMs);
            }
        }
        // A pause: the recogniser finishes what was said so far while the turn may go on,
        // and what it heard decides how long the turn waits for more.
        if (m_vad.inSegment() && m_vad.silentMs() >= chunkPauseMs) {
            endChunk();
            chooseEndOfTurn();
        }
    } else {
        if (m_segmentOpen)
            m_levels.push_back(levelDb);
        m_preroll.push_back({callMs, m_pcm16, levelDb});
        if (m_preroll.size() > prerollFrames)
            m_preroll.pop_front();
    }
    if (vad.segment)
        closeUtterance(vad.segment->startMs, vad.segment->endMs);
    else if (m_segmentOpen && !m_vad.inSegment())
        dropUtterance(); // too short: a click, not speech
}

void CallSpeech::beginChunk()
{
    m_recognizer->begin();
    m_chunkStartMs = m_preroll.empty() ? m_utteranceStartMs : m_preroll.front().callMs;
    for (const Frame16& earlier : m_preroll)
        m_recognizer->feed(earlier.samples);
    m_preroll.clear();
    m_framesSincePartial = 0;
}

void CallSpeech::endChunk()
{
    for (RecognizedWord word : m_recognizer->end()) {
        word.startMs += m_chunkStartMs;
        word.endMs += m_chunkStartMs;
        m_segmentWords.append(word);
    }
}

QString CallSpeech::wordsSoFar() const
{
    QStringList words;
    for (const RecognizedWord& w : m_segmentWords)
        words.append(w.text);
    return words.join(QLatin1Char(' '));
}

void CallSpeech::chooseEndOfTurn()
{
    if (m_segmentWords.isEmpty())
        return;
    static const QSet<QString> trailing{QStringLiteral("and"), QStringLiteral("but"),
        QStringLiteral("so"), QStringLiteral("or"), QStringLiteral("because"), QStringLiteral("um"),
        QStringLiteral("uh"), QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("to"), QStringLiteral("of"), QStringLiteral("with"), QStringLiteral("for"),
        QStringLiteral("if"), QStringLiteral("that"), QStringLiteral("my"), QStringLiteral("your"),
        QStringLiteral("our"), QStringLiteral("their"), QStringLiteral("is"), QStringLiteral("are"),
        QStringLiteral("was"), QStringLiteral("then"), QStringLiteral("like")};
    if (trailing.contains(m_segmentWords.constLast().text)) {
        m_vad.setSegmentHangoverMs(trailingHangoverMs); // "and…": more is coming
        return;
    }
    if (styledSoFar().endsWith(QLatin1Char('?')))
        m_vad.setSegmentHangoverMs(questionHangoverMs); // the rep waits for the answer
    else if (fallingAtEnd())
        m_vad.setSegmentHangoverMs(statementHangoverMs);
}

bool CallSpeech::fallingAtEnd() const
{
    // The last voiced frames against the utterance's loud ones (its 90th percentile).
    std::vector<float> voiced;
    const float quiet = quietLevel();
    for (const float level : m_levels) {
        if (level >= quiet)
            voiced.push_back(level);
    }
    if (voiced.size() < 10)
        return false;
    double tail = 0;
    for (std::size_t i = voiced.size() - 5; i < voiced.size(); ++i)
        tail += voiced[i];
    tail /= 5;
    return tail <= double(loudLevel(std::move(voiced))) - fallingDb;
}

float CallSpeech::quietLevel() const
{
    // 30 dB under the utterance's loud frames (its 90th percentile): a pause, not the closure
    // of a "t" or a soft "f" (those stay within about 25 dB).
    if (m_levels.empty())
        return -90.0f;
    return std::max(loudLevel(m_levels) - 30.0f, -90.0f);
}

qint64 CallSpeech::pauseAround(qint64 ms, float quietBelow) const
{
    const auto quiet = [&](qint64 i) {
        return i >= 0 && i < qint64(m_levels.size()) && m_levels[std::size_t(i)] < quietBelow;
    };
    // The recogniser puts a word's edge anywhere near the pause: start from the quietest frame
    // within 50 ms of it.
    const qint64 centre = (ms - m_utteranceStartMs) / audio::frameMs;
    qint64 best = -1;
    for (qint64 i = centre - 5; i <= centre + 5; ++i) {
        if (quiet(i) && (best < 0 || m_levels[std::size_t(i)] < m_levels[std::size_t(best)]))
            best = i;
    }
    if (best < 0)
        return 0;
    qint64 first = best;
    qint64 last = best;
    while (quiet(first - 1))
        --first;
    while (quiet(last + 1))
        ++last;
    return (last - first + 1) * audio::frameMs;
}

QString CallSpeech::styled(const QList<RecognizedWord>& words, QList<qint64>* pauses) const
{
    QList<TranscriptStyle::Word> styled;
    const float quiet = quietLevel();
    for (const RecognizedWord& word : words) {
        const qint64 pause = styled.isEmpty() ? 0 : pauseAround(word.startMs, quiet);
        styled.append({word.text, word.startMs, word.endMs, pause});
        if (pauses)
            pauses->append(pause);
    }
    return m_style.finalText(styled);
}

QString CallSpeech::styledSoFar() const
{
    return styled(m_segmentWords, nullptr);
}

void CallSpeech::closeUtterance(qint64 startMs, qint64 endMs)
{
    if (!m_recognizer || !m_segmentOpen)
        return;
    if (m_recognizer->inUtterance())
        endChunk();
    m_segmentOpen = false;
    RepSpeech speech;
    speech.startMs = startMs;
    speech.endMs = endMs;
    for (RecognizedWord word : std::as_const(m_segmentWords)) {
        word.startMs = std::clamp(word.startMs, startMs, endMs);
        word.endMs = std::clamp(word.endMs, word.startMs, endMs);
        speech.words.append(word);
    }
    m_segmentWords.clear();
    speech.text = styled(speech.words, &speech.pausesMs);
    Q_EMIT repFinal(speech);
}

void CallSpeech::dropUtterance()
{
    if (m_recognizer->inUtterance())
        m_recognizer->end();
    m_segmentOpen = false;
    m_segmentWords.clear();
    // The rep is not speaking after all: a final without words says so.
    Q_EMIT repFinal(RepSpeech{});
}

void CallSpeech::speak(int utterance, const QString& text, const QString& voice)
{
    QString error;
    const std::optional<SpokenText> voiced = m_synthesizer.say(text, voice, &error);
    if (!voiced) {
        Q_EMIT failed(error);
        return;
    }
    AgentSpeech speech;
    speech.utterance = utterance;
    speech.words = voiced->words;
    speech.wordEndsMs = voiced->wordEndsMs;
    const std::vector<float>& samples = voiced->samples;
    const std::size_t per = std::size_t(audio::packetSamples);
    speech.totalPackets = int((samples.size() + per - 1) / per);
    speech.durationMs = qint64(speech.totalPackets) * audio::packetMs;
    // The first packets go out while the rest are encoded: the line starts sooner.
    std::array<float, audio::packetSamples> packet{};
    QList<QByteArray> encoded;
    for (std::size_t at = 0; at < samples.size(); at += per) {
        const std::size_t n = std::min(per, samples.size() - at);
        std::copy_n(samples.begin() + std::ptrdiff_t(at), n, packet.begin());
        std::fill(packet.begin() + std::ptrdiff_t(n), packet.end(), 0.0f);
        const std::vector<std::uint8_t> opus = m_encoder.encode(packet);
        if (opus.empty()) {
            Q_EMIT failed(QStringLiteral("the Opus encoder failed on the agent's speech"));
            return;
        }
        encoded.append(
            QByteArray(reinterpret_cast<const char*>(opus.data()), qsizetype(opus.size())));
        if (speech.packets.isEmpty() && encoded.size() == firstPackets) {
            speech.packets = std::exchange(encoded, {});
            Q_EMIT spoken(speech);
        }
    }
    if (speech.packets.isEmpty()) {
        speech.packets = encoded; // a line shorter than the first packets
        Q_EMIT spoken(speech);
    } else if (!encoded.isEmpty()) {
        Q_EMIT spokenMore(utterance, encoded);
    }
}

void CallSpeech::finish()
{
    if (std::optional<audio::TalkSegment> open = m_vad.finish())
        closeUtterance(open->startMs, open->endMs);
    else if (m_segmentOpen)
        closeUtterance(m_utteranceStartMs, (m_lastFrameIndex + 1) * audio::frameMs);
    Q_EMIT finished();
}

} // namespace vt::server
