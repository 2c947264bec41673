#pragma once

#include "ChatStream.h"
#include "EngineConfig.h"
#include "voice/ProspectMind.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace vt::server {

// The `chat` engine (docs/engines.md): an OpenAI-compatible Chat Completions model plays the
// prospect by the persona prompt. Each final rep utterance is sent with the conversation so
// far, streamed back, and said a sentence at a time as the sentences complete. The model ends
// the call with the end_call tool. The opening, the silence prompts and the time-limit line
// are the scenario's own (the practice script's), said without asking the model. The
// conversation holds the prospect's lines as they played: a line the rep cut off as far as it
// was heard, sentences never said not at all.
class ChatMind final : public ProspectMind {
    Q_OBJECT

public:
    ChatMind(EngineSpec spec, QByteArray key, QString systemPrompt, PersonaScript script,
        QNetworkAccessManager& network, QObject* parent = nullptr);
    ~ChatMind() override;

    QString engine() const override { return QStringLiteral("chat"); }
    void begin() override;
    void hear(const QString& text) override;
    void played(const AgentTurn& turn, const QString& heard, bool truncated) override;
    void silence(qint64 silentMs) override;
    void timeLimit() override;
    bool busy() const override { return m_reply != nullptr; }
    bool goalReached() const override { return m_goalReached; }

private:
    void ask();
    void onData();
    void onFinished();
    void sentence(const QString& text);
    // The reply in flight stops here (what of it played is in the conversation already).
    void closeReply();
    void fail(const QString& detail);

    EngineSpec m_spec;
    QByteArray m_key;      // this call's copy; never logged
    PersonaEngine m_lines; // the scenario's opening, silence and time-limit lines
    QNetworkAccessManager& m_network;
    QJsonArray m_messages;
    QPointer<QNetworkReply> m_reply;
    ChatStream m_stream;
    SentenceSplitter m_splitter;
    int m_replyNumber = 0;
    int m_sentences = 0;          // of the reply in flight
    int m_playedReply = -1;       // the reply of the last line played (0: a line on its own)
    qsizetype m_playedIndex = -1; // its assistant message in m_messages
    QString m_toolName;
    QString m_toolArguments;
    QString m_finishReason;
    bool m_goalReached = false;
    QTimer m_firstWords;
    QTimer m_wholeReply;
};

} // namespace vt::server
