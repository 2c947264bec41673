#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace vt::test {

// An OpenAI-compatible Chat Completions server on 127.0.0.1 for the `chat` voice engine's
// tests (docs/engines.md): POST {base}/chat/completions with "stream": true answers
// server-sent chat.completion.chunk events shaped like the documented examples kept in
// tests/data/openai-chat (TestChatEngine checks every chunk it sends against them), a word
// per chunk, faster than real time, then "data: [DONE]".
//
// Its prospect follows a small script on the last user message: a reply whose keywords it
// contains, else the default. A reply may end with the end_call tool, streamed in fragments
// as the documentation shows. Faults: an HTTP error with OpenAI's error body, a connection
// dropped mid-answer, or no answer at all.
class ChatDouble final : public QObject {
    Q_OBJECT

public:
    struct Reply {
        QStringList keywords; // any of them, in the rep's words (lower case); empty: default
        QString text;
        QString endCall; // "agreed" or "hung_up": the reply ends with the end_call tool
    };
    enum class Fault { None, Unauthorized, ServerError, DropMidAnswer, NoAnswer };

    ChatDouble();
    ~ChatDouble() override;

    bool listen();
    // The API base an engine is configured with: http://127.0.0.1:PORT/v1
    QString baseUrl() const;
    void setReplies(QList<Reply> replies) { m_replies = std::move(replies); }
    void setFault(Fault fault) { m_fault = fault; }
    void setChunkDelayMs(int ms) { m_chunkDelayMs = ms; }

    // Every request body received, in order, and its Authorization header.
    const QList<QJsonObject>& requests() const { return m_requests; }
    const QList<QByteArray>& authorizations() const { return m_authorizations; }
    // Every chunk object sent (for the fixture check).
    const QList<QJsonObject>& sentChunks() const { return m_chunks; }

    // One chat.completion.chunk as the documentation shapes it.
    static QJsonObject chunk(const QJsonObject& delta, const QJsonValue& finishReason);

private:
    void onConnection();
    void onRequest(QTcpSocket* socket, const QByteArray& head, const QByteArray& body);
    void stream(QTcpSocket* socket, QList<QJsonObject> chunks);

    std::unique_ptr<QTcpServer> m_server;
    QList<Reply> m_replies;
    Fault m_fault = Fault::None;
    int m_chunkDelayMs = 15;
    QList<QJsonObject> m_requests;
    QList<QByteArray> m_authorizations;
    QList<QJsonObject> m_chunks;
};

} // namespace vt::test
