#include "Recognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>

#include <mutex>

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

QString punctuateUtterance(const QString& text)
{
    static const QSet<QString> openers{QStringLiteral("what"), QStringLiteral("how"),
        QStringLiteral("why"), QStringLiteral("when"), QStringLiteral("where"),
        QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("would"),
        QStringLiteral("could"), QStringLiteral("can"), QStringLiteral("do"),
        QStringLiteral("does"), QStringLiteral("did"), QStringLiteral("is"), QStringLiteral("are"),
        QStringLiteral("will"), QStringLiteral("should"), QStringLiteral("have"),
        QStringLiteral("has"), QStringLiteral("may"), QStringLiteral("shall")};
    static const QSet<QString> discourse{QStringLiteral("so"), QStringLiteral("and"),
        QStringLiteral("well"), QStringLiteral("great"), QStringLiteral("okay"),
        QStringLiteral("ok"), QStringLiteral("alright"), QStringLiteral("now"),
        QStringLiteral("then"), QStringLiteral("also"), QStringLiteral("perfect")};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool question = openers.contains(words[0])
        || (words.size() > 1 && discourse.contains(words[0]) && openers.contains(words[1]));
    return trimmed + (question ? QLatin1Char('?') : QLatin1Char('.'));
}

QString Recognizer::defaultModelDir()
{
    const QString dir = QStringLiteral(VT_SPEECH_MODEL_DIR);
    if (QDir::isAbsolutePath(dir))
        return dir;
    // Bundled beside the executable (relocatable: the installer chooses the folder).
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(dir));
}

std::unique_ptr<Recognizer> Recognizer::open(
    const QString& modelDir, const QList<VocabularyWord>& vocabulary, QString* error)
{
    silenceLibraryLog();
    const QDir dir(modelDir);
    const QString hmm = dir.filePath(QStringLiteral("en-us"));
    const QString lm = dir.filePath(QStringLiteral("en-us.lm.bin"));
    const QString dict = dir.filePath(QStringLiteral("cmudict-en-us.dict"));
    for (const QString& path : {hmm, lm, dict}) {
        if (!QFileInfo::exists(path)) {
            *error = QStringLiteral("the speech recognition model is missing: %1 does not exist")
                         .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
    }
    const QByteArray hmmPath = QFile::encodeName(hmm);
    const QByteArray lmPath = QFile::encodeName(lm);
    const QByteArray dictPath = QFile::encodeName(dict);
    cmd_ln_t* config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmmPath.constData(), "-lm",
        lmPath.constData(), "-dict", dictPath.constData(), nullptr);
    if (config == nullptr) {
        *error = QStringLiteral("the speech recogniser rejected its configuration");
        return nullptr;
    }
    ps_decoder_t* decoder = ps_init(config);
    cmd_ln_free_r(config); // the decoder keeps its own reference
    if (decoder == nullptr) {
        *error = QStringLiteral("the speech recognition model in %1 could not be loaded")
                     .arg(QDir::toNativeSeparators(modelDir));
        return nullptr;
    }
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
    for (ps_seg_t* seg = ps_seg_iter(m_decoder); seg != nullptr; seg = ps_seg_next(seg)) {
        const QString text = cleanRecognizedWord(QString::fromUtf8(ps_seg_word(seg)));
        if (text.isEmpty())
            continue;
        int startFrame = 0;
        int endFrame = 0;
        ps_seg_frames(seg, &startFrame, &endFrame);
        words.append({text, qint64(startFrame) * 1000 / framesPerSecond,
            qint64(endFrame + 1) * 1000 / framesPerSecond});
    }
    return words;
}

} // namespace vt::server
