#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace vt::server {

// How the gateway writes a rep line, so it reads like the prospect's (docs/protocol/
// voice-gateway.md, "How rep lines are written"): sentence case; names and acronyms as the
// scenario writes them ("NMLS", "APR", "Summit Lending"); numbers as a person writes them
// ("45 days", "6.9%", "$410,000", "ID 456789"; one to nine stay words); commas and sentence
// ends where the rep paused; a question mark on every question, wherever it stands ("I'd love
// to help. How long do you plan to stay?"), by the scoring module's own question rules, so the
// score and the transcript agree on what was asked.
class TranscriptStyle final {
public:
    struct Word {
        QString text; // lowercase, as the recogniser writes it
        qint64 startMs = 0;
        qint64 endMs = 0;
        // The rep's pause before the word, measured in the audio (the recogniser often gives a
        // pause to a neighbouring word); -1: the gap between the words' times.
        qint64 pauseBeforeMs = -1;
    };
    static constexpr qint64 commaPauseMs = 180;    // a pause this long is a comma
    static constexpr qint64 sentencePauseMs = 400; // and this long ends a sentence
    // Before "what", "how" or "why" opening a question (not after "know", "that's", ...), this
    // short a pause ends the statement before it.
    static constexpr qint64 questionPauseMs = 80;

    // `displayForms`: lowercase word → how it is written (ScenarioLanguage); "I" and its
    // contractions are built in.
    explicit TranscriptStyle(QHash<QString, QString> displayForms = {});

    // A final utterance, from its words and their times.
    QString finalText(const QList<Word>& words) const;
    // A partial result (no times): cased and with numbers, but no punctuation.
    QString partialText(const QString& words) const;

private:
    QHash<QString, QString> m_forms;
};

} // namespace vt::server
