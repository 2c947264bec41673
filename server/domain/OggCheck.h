#pragma once

#include <QByteArray>
#include <QString>

namespace vt::server {

// What an uploaded call recording is, found by walking its Ogg pages (libogg checks every
// page's CRC) without decoding the audio: one Opus stream with an OpusHead and an OpusTags
// header, 1 or 2 channels, and the duration its last granule position gives.
struct OggCheck {
    QString error; // "<what is wrong>", empty when the recording is fine
    int channels = 0;
    qint64 durationMs = 0;
    explicit operator bool() const { return error.isEmpty(); }
};

OggCheck checkOggOpus(const QByteArray& bytes);

} // namespace vt::server
