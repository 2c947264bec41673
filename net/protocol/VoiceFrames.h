#pragma once

// The voice gateway's binary frames (docs/protocol/voice-gateway.md, "Binary frames"): one
// Opus packet after a 12-byte big-endian header. One definition for the client and the
// gateway.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace vt::protocol::voice {

inline constexpr char subprotocol[] = "vt-voice.1";
inline constexpr int protocolVersion = 1;
inline constexpr int protocolMinor = 0;
inline constexpr qsizetype headerBytes = 12;
inline constexpr qsizetype maxOpusBytes = 1275; // RFC 6716, one frame
inline constexpr qsizetype maxMessageBytes = qsizetype(1) << 20;
inline constexpr int helloTimeoutMs = 10000;
inline constexpr int keepaliveMs = 10000;
inline constexpr int peerTimeoutMs = 25000;

enum class FrameType : quint8 {
    RepAudio = 1,   // client -> gateway
    AgentAudio = 2, // gateway -> client
};

namespace flags {
inline constexpr quint8 first = 0x01; // the first packet of an agent utterance
inline constexpr quint8 last = 0x02;  // its last
inline constexpr quint8 known = first | last;
} // namespace flags

struct AudioFrame {
    FrameType type = FrameType::RepAudio;
    quint8 flags = 0;
    quint16 utterance = 0;   // agent audio: the utterance number (a7 <-> 7); rep audio: 0
    quint32 seq = 0;         // per direction, from 0, +1 per packet
    quint32 timestampMs = 0; // rep: call clock of the first sample; agent: offset in utterance
    QByteArray opus;         // one Opus packet, 1..1275 bytes
};

QByteArray encodeAudioFrame(const AudioFrame& frame);

struct FrameParse {
    std::optional<AudioFrame> frame;
    QString error; // "binary frame of 9 bytes: shorter than the 12-byte header and a packet"
};
// Checks the length and, for audio, the packet size and the reserved flags. A frame of a type
// this version does not know comes back with that type, to be ignored. Whether the type may be
// sent in this direction and whether seq is the next expected are the receiver's to check.
bool isKnownType(FrameType type);
FrameParse parseAudioFrame(QByteArrayView bytes);

} // namespace vt::protocol::voice
