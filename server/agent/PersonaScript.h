#pragma once

// What the local practice agent says and when: the "agent" part of a scenario record
// (docs/scenarios.md). Read and validated once per call; PersonaEngine plays it.

#include "PhraseSet.h"
#include "speech/Vocabulary.h"

#include "JsonFields.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::server {

struct ScriptedObjection {
    QString tag;            // the scoring objection it raises (scoring.objections[].tag)
    QString line;           // what the prospect says to raise it (says one of `triggers`)
    PhraseSet repTriggers;  // the rep saying one of these raises it at once
    int afterRepTurns = -1; // or raise it by script once the rep has spoken this many times
    PhraseSet triggers;     // the scoring objection's: what counts it raised in the transcript
    PhraseSet handling;     // the scoring objection's: the rep saying one of these handles it
    QString handledLine;    // what the prospect says then
    // What it says when the rep answered it before it came up (says one of `triggers`, so the
    // score counts it raised, and addressed by that earlier answer).
    QString preemptedLine;
};

struct Intent {
    QString id;
    PhraseSet keywords;
    QStringList replies; // used in turn, the first again after the last
};

struct PersonaScript {
    QString voice = QStringLiteral("kal"); // a flite voice: kal, awb, rms, slt
    QString opening;
    QList<ScriptedObjection> objections;
    QList<Intent> intents;
    QStringList fallbacks;    // nothing matched in what the rep stated
    QStringList clarifyLines; // nothing matched in a question or a fragment (else fallbacks)
    // The goal: the rep asks for it with one of askKeywords; the prospect agrees only once
    // every objection raised so far is handled and at least minObjections were raised.
    PhraseSet goalAskKeywords;
    int goalMinObjections = 0;
    QString goalAgreeLine;       // says one of the scoring goal's phrases
    QStringList goalNotYetLines; // one or more, used in turn
    // Hanging up.
    PhraseSet rudeWords;
    QString rudeLine;
    qint64 silencePromptMs = 12000;
    QString silencePromptLine;
    qint64 silenceHangUpMs = 24000;
    QString silenceHangUpLine;
    QString timeLimitLine;
    // Words the recogniser must know for this scenario (the rep's required phrases).
    QList<VocabularyWord> vocabulary;
};

// The installed voice that fits a persona's voice ("en-US-female-young", the hosted
// platform's name for it): slt for a woman, rms for a young man, kal for any other.
QString voiceForPersona(const QString& personaVoice);

// The scenario's "agent" object read into a script, with its scoring object (docs/scoring.md)
// for what the prospect and the score must agree on, or the list of what is wrong (paths from
// "$.agent" and "$.scoring"). Each objection takes its triggers and handling phrases from the
// scoring objection of the same tag; its line must say one of those triggers, and the goal's
// agree line one of the goal's phrases, so a call the agent thinks went well scores so. The
// voice is the agent's `voice`, or else the one that fits the persona's.
std::optional<PersonaScript> readPersonaScript(const QJsonObject& agent, const QJsonObject& scoring,
    protocol::FieldErrors& errors, const QJsonObject& persona = {});

} // namespace vt::server
