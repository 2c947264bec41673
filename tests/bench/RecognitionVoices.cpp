#include "RecognitionVoices.h"

#include "ProcessRun.h"

#include "AudioFile.h"
#include "AudioFormat.h"
#include "Resampler.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace vt::bench {

const QList<Voice> allVoices{
    {QStringLiteral("flite-slt"), QStringLiteral("flite"), QStringLiteral("slt")},
    {QStringLiteral("flite-rms"), QStringLiteral("flite"), QStringLiteral("rms")},
    {QStringLiteral("flite-awb"), QStringLiteral("flite"), QStringLiteral("awb")},
    {QStringLiteral("espeak-us"), QStringLiteral("espeak-ng"), QStringLiteral("en-us")},
    {QStringLiteral("festival-kal"), QStringLiteral("festival"), QStringLiteral("kal")}};
const QList<Voice> optionalVoices{{QStringLiteral("festival-slt-hts"), QStringLiteral("festival"),
    QStringLiteral("(voice_cmu_us_slt_arctic_hts)")}};

namespace {

QString workDir()
{
    const QString dir = QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("recognition-bench"));
    QDir().mkpath(dir);
    return dir;
}

// What the synthesisers are given for a line: written so they say it as a rep would. Left to
// themselves they read initialisms as words: flite "ID" as "Idaho", espeak-ng "APR" as "apper",
// festival "APR" as "April" and "ID" as "id". Dotted ("A.P.R", with no closing dot, which
// would end the sentence) all three say the letters.
QString forSynthesis(const QString& text)
{
    static const QRegularExpression initialism(QStringLiteral("\\b[A-Z]{2,}\\b"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = initialism.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        const QString letters = m.captured();
        for (qsizetype i = 0; i < letters.size(); ++i)
            out += (i > 0 ? QStringLiteral(".") : QString()) + letters.at(i);
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

std::vector<float> speak(const QString& line, const Voice& voice, bool fast)
{
    const QString text = forSynthesis(line);
    const QByteArray id = QCryptographicHash::hash(
        (voice.name + (fast ? QStringLiteral("/fast/") : QStringLiteral("/normal/")) + text)
            .toUtf8(),
        QCryptographicHash::Sha1)
                              .toHex()
                              .left(16);
    const QString wav = QDir(workDir()).filePath(QString::fromLatin1(id) + QStringLiteral(".wav"));
    if (!QFile::exists(wav)) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        test::ProcessResult run;
        if (voice.engine == QLatin1String("flite")) {
            QStringList args{QStringLiteral("-voice"), voice.variant};
            if (fast)
                args << QStringLiteral("--setf") << QStringLiteral("duration_stretch=0.78");
            args << QStringLiteral("-t") << text << QStringLiteral("-o") << wav;
            run = test::runProcess(QStringLiteral("flite"), args, env);
        } else if (voice.engine == QLatin1String("espeak-ng")) {
            run = test::runProcess(QStringLiteral("espeak-ng"),
                {QStringLiteral("-v"), voice.variant, QStringLiteral("-s"),
                    fast ? QStringLiteral("215") : QStringLiteral("170"), QStringLiteral("-w"), wav,
                    text},
                env);
        } else {
            const QString txt = wav + QStringLiteral(".txt");
            QFile f(txt);
            if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
                qFatal("cannot write %s", qPrintable(txt));
            f.close();
            QStringList args{QStringLiteral("-o"), wav};
            if (voice.variant.startsWith(QLatin1Char('(')))
                args << QStringLiteral("-eval") << voice.variant;
            args << QStringLiteral("-eval")
                 << (fast ? QStringLiteral("(Parameter.set 'Duration_Stretch 0.78)")
                          : QStringLiteral("(Parameter.set 'Duration_Stretch 1.0)"))
                 << txt;
            run = test::runProcess(QStringLiteral("text2wave"), args, env);
        }
        if (!run.finished || run.exitCode != 0)
            qFatal("%s could not speak (scripts/bootstrap installs it): %s",
                qPrintable(voice.engine), qPrintable(run.err));
    }
    const audio::LoadedClip loaded = audio::readAudioFile(wav.toStdString());
    if (!loaded)
        qFatal("%s: %s", qPrintable(wav), loaded.error.c_str());
    return audio::resample(loaded.clip.mono(), loaded.clip.sampleRate, audio::sampleRate);
}

void addRoomNoise(std::vector<float>& samples, std::uint32_t seed)
{
    double energy = 0;
    std::size_t active = 0;
    for (const float s : samples) {
        if (std::fabs(s) > 0.01f) {
            energy += double(s) * s;
            ++active;
        }
    }
    const double speechRms = active > 0 ? std::sqrt(energy / double(active)) : 0.05;
    const double noiseRms = speechRms * std::pow(10.0, -25.0 / 20.0);
    std::mt19937 random(seed);
    std::normal_distribution<double> white(0.0, 1.0);
    double b0 = 0, b1 = 0, b2 = 0; // Paul Kellet's economy pink filter
    std::vector<double> noise(samples.size());
    double sum = 0;
    for (std::size_t i = 0; i < noise.size(); ++i) {
        const double w = white(random);
        b0 = 0.99765 * b0 + w * 0.0990460;
        b1 = 0.96300 * b1 + w * 0.2965164;
        b2 = 0.57000 * b2 + w * 1.0526913;
        noise[i] = b0 + b1 + b2 + w * 0.1848
            + 0.3 * std::sin(2.0 * std::numbers::pi * 120.0 * double(i) / audio::sampleRate);
        sum += noise[i] * noise[i];
    }
    const double scale = noiseRms / std::sqrt(sum / double(std::max<std::size_t>(1, noise.size())));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = float(std::clamp(double(samples[i]) + noise[i] * scale, -1.0, 1.0));
}

} // namespace vt::bench
