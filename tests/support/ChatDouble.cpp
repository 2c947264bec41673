#include "ChatDouble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace vt::test {

namespace {

const QString completionId = QStringLiteral("chatcmpl-123");
constexpr qint64 created = 1677652288;

QByteArray sseEvent(const QJsonObject& chunk)
{
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

ChatDouble::ChatDouble()
    : m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &ChatDouble::onConnection);
}

ChatDouble::~ChatDouble() = default;

bool ChatDouble::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString ChatDouble::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->serverPort());
}

QJsonObject ChatDouble::chunk(const QJsonObject& delta, const QJsonValue& finishReason)
{
    return QJsonObject{{QStringLiteral("id"), completionId},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("created"), created},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("choices"),
            QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                {QStringLiteral("finish_reason"), finishReason}}}}};
}

void ChatDouble::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QByteArray body = buffer->mid(end + 4, length);
            socket->disconnect(this);
            onRequest(socket, head, body);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ChatDouble::onRequest(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    m_requests.append(request);
    QByteArray authorization;
    for (const QByteArray& line : head.split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    m_authorizations.append(authorization);
    if (!head.startsWith("POST ") || !head.contains("/chat/completions ")) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    if (m_fault == Fault::Unauthorized || m_fault == Fault::ServerError) {
        const bool auth = m_fault == Fault::Unauthorized;
        // OpenAI's documented error body.
        const QByteArray error = QJsonDocument(
            QJsonObject{{QStringLiteral("error"),
                QJsonObject{
                    {QStringLiteral("message"),
                        auth ? QStringLiteral("Incorrect API key provided: sk-te***23. You "
                                              "can find your API key at "
                                              "https://platform.openai.com/account/api-keys.")
                             : QStringLiteral("The server had an error while processing "
                                              "your request. Sorry about that!")},
                    {QStringLiteral("type"),
                        auth ? QStringLiteral("invalid_request_error")
                             : QStringLiteral("server_error")},
                    {QStringLiteral("param"), QJsonValue::Null},
                    {QStringLiteral("code"),
                        auth ? QJsonValue(QStringLiteral("invalid_api_key")) : QJsonValue::Null}}}})
                                     .toJson(QJsonDocument::Compact);
        socket->write((auth ? QByteArray("HTTP/1.1 401 Unauthorized\r\n")
                            : QByteArray("HTTP/1.1 500 Internal Server Error\r\n"))
            + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(error.size()) + "\r\nConnection: close\r\n\r\n" + error);
        socket->disconnectFromHost();
        return;
    }
    if (m_fault == Fault::NoAnswer)
        return; // the socket stays open, silent
    // The prospect's reply to the rep's last words.
    QString said;
    const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue& m : messages) {
        if (m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("user"))
            said = m.toObject().value(QStringLiteral("content")).toString().toLower();
    }
    const Reply* reply = nullptr;
    for (const Reply& r : m_replies) {
        const bool matches = std::any_of(r.keywords.cbegin(), r.keywords.cend(),
            [&said](const QString& k) { return said.contains(k); });
        if (matches || (r.keywords.isEmpty() && !reply))
            reply = &r;
        if (matches)
            break;
    }
    QList<QJsonObject> chunks;
    chunks.append(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), QString()}},
        QJsonValue::Null));
    const QString text = reply ? reply->text : QStringLiteral("Sorry, what was that?");
    const QStringList words = text.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i)
        chunks.append(chunk(QJsonObject{{QStringLiteral("content"),
                                (i == 0 ? QString() : QStringLiteral(" ")) + words[i]}},
            QJsonValue::Null));
    if (reply && !reply->endCall.isEmpty()) {
        // As documented: the call's name and id first, then its arguments in fragments.
        chunks.append(
            chunk(QJsonObject{{QStringLiteral("tool_calls"),
                      QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                          {QStringLiteral("id"), QStringLiteral("call_abc123")},
                          {
                              QStringLiteral("type"),
                              QStringLiteral("function"),
                          },
                          {QStringLiteral("function"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("end_call")},
                                  {QStringLiteral("arguments"), QString()}}}}}}},
                QJsonValue::Null));
        const QString arguments = QStringLiteral("{\"reason\":\"%1\"}").arg(reply->endCall);
        for (const QString& part : {arguments.left(10), arguments.mid(10)})
            chunks.append(chunk(QJsonObject{{QStringLiteral("tool_calls"),
                                    QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("function"),
                                            QJsonObject{{QStringLiteral("arguments"), part}}}}}}},
                QJsonValue::Null));
        chunks.append(chunk(QJsonObject(), QStringLiteral("tool_calls")));
    } else {
        chunks.append(chunk(QJsonObject(), QStringLiteral("stop")));
    }
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: "
                  "no-cache\r\nConnection: close\r\n\r\n");
    stream(socket, std::move(chunks));
}

void ChatDouble::stream(QTcpSocket* socket, QList<QJsonObject> chunks)
{
    QPointer<QTcpSocket> alive(socket);
    auto* timer = new QTimer(socket);
    auto left = std::make_shared<QList<QJsonObject>>(std::move(chunks));
    const qsizetype half = left->size() / 2;
    connect(timer, &QTimer::timeout, socket, [this, alive, timer, left, half] {
        if (!alive)
            return;
        if (m_fault == Fault::DropMidAnswer && left->size() <= half) {
            alive->abort();
            return;
        }
        if (left->isEmpty()) {
            alive->write("data: [DONE]\n\n");
            alive->disconnectFromHost();
            timer->stop();
            return;
        }
        m_chunks.append(left->first());
        alive->write(sseEvent(left->takeFirst()));
    });
    timer->start(m_chunkDelayMs);
}

} // namespace vt::test
