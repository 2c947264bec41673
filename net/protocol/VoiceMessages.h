#pragma once

// The voice gateway's JSON messages (docs/protocol/voice-gateway.md, "JSON messages"): typed,
// validated on the way in, and written one way on the way out. One definition for the client
// and the gateway.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace vt::protocol::voice {

struct AudioFormat {
    QString codec = QStringLiteral("opus");
    int sampleRate = 48000;
    int channels = 1;
    int frameMs = 20;
    friend bool operator==(const AudioFormat&, const AudioFormat&) = default;
};

struct Hello {
    int protocol = 1;
    QString token;
    QString client;                   // "voicetraining-desktop/0.3.0"
    std::optional<QString> sessionId; // set to resume
    qint64 lastEventSeq = 0;          // resume: the last server event received
    qint64 lastAgentSeq = -1;         // resume: the last agent audio packet received
    AudioFormat audio;
};

struct Limits {
    qint64 maxMessageBytes = 0;
    int keepaliveMs = 0;
    int peerTimeoutMs = 0;
    qint64 maxCallMs = 0;
};

struct Ready {
    qint64 seq = 0;
    int protocol = 1;
    int minor = 0;
    QString sessionId;
    bool resumed = false;
    AudioFormat audio;
    Limits limits;
    qint64 nextRepSeq = 0;
    QString personaName;
    QString voice;
};

struct Word {
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    friend bool operator==(const Word&, const Word&) = default;
};

struct TranscriptEvent {
    qint64 seq = 0;
    QString utteranceId; // r1, r2, ... (rep); a1, a2, ... (prospect)
    QString speaker;     // rep | prospect
    QString text;
    bool final = false;
    bool truncated = false;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QList<Word> words;
};

struct AgentState {
    qint64 seq = 0;
    QString state;       // listening | thinking | speaking
    QString utteranceId; // with speaking
};

struct Playback {
    QString utteranceId;
    qint64 startMs = 0;
    qint64 playedMs = 0;
    bool truncated = false;
};

struct CallEnd {
    qint64 seq = 0; // 0 when the client sends it
    QString by;     // rep | agent | platform
    QString reason; // rep_hung_up | agent_hung_up | goal_reached | time_limit | error
    QString detail;
};

struct ErrorEvent {
    qint64 seq = 0;
    QString code;
    QString message;
    bool retryable = false;
};

struct Ping {
    qint64 id = 0;
    bool pong = false;
};

// A message of a type this version does not know: ignored by the receiver.
struct Unknown {
    QString type;
};

using Message = std::variant<Hello, Ready, TranscriptEvent, AgentState, Playback, CallEnd,
    ErrorEvent, Ping, Unknown>;

struct MessageParse {
    std::optional<Message> message;
    QString error; // "$.start_ms: must be an integer from 0 to 86400000", or the JSON's fault
};
MessageParse parseMessage(QByteArrayView text);

QByteArray toJson(const Message& message);

// The utterance number in an id: "a7" -> 7, "r12" -> 12; 0 when it is not one.
int utteranceNumber(QStringView id);

} // namespace vt::protocol::voice
