#pragma once

#include "Vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <span>

struct ps_decoder_s;

namespace vt::server {

// A word the recogniser heard, with its times from the start of the utterance.
struct RecognizedWord {
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The decoder's settings that matter for a call's accuracy; the defaults are the measured best
// (docs/performance.md, bench_recognition).
struct RecognizerTuning {
    float scenarioWeight = 0.5f;    // the scenario model's share against the general one
    float languageWeight = 5.5f;    // -lw: language models against the acoustics
    float insertionPenalty = 0.65f; // -wip: the price of one more word
    int topGaussians = 8;           // -topn: Gaussians scored per frame (pocketsphinx: 4)
    // The final pass's beams (pocketsphinx: 1e-64 and 7e-29): narrower, it costs a third less
    // time at the end of each turn, for the same accuracy (docs/performance.md).
    double flatBeam = 1e-50;            // -fwdflatbeam
    double flatWordBeam = 1e-20;        // -fwdflatwbeam
    QList<QByteArray> decoderArguments; // more pocketsphinx arguments ("-beam", "1e-60", ...)
};

// Streaming speech recognition for one call (pocketsphinx, Debian's US English model):
// begin() an utterance, feed() 16 kHz audio as it arrives, partial() for the words so far,
// end() for the final words. Not thread-safe: one recogniser per call, used on one thread.
class Recognizer final {
public:
    static constexpr int sampleRate = 16000;

    using Tuning = RecognizerTuning;

    // The model folder holds en-us/ (acoustic model), en-us.lm.bin and cmudict-en-us.dict.
    // With `scenarioModel` (ARPA text, ScenarioLanguage), utterances are decoded with it
    // interpolated with the general model; without, with the general model alone.
    static std::unique_ptr<Recognizer> open(const QString& modelDir, const QString& scenarioModel,
        const QList<VocabularyWord>& vocabulary, QString* error, const Tuning& tuning = {});
    // The build's model folder: the system's (Debian's package) on Linux; on Windows and macOS,
    // where the package bundles it, a path relative to the executable (VT_SPEECH_MODEL_DIR).
    static QString defaultModelDir();
    ~Recognizer();
    Recognizer(const Recognizer&) = delete;
    Recognizer& operator=(const Recognizer&) = delete;

    void begin();
    void feed(std::span<const std::int16_t> samples);
    // The best guess so far, lowercase words separated by spaces.
    QString partial();
    // Ends the utterance: its words (noise and silence left out).
    QList<RecognizedWord> end();
    bool inUtterance() const { return m_inUtterance; }

private:
    explicit Recognizer(ps_decoder_s* decoder);

    ps_decoder_s* m_decoder;
    bool m_inUtterance = false;
};

// Recogniser output to plain words: alternates ("for(3)") lose their suffix; sentence marks,
// silence and noise ("<s>", "<sil>", "[NOISE]", "++um++") are dropped.
QString cleanRecognizedWord(const QString& word);

} // namespace vt::server
