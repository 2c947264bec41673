#include "Synthesizer.h"

#include "Resampler.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>

extern "C" {
#include <flite/flite.h>
cst_voice* register_cmu_us_kal(const char* voxdir);
cst_voice* register_cmu_us_awb(const char* voxdir);
cst_voice* register_cmu_us_rms(const char* voxdir);
cst_voice* register_cmu_us_slt(const char* voxdir);
void unregister_cmu_us_kal(cst_voice* voice);
void unregister_cmu_us_awb(cst_voice* voice);
void unregister_cmu_us_rms(cst_voice* voice);
void unregister_cmu_us_slt(cst_voice* voice);
}

namespace vt::server {
namespace {

struct VoiceEntry {
    const char* name;
    cst_voice* (*registerVoice)(const char*);
    void (*unregisterVoice)(cst_voice*);
};

constexpr VoiceEntry voiceTable[] = {
    {"kal", &register_cmu_us_kal, &unregister_cmu_us_kal},
    {"awb", &register_cmu_us_awb, &unregister_cmu_us_awb},
    {"rms", &register_cmu_us_rms, &unregister_cmu_us_rms},
    {"slt", &register_cmu_us_slt, &unregister_cmu_us_slt},
};

// Where each of the text's tokens (flite's Token relation: the text split at white space)
// ends, in seconds: the end of the last segment of its last word.
QList<qint64> tokenEnds(cst_utterance* utterance)
{
    QList<qint64> ends;
    qint64 last = 0;
    for (cst_item* token = relation_head(utt_relation(utterance, "Token")); token != nullptr;
         token = item_next(token)) {
        const float end
            = ffeature_float(token, "daughtern.R:SylStructure.daughtern.daughtern.R:Segment.end");
        last = std::max(last, qint64(end * 1000.0f));
        ends.append(last);
    }
    return ends;
}

} // namespace

QStringList Synthesizer::voices()
{
    QStringList names;
    for (const VoiceEntry& entry : voiceTable)
        names.append(QLatin1String(entry.name));
    return names;
}

Synthesizer::Synthesizer()
{
    flite_init();
}

Synthesizer::~Synthesizer()
{
    for (const VoiceEntry& entry : voiceTable) {
        if (cst_voice* v = m_voices.value(QLatin1String(entry.name)))
            entry.unregisterVoice(v);
    }
}

cst_voice* Synthesizer::voice(const QString& name)
{
    if (cst_voice* known = m_voices.value(name))
        return known;
    for (const VoiceEntry& entry : voiceTable) {
        if (name == QLatin1String(entry.name)) {
            cst_voice* v = entry.registerVoice(nullptr);
            m_voices.insert(name, v);
            return v;
        }
    }
    return nullptr;
}

std::optional<SpokenText> Synthesizer::say(
    const QString& text, const QString& voiceName, QString* error)
{
    const std::lock_guard lock(m_mutex);
    cst_voice* v = voice(voiceName);
    if (v == nullptr) {
        *error = QStringLiteral("there is no voice “%1” (voices: %2)")
                     .arg(voiceName, voices().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QByteArray utf8 = text.toUtf8();
    cst_utterance* utterance = flite_synth_text(utf8.constData(), v);
    cst_wave* wave = utterance != nullptr ? utt_wave(utterance) : nullptr;
    if (wave == nullptr || wave->num_samples <= 0 || wave->sample_rate <= 0) {
        if (utterance != nullptr)
            delete_utterance(utterance);
        *error = QStringLiteral("the voice “%1” produced no audio for “%2”").arg(voiceName, text);
        return std::nullopt;
    }
    std::vector<float> pcm(std::size_t(wave->num_samples));
    for (std::size_t i = 0; i < pcm.size(); ++i)
        pcm[i] = float(wave->samples[i]) / 32768.0f;
    SpokenText spoken;
    spoken.samples = audio::resample(pcm, wave->sample_rate, 48000);
    spoken.words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    spoken.wordEndsMs = tokenEnds(utterance);
    delete_utterance(utterance);
    if (spoken.wordEndsMs.size() != spoken.words.size()) {
        // flite split the text otherwise than at white space: spread the words evenly.
        spoken.wordEndsMs.clear();
        const qint64 duration = spoken.durationMs();
        for (qsizetype i = 0; i < spoken.words.size(); ++i)
            spoken.wordEndsMs.append(duration * (i + 1) / spoken.words.size());
    }
    return spoken;
}

} // namespace vt::server
