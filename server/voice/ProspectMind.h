#pragma once

#include "agent/PersonaEngine.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace vt::server {

// What decides the prospect's words in a cascaded call (the gateway hears the rep, the mind
// answers, the gateway speaks): the practice script (ScriptMind) or an AI model (ChatMind).
// VoiceCall drives it; it answers through says(), at once or as a model streams.
class ProspectMind : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString engine() const = 0; // "script", "chat": stored with the call
    // The call began: the opening line.
    virtual void begin() = 0;
    // A final rep utterance.
    virtual void hear(const QString& text) = 0;
    // A line of the prospect's has played: `heard` is what of it did (all of it, unless the
    // rep cut it off: `truncated`).
    virtual void played(const AgentTurn& turn, const QString& heard, bool truncated) = 0;
    // The rep has been silent this long since the prospect last spoke (and the mind is idle).
    virtual void silence(qint64 silentMs) = 0;
    // The scenario's time is up: the last line, which ends the call.
    virtual void timeLimit() = 0;
    // A reply is being written: the prospect is thinking.
    virtual bool busy() const { return false; }

    // For the call's record (docs/protocol/voice-gateway.md).
    virtual QSet<QString> raised() const { return {}; }
    virtual QSet<QString> handled() const { return {}; }
    virtual bool goalReached() const = 0;

Q_SIGNALS:
    // A line to say; AI replies come a sentence at a time.
    void says(const vt::server::AgentTurn& turn);
    // End the call once everything said so far has played (`reason`: goal_reached,
    // agent_hung_up).
    void endsAfterSpeech(const QString& reason);
    // The mind cannot go on (its service failed); `detail` says why in plain words.
    void failed(const QString& detail);
};

// The practice script (PersonaEngine): deterministic, offline, immediate.
class ScriptMind final : public ProspectMind {
    Q_OBJECT

public:
    explicit ScriptMind(PersonaScript script, QObject* parent = nullptr);

    QString engine() const override { return QStringLiteral("script"); }
    void begin() override;
    void hear(const QString& text) override;
    void played(const AgentTurn& turn, const QString& heard, bool truncated) override;
    void silence(qint64 silentMs) override;
    void timeLimit() override;
    QSet<QString> raised() const override { return m_engine.raised(); }
    QSet<QString> handled() const override { return m_engine.handled(); }
    bool goalReached() const override { return m_engine.goalReached(); }

private:
    PersonaEngine m_engine;
};

} // namespace vt::server
