#include "VoiceFrames.h"

#include <QtEndian>

namespace vt::protocol::voice {

QByteArray encodeAudioFrame(const AudioFrame& frame)
{
    QByteArray out(headerBytes + frame.opus.size(), Qt::Uninitialized);
    auto* p = reinterpret_cast<uchar*>(out.data());
    p[0] = static_cast<uchar>(frame.type);
    p[1] = frame.flags;
    qToBigEndian<quint16>(frame.utterance, p + 2);
    qToBigEndian<quint32>(frame.seq, p + 4);
    qToBigEndian<quint32>(frame.timestampMs, p + 8);
    std::copy(frame.opus.cbegin(), frame.opus.cend(), out.begin() + headerBytes);
    return out;
}

bool isKnownType(FrameType type)
{
    return type == FrameType::RepAudio || type == FrameType::AgentAudio;
}

FrameParse parseAudioFrame(QByteArrayView bytes)
{
    FrameParse result;
    if (bytes.size() < headerBytes + 1) {
        result.error = QStringLiteral("binary frame of %1 bytes: shorter than the %2-byte header "
                                      "and one packet byte")
                           .arg(bytes.size())
                           .arg(headerBytes);
        return result;
    }
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const bool audio = isKnownType(FrameType(p[0]));
    // Frames of types this version does not know are returned as they are, for the receiver
    // to ignore (forward compatibility); only audio frames are checked further.
    if (audio && bytes.size() > headerBytes + maxOpusBytes) {
        result.error = QStringLiteral("audio frame of %1 bytes: an Opus packet is at most %2")
                           .arg(bytes.size())
                           .arg(maxOpusBytes);
        return result;
    }
    if (audio && (p[1] & ~flags::known) != 0) {
        result.error = QStringLiteral("audio frame with reserved flags set (0x%1)")
                           .arg(p[1], 2, 16, QLatin1Char('0'));
        return result;
    }
    AudioFrame frame;
    frame.type = FrameType(p[0]);
    frame.flags = p[1];
    frame.utterance = qFromBigEndian<quint16>(p + 2);
    frame.seq = qFromBigEndian<quint32>(p + 4);
    frame.timestampMs = qFromBigEndian<quint32>(p + 8);
    frame.opus = bytes.sliced(headerBytes).toByteArray();
    result.frame = std::move(frame);
    return result;
}

} // namespace vt::protocol::voice
