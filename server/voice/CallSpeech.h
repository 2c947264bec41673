#pragma once

#include "speech/Recognizer.h"
#include "speech/TranscriptStyle.h"

#include "Resampler.h"
#include "Vad.h"
#include "VoiceCodec.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace vt::server {

class Synthesizer;
struct ScenarioLanguage;

// A rep utterance the recogniser finished, on the call clock.
struct RepSpeech {
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QList<RecognizedWord> words; // call-clock times
    QList<qint64> pausesMs;      // the pause before each word, measured in the audio
};

// An agent utterance ready to stream: 20 ms Opus packets and where its words end. It is
// handed over as soon as its first packets are encoded; the rest follow (spokenMore).
struct AgentSpeech {
    int utterance = 0;
    QList<QByteArray> packets; // the ones encoded so far
    int totalPackets = 0;
    QStringList words;
    QList<qint64> wordEndsMs;
    qint64 durationMs = 0;
    // The words heard in the first `playedMs`.
    QString textWithin(qint64 playedMs) const;
};

// The heavy half of a call, on its own thread: rep audio (Opus) decoded, segmented by VAD
// into utterances and recognised as it streams in; agent lines synthesised and encoded.
// VoiceCall talks to it only through queued signals and slots.
class CallSpeech final : public QObject {
    Q_OBJECT

public:
    static constexpr int partialEveryFrames = 30; // a partial result every 300 ms of speech
    static constexpr int prerollFrames = 20;      // audio before the VAD's start, recognised too
    static constexpr int firstPackets = 5;        // an agent line is handed over after these
    // End of turn (docs/protocol/voice-gateway.md): at a pause of chunkPauseMs the recogniser
    // finishes the words so far; then a complete question ends the turn after
    // questionHangoverMs of silence, a statement whose voice fell at its end after
    // statementHangoverMs, a trailing "and", "the", "um"... only after trailingHangoverMs;
    // anything else after the VAD's own hangover (300 ms).
    static constexpr int chunkPauseMs = 150;
    static constexpr int questionHangoverMs = 180;
    static constexpr int statementHangoverMs = 240;
    static constexpr int trailingHangoverMs = 600;
    static constexpr double fallingDb = 6.0; // the last voiced frames this far under the loud ones

    CallSpeech(Synthesizer& synthesizer, QString modelDir, QList<VocabularyWord> vocabulary,
        std::shared_ptr<const ScenarioLanguage> language = {}, Recognizer::Tuning tuning = {});
    ~CallSpeech() override;

public Q_SLOTS:
    // Loads the recogniser; failed() when it cannot.
    void open();
    void repAudio(qint64 timestampMs, const QByteArray& opus);
    void speak(int utterance, const QString& text, const QString& voice);
    // The call is over: an utterance in progress is finished (repFinal), then finished().
    void finish();

Q_SIGNALS:
    void opened();
    void repSpeechStarted(qint64 callMs);
    void repPartial(const QString& text, qint64 startMs, qint64 endMs);
    // `text` may be empty: the VAD heard something the recogniser found no words in, or too
    // short to be speech (a click).
    void repFinal(const vt::server::RepSpeech& speech);
    void spoken(const vt::server::AgentSpeech& speech);
    // The rest of an agent line's packets, in order, after spoken().
    void spokenMore(int utterance, const QList<QByteArray>& packets);
    void finished();
    void failed(const QString& message);

private:
    void processFrame(std::span<const float, audio::frameSamples> frame, qint64 frameIndex);
    void closeUtterance(qint64 startMs, qint64 endMs);
    void dropUtterance();
    void beginChunk();
    void endChunk();
    void chooseEndOfTurn();
    bool fallingAtEnd() const;
    QString wordsSoFar() const;
    QString styledSoFar() const;
    // `words` (call clock) as the transcript shows them; the pause before each into `pauses`.
    QString styled(const QList<RecognizedWord>& words, QList<qint64>* pauses) const;
    // The level under which a frame of the utterance is a pause.
    float quietLevel() const;
    // How long the rep paused around call-clock `ms`, by the utterance's frame levels.
    qint64 pauseAround(qint64 ms, float quietBelow) const;

    Synthesizer& m_synthesizer;
    QString m_modelDir;
    QList<VocabularyWord> m_vocabulary;
    std::shared_ptr<const ScenarioLanguage> m_language;
    Recognizer::Tuning m_tuning;
    TranscriptStyle m_style;
    std::unique_ptr<Recognizer> m_recognizer;
    audio::VoiceDecoder m_decoder;
    audio::VoiceEncoder m_encoder;
    audio::Vad m_vad;
    audio::Resampler m_toRecognizer{48000, Recognizer::sampleRate};
    std::vector<float> m_resampled;
    std::vector<std::int16_t> m_pcm16;
    struct Frame16 {
        qint64 callMs;
        std::vector<std::int16_t> samples;
        float levelDb;
    };
    std::deque<Frame16> m_preroll;
    std::vector<float> m_levels;   // RMS dBFS of each 10 ms frame fed in the utterance
    qint64 m_utteranceStartMs = 0; // call clock of the utterance's first frame (m_levels[0])
    qint64 m_chunkStartMs = 0;     // call clock of the first sample of the recogniser's chunk
    bool m_segmentOpen = false;    // the VAD's segment is open (the rep's turn goes on)
    QList<RecognizedWord> m_segmentWords; // finished chunks' words, call clock
    int m_framesSincePartial = 0;
    QString m_lastPartial;
    qint64 m_lastFrameIndex = -1;
};

} // namespace vt::server

Q_DECLARE_METATYPE(vt::server::RepSpeech)
Q_DECLARE_METATYPE(vt::server::AgentSpeech)
