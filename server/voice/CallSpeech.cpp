#include "CallSpeech.h"

#include "ServerLog.h"
#include "speech/ScenarioLanguage.h"
#include "speech/Synthesizer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace vt::server {

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
        m_recognizer->begin();
        m_utteranceStartMs = m_preroll.empty() ? callMs : m_preroll.front().callMs;
        m_levels.clear();
        for (const Frame16& earlier : m_preroll) {
            m_recognizer->feed(earlier.samples);
            m_levels.push_back(earlier.levelDb);
        }
        m_preroll.clear();
        m_framesSincePartial = 0;
        m_lastPartial.clear();
        Q_EMIT repSpeechStarted(callMs);
    }
    if (m_recognizer->inUtterance()) {
        m_recognizer->feed(m_pcm16);
        m_levels.push_back(levelDb);
        if (++m_framesSincePartial >= partialEveryFrames) {
            m_framesSincePartial = 0;
            const QString partial = m_style.partialText(m_recognizer->partial());
            if (!partial.isEmpty() && partial != m_lastPartial) {
                m_lastPartial = partial;
                Q_EMIT repPartial(partial, m_utteranceStartMs, callMs + audio::frameMs);
            }
        }
    } else {
        m_preroll.push_back({callMs, m_pcm16, levelDb});
        if (m_preroll.size() > prerollFrames)
            m_preroll.pop_front();
    }
    if (vad.segment)
        closeUtterance(vad.segment->startMs, vad.segment->endMs);
}

float CallSpeech::quietLevel() const
{
    // 30 dB under the utterance's loud frames (its 90th percentile): a pause, not the closure
    // of a "t" or a soft "f" (those stay within about 25 dB).
    if (m_levels.empty())
        return -90.0f;
    std::vector<float> sorted = m_levels;
    const std::size_t at90 = sorted.size() * 9 / 10;
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(at90), sorted.end());
    return std::max(sorted[at90] - 30.0f, -90.0f);
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

void CallSpeech::closeUtterance(qint64 startMs, qint64 endMs)
{
    if (!m_recognizer || !m_recognizer->inUtterance())
        return;
    RepSpeech speech;
    speech.startMs = startMs;
    speech.endMs = endMs;
    QList<TranscriptStyle::Word> styled;
    const float quiet = quietLevel();
    for (RecognizedWord word : m_recognizer->end()) {
        word.startMs = std::clamp(m_utteranceStartMs + word.startMs, startMs, endMs);
        word.endMs = std::clamp(m_utteranceStartMs + word.endMs, word.startMs, endMs);
        const qint64 pause = styled.isEmpty() ? 0 : pauseAround(word.startMs, quiet);
        styled.append({word.text, word.startMs, word.endMs, pause});
        speech.words.append(word);
        speech.pausesMs.append(pause);
    }
    speech.text = m_style.finalText(styled);
    Q_EMIT repFinal(speech);
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
    std::array<float, audio::packetSamples> packet{};
    const std::vector<float>& samples = voiced->samples;
    for (std::size_t at = 0; at < samples.size(); at += std::size_t(audio::packetSamples)) {
        const std::size_t n = std::min(std::size_t(audio::packetSamples), samples.size() - at);
        std::copy_n(samples.begin() + std::ptrdiff_t(at), n, packet.begin());
        std::fill(packet.begin() + std::ptrdiff_t(n), packet.end(), 0.0f);
        const std::vector<std::uint8_t> encoded = m_encoder.encode(packet);
        if (encoded.empty()) {
            Q_EMIT failed(QStringLiteral("the Opus encoder failed on the agent's speech"));
            return;
        }
        speech.packets.append(
            QByteArray(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size())));
    }
    speech.durationMs = qint64(speech.packets.size()) * audio::packetMs;
    Q_EMIT spoken(speech);
}

void CallSpeech::finish()
{
    if (std::optional<audio::TalkSegment> open = m_vad.finish())
        closeUtterance(open->startMs, open->endMs);
    else if (m_recognizer && m_recognizer->inUtterance())
        closeUtterance(m_utteranceStartMs, (m_lastFrameIndex + 1) * audio::frameMs);
    Q_EMIT finished();
}

} // namespace vt::server
