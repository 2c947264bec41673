#include "Recognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#include <sphinxbase/ngram_model.h>

#include <algorithm>
#include <mutex>
#include <vector>

namespace vt::server {
namespace {

constexpr int framesPerSecond = 100; // the acoustic model's frame rate

// pocketsphinx logs to stderr unless told otherwise; the server keeps its own log.
void silenceLibraryLog()
{
    static std::once_flag once;
    std::call_once(once, [] { err_set_logfp(nullptr); });
}

} // namespace

QString cleanRecognizedWord(const QString& word)
{
    if (word.isEmpty() || word.startsWith(QLatin1Char('<')) || word.startsWith(QLatin1Char('['))
        || word.startsWith(QLatin1String("++")))
        return {};
    const qsizetype alternate = word.indexOf(QLatin1Char('('));
    return alternate > 0 ? word.left(alternate) : word;
}

QString Recognizer::defaultModelDir()
{
    const QString dir = QStringLiteral(VT_SPEECH_MODEL_DIR);
    if (QDir::isAbsolutePath(dir))
        return dir;
    // Bundled beside the executable (relocatable: the installer chooses the folder).
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(dir));
}

std::unique_ptr<Recognizer> Recognizer::open(const QString& modelDir, const QString& scenarioModel,
    const QList<VocabularyWord>& vocabulary, QString* error, const Tuning& tuning)
{
    silenceLibraryLog();
    const QDir dir(modelDir);
    const QString hmm = dir.filePath(QStringLiteral("en-us"));
    const QString lm = dir.filePath(QStringLiteral("en-us.lm.bin"));
    const QString dict = dir.filePath(QStringLiteral("cmudict-en-us.dict"));
    QStringList paths{hmm, lm, dict};
    if (!scenarioModel.isEmpty())
        paths.append(scenarioModel);
    for (const QString& path : std::as_const(paths)) {
        if (!QFileInfo::exists(path)) {
            *error = QStringLiteral("the speech recognition model is missing: %1 does not exist")
                         .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
    }
    const QByteArray hmmPath = QFile::encodeName(hmm);
    const QByteArray lmPath = QFile::encodeName(lm);
    const QByteArray dictPath = QFile::encodeName(dict);
    // Numbers as C-locale text (QByteArray::number does not follow the locale). With a
    // scenario model the decoder starts with no search: the interpolated one is set below, so
    // the general model is read once.
    QList<QByteArray> arguments{"-hmm", hmmPath, "-dict", dictPath, "-lw",
        QByteArray::number(double(tuning.languageWeight), 'g', 6), "-wip",
        QByteArray::number(double(tuning.insertionPenalty), 'g', 6), "-topn",
        QByteArray::number(tuning.topGaussians), "-fwdflatbeam",
        QByteArray::number(tuning.flatBeam, 'g', 6), "-fwdflatwbeam",
        QByteArray::number(tuning.flatWordBeam, 'g', 6)};
    if (scenarioModel.isEmpty())
        arguments << "-lm" << lmPath;
    arguments += tuning.decoderArguments;
    std::vector<char*> argv;
    for (QByteArray& a : arguments)
        argv.push_back(a.data());
    cmd_ln_t* config = cmd_ln_parse_r(nullptr, ps_args(), int32(argv.size()), argv.data(), TRUE);
    if (config == nullptr) {
        *error = QStringLiteral("the speech recogniser rejected its configuration");
        return nullptr;
    }
    ps_decoder_t* decoder = ps_init(config);
    if (decoder == nullptr) {
        cmd_ln_free_r(config);
        *error = QStringLiteral("the speech recognition model in %1 could not be loaded")
                     .arg(QDir::toNativeSeparators(modelDir));
        return nullptr;
    }
    if (!scenarioModel.isEmpty()) {
        const QByteArray scenarioPath = QFile::encodeName(scenarioModel);
        // Both read with the decoder's log-math (a set needs one), as ps_set_lm_file does.
        logmath_t* lmath = ps_get_logmath(decoder);
        ngram_model_t* general = ngram_model_read(config, lmPath.constData(), NGRAM_AUTO, lmath);
        // NGRAM_AUTO, not NGRAM_ARPA: Debian's sphinxbase dereferences a failed ARPA read.
        ngram_model_t* local = general
            ? ngram_model_read(config, scenarioPath.constData(), NGRAM_AUTO, lmath)
            : nullptr;
        ngram_model_t* set = nullptr;
        if (local) {
            ngram_model_t* models[] = {general, local};
            char general_name[] = "general";
            char scenario_name[] = "scenario";
            char* names[] = {general_name, scenario_name};
            const float32 weights[] = {1.0f - tuning.scenarioWeight, tuning.scenarioWeight};
            set = ngram_model_set_init(config, models, names, weights, 2);
        }
        // The set and then the search hold their own references.
        const bool ok = set && ps_set_lm(decoder, "scenario", set) == 0
            && ps_set_search(decoder, "scenario") == 0;
        ngram_model_free(set);
        ngram_model_free(local);
        ngram_model_free(general);
        if (!ok) {
            ps_free(decoder);
            cmd_ln_free_r(config);
            *error = QStringLiteral("the scenario's language model %1 could not be used with "
                                    "the general one")
                         .arg(QDir::toNativeSeparators(scenarioModel));
            return nullptr;
        }
    }
    cmd_ln_free_r(config); // the decoder keeps its own reference
    for (qsizetype i = 0; i < vocabulary.size(); ++i) {
        const QByteArray word = vocabulary[i].word.toLower().toUtf8();
        const QByteArray phones = vocabulary[i].phones.toUtf8();
        // The last word updates the search; adding it to a dictionary twice is harmless.
        if (ps_add_word(decoder, word.constData(), phones.constData(),
                i + 1 == vocabulary.size() ? TRUE : FALSE)
            < 0) {
            ps_free(decoder);
            *error = QStringLiteral("the vocabulary word “%1” has phones the model does not "
                                    "know: “%2”")
                         .arg(vocabulary[i].word, vocabulary[i].phones);
            return nullptr;
        }
    }
    return std::unique_ptr<Recognizer>(new Recognizer(decoder));
}

Recognizer::Recognizer(ps_decoder_s* decoder)
    : m_decoder(decoder)
{
}

Recognizer::~Recognizer()
{
    if (m_inUtterance)
        ps_end_utt(m_decoder);
    ps_free(m_decoder);
}

void Recognizer::begin()
{
    if (m_inUtterance)
        ps_end_utt(m_decoder);
    ps_start_utt(m_decoder);
    m_inUtterance = true;
}

void Recognizer::feed(std::span<const std::int16_t> samples)
{
    if (!m_inUtterance || samples.empty())
        return;
    ps_process_raw(m_decoder, samples.data(), samples.size(), FALSE, FALSE);
}

QString Recognizer::partial()
{
    if (!m_inUtterance)
        return {};
    std::int32_t score = 0;
    const char* hypothesis = ps_get_hyp(m_decoder, &score);
    return hypothesis != nullptr ? QString::fromUtf8(hypothesis).simplified() : QString();
}

QList<RecognizedWord> Recognizer::end()
{
    QList<RecognizedWord> words;
    if (!m_inUtterance)
        return words;
    ps_end_utt(m_decoder);
    m_inUtterance = false;
    // Debian's pocketsphinx numbers the search's frames on from earlier utterances (and from
    // an offset at the first): the last segment ends at the utterance's last frame, which
    // gives the offset to take off.
    struct Segment {
        QString text;
        int startFrame;
        int endFrame;
    };
    QList<Segment> segments;
    int lastFrame = 0;
    for (ps_seg_t* seg = ps_seg_iter(m_decoder); seg != nullptr; seg = ps_seg_next(seg)) {
        Segment s{QString::fromUtf8(ps_seg_word(seg)), 0, 0};
        ps_seg_frames(seg, &s.startFrame, &s.endFrame);
        lastFrame = std::max(lastFrame, s.endFrame);
        segments.append(s);
    }
    const int offset = std::max(0, lastFrame - (ps_get_n_frames(m_decoder) - 1));
    for (const Segment& s : std::as_const(segments)) {
        const QString text = cleanRecognizedWord(s.text);
        if (text.isEmpty())
            continue;
        words.append({text, qint64(std::max(0, s.startFrame - offset)) * 1000 / framesPerSecond,
            qint64(std::max(0, s.endFrame - offset) + 1) * 1000 / framesPerSecond});
    }
    return words;
}

} // namespace vt::server
