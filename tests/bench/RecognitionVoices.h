#pragma once

// The recognition benchmark's synthetic reps: the voices, a line said by one of them (cached
// as a WAV file beside the binary), and room noise mixed in.

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace vt::bench {

struct Voice {
    QString name;   // as printed
    QString engine; // flite, espeak-ng, festival
    QString variant;
};

// The voices every full run speaks with.
extern const QList<Voice> allVoices;
// Voices only --voices names (not installed by scripts/bootstrap): festival's HTS voice, which
// issue "a call that flows like a phone call" asked to compare with flite's.
extern const QList<Voice> optionalVoices;

// The line said by `voice`, at 48 kHz; fast: about a quarter quicker than its normal pace.
std::vector<float> speak(const QString& line, const Voice& voice, bool fast);
// A room heard through a headset: pink-ish noise with a mains hum, 25 dB under the line's
// speech (deterministic for a seed).
void addRoomNoise(std::vector<float>& samples, std::uint32_t seed);

} // namespace vt::bench
