#include "Speech.h"

#include "AudioFile.h"
#include "AudioFormat.h"
#include "ProcessRun.h"
#include "Resampler.h"

#include <QProcessEnvironment>
#include <QtGlobal>

#include <cmath>

namespace vt::test {

void synthesizeSpeech(const QString& text, const QString& wavPath, const QString& engine)
{
    QStringList args;
    const bool flite = engine.startsWith(QLatin1String("flite"));
    if (flite)
        args = {QStringLiteral("-voice"),
            engine.contains(QLatin1Char(':')) ? engine.section(QLatin1Char(':'), 1)
                                              : QStringLiteral("slt"),
            QStringLiteral("-t"), text, QStringLiteral("-o"), wavPath};
    else
        args = {QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-s"),
            QStringLiteral("160"), QStringLiteral("-w"), wavPath, text};
    const ProcessResult run
        = runProcess(flite ? QStringLiteral("flite") : QStringLiteral("espeak-ng"), args,
            QProcessEnvironment::systemEnvironment());
    if (!run.finished || run.exitCode != 0)
        qFatal("%s could not synthesise speech (installed by scripts/bootstrap): %s",
            qPrintable(engine), qPrintable(run.err));
}

std::vector<float> loadMono48k(const QString& path)
{
    const audio::LoadedClip loaded = audio::readAudioFile(path.toStdString());
    if (!loaded)
        qFatal("%s: %s", qPrintable(path), loaded.error.c_str());
    return audio::resample(loaded.clip.mono(), loaded.clip.sampleRate, audio::sampleRate);
}

double envelopeCorrelation(
    const std::vector<float>& a, const std::vector<float>& b, std::size_t lag, std::size_t window)
{
    std::vector<double> ea;
    std::vector<double> eb;
    for (std::size_t start = 0; start + window <= a.size() && start + lag + window <= b.size();
         start += window) {
        double sa = 0;
        double sb = 0;
        for (std::size_t i = 0; i < window; ++i) {
            sa += double(a[start + i]) * a[start + i];
            sb += double(b[start + lag + i]) * b[start + lag + i];
        }
        ea.push_back(std::sqrt(sa / double(window)));
        eb.push_back(std::sqrt(sb / double(window)));
    }
    if (ea.size() < 2)
        return 0;
    double ma = 0;
    double mb = 0;
    for (std::size_t i = 0; i < ea.size(); ++i) {
        ma += ea[i];
        mb += eb[i];
    }
    ma /= double(ea.size());
    mb /= double(eb.size());
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (std::size_t i = 0; i < ea.size(); ++i) {
        cov += (ea[i] - ma) * (eb[i] - mb);
        va += (ea[i] - ma) * (ea[i] - ma);
        vb += (eb[i] - mb) * (eb[i] - mb);
    }
    return va > 0 && vb > 0 ? cov / std::sqrt(va * vb) : 0;
}

} // namespace vt::test
