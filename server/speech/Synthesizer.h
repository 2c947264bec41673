#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>
#include <vector>

struct cst_voice_struct;

namespace vt::server {

// One utterance the prospect says, as audio, with where each of its words ends.
struct SpokenText {
    std::vector<float> samples; // 48 kHz mono
    QStringList words;          // the text's words, as written
    QList<qint64> wordEndsMs;   // for each word, where it ends in the audio
    qint64 durationMs() const { return qint64(samples.size()) / 48; }
};

// The practice agent's voices (flite: kal, awb, rms, slt). flite keeps state in its voices, so
// one Synthesizer serves every call of a server and speaks for one at a time.
class Synthesizer final {
public:
    static QStringList voices();

    Synthesizer();
    ~Synthesizer();
    Synthesizer(const Synthesizer&) = delete;
    Synthesizer& operator=(const Synthesizer&) = delete;

    // The text in the named voice; nothing (and `error`) for an unknown voice or empty audio.
    std::optional<SpokenText> say(const QString& text, const QString& voice, QString* error);

private:
    cst_voice_struct* voice(const QString& name);

    std::mutex m_mutex;
    QHash<QString, cst_voice_struct*> m_voices;
};

} // namespace vt::server
