#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace vt::test {

// Real synthetic speech for the audio tests (flite, or espeak-ng for a second voice): VAD,
// codec and echo tests need speech, not tones. `engine`: "flite" (its slt voice), "flite:VOICE"
// (kal, awb, rms, slt) or "espeak-ng". Writes a WAV; stops the test if the engine is missing
// (scripts/bootstrap installs both).
void synthesizeSpeech(
    const QString& text, const QString& wavPath, const QString& engine = QStringLiteral("flite"));

// 48 kHz mono samples of a WAV or Ogg Opus file, resampled as the app does.
std::vector<float> loadMono48k(const QString& path);

// Pearson correlation of the RMS envelopes (windows of `window` samples) of a and b, with b
// shifted left by `lag` samples.
double envelopeCorrelation(const std::vector<float>& a, const std::vector<float>& b,
    std::size_t lag, std::size_t window = 960);

} // namespace vt::test
