#pragma once

#include <QJsonObject>
#include <QString>

namespace vt::server {

struct PersonaScript;

// The system prompt an AI engine plays the prospect by (docs/engines.md): who the prospect is
// (the scenario's persona), the concerns to raise, when and what would settle each (the
// practice agent's lines, as examples of what to say), when to agree to the goal, when to hang
// up, how long the call may last, and how to speak (short spoken turns, no lists, never out of
// character). Never the rubric, the required phrases or anything else the rep is scored on:
// the prospect must not coach the rep. Admins read it in GET /scenarios/{id}.
QString personaPrompt(const QJsonObject& persona, const PersonaScript& script, int durationMinutes);

// The tool an engine calls to end the call, as a Chat Completions "tools" entry.
QJsonObject endCallTool();

} // namespace vt::server
