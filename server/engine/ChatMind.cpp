#include "ChatMind.h"

#include "PersonaPrompt.h"
#include "ServerLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vt::server {

namespace {

QJsonObject message(const char* role, const QString& content)
{
    return QJsonObject{
        {QStringLiteral("role"), QLatin1String(role)}, {QStringLiteral("content"), content}};
}

} // namespace

ChatMind::ChatMind(EngineSpec spec, QByteArray key, QString systemPrompt, PersonaScript script,
    QNetworkAccessManager& network, QObject* parent)
    : ProspectMind(parent)
    , m_spec(std::move(spec))
    , m_key(std::move(key))
    , m_lines(std::move(script))
    , m_network(network)
{
    m_messages.append(message("system", systemPrompt));
    m_firstWords.setSingleShot(true);
    m_wholeReply.setSingleShot(true);
    connect(&m_firstWords, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the AI prospect did not answer within %1 s")
                 .arg(m_spec.firstTokenTimeoutMs / 1000.0));
    });
    connect(&m_wholeReply, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the AI prospect's reply took longer than %1 s")
                 .arg(m_spec.replyTimeoutMs / 1000));
    });
}

ChatMind::~ChatMind()
{
    if (m_reply)
        m_reply->abort();
}

void ChatMind::begin()
{
    Q_EMIT says(m_lines.opening());
}

void ChatMind::hear(const QString& text)
{
    closeReply(); // the rep spoke before the reply was over: the next one answers both
    m_messages.append(message("user", text));
    ask();
}

void ChatMind::ask()
{
    QJsonObject body{{QStringLiteral("model"), m_spec.model},
        {QStringLiteral("messages"), m_messages}, {QStringLiteral("stream"), true},
        {QStringLiteral("temperature"), m_spec.temperature},
        {QStringLiteral("max_tokens"), m_spec.maxTokens},
        {QStringLiteral("tools"), QJsonArray{endCallTool()}}};
    QUrl url = m_spec.url;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + "chat/completions"
                                                      : url.path() + "/chat/completions");
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_key.isEmpty()) {
        if (m_spec.apiKeyHeader)
            request.setRawHeader("api-key", m_key);
        else
            request.setRawHeader("Authorization", "Bearer " + m_key);
    }
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_stream = ChatStream();
    m_splitter = SentenceSplitter();
    m_sentences = 0;
    m_toolName.clear();
    m_toolArguments.clear();
    m_finishReason.clear();
    ++m_replyNumber;
    m_reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatMind::onData);
    connect(m_reply, &QNetworkReply::finished, this, &ChatMind::onFinished);
    m_firstWords.start(m_spec.firstTokenTimeoutMs);
    m_wholeReply.start(m_spec.replyTimeoutMs);
}

void ChatMind::onData()
{
    QNetworkReply* reply = m_reply;
    if (!reply || sender() != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return; // the error body is read whole when it has finished
    for (const ChatDelta& d : m_stream.feed(reply->readAll())) {
        if (!d.content.isEmpty() || !d.toolName.isEmpty())
            m_firstWords.stop();
        for (const QString& s : m_splitter.add(d.content))
            sentence(s);
        m_toolName += d.toolName;
        m_toolArguments += d.toolArguments;
        if (!d.finishReason.isEmpty())
            m_finishReason = d.finishReason;
    }
    if (!m_stream.error().isEmpty())
        fail(
            QStringLiteral("the AI prospect's answer could not be read: %1").arg(m_stream.error()));
}

void ChatMind::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || sender() != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        const QString why = status >= 300 ? QStringLiteral("answered %1: %2")
                                                .arg(status)
                                                .arg(ChatStream::errorMessage(reply->readAll()))
                                          : reply->errorString();
        fail(QStringLiteral("the AI prospect's service failed: %1").arg(why));
        return;
    }
    onData();
    if (!m_reply)
        return; // failed while reading
    if (!m_stream.done() && m_finishReason.isEmpty()) {
        fail(QStringLiteral("the AI prospect's service dropped the answer: %1")
                 .arg(reply->error() != QNetworkReply::NoError
                         ? reply->errorString()
                         : QStringLiteral("the connection closed before its end")));
        return;
    }
    closeReply(); // finished: the abort does nothing
    if (const QString rest = m_splitter.finish(); !rest.isEmpty())
        sentence(rest);
    const bool ends = m_toolName == QLatin1String("end_call");
    if (m_sentences == 0 && !ends) {
        // Nothing to say: the practice script's fallback keeps the call going.
        qCWarning(lcServer, "chat engine %s: an empty reply", qPrintable(m_spec.name));
        sentence(m_lines.script().fallbacks.value(
            0, QStringLiteral("Sorry, could you say that again?")));
    }
    closeReply();
    if (ends) {
        const QString reason = QJsonDocument::fromJson(m_toolArguments.toUtf8())
                                   .object()
                                   .value(QStringLiteral("reason"))
                                   .toString();
        m_goalReached = reason == QLatin1String("agreed");
        Q_EMIT endsAfterSpeech(
            m_goalReached ? QStringLiteral("goal_reached") : QStringLiteral("agent_hung_up"));
    }
}

void ChatMind::sentence(const QString& text)
{
    ++m_sentences;
    AgentTurn turn;
    turn.kind = AgentTurn::Kind::Reply;
    turn.text = text;
    turn.reply = m_replyNumber;
    Q_EMIT says(turn);
}

void ChatMind::closeReply()
{
    m_firstWords.stop();
    m_wholeReply.stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ChatMind::played(const AgentTurn& turn, const QString& heard, bool truncated)
{
    const QString text = !truncated ? turn.text
        : heard.trimmed().isEmpty() ? QStringLiteral("—")
                                    : heard.trimmed() + QStringLiteral("—");
    // The sentences of one reply make one message; any other line a message of its own.
    if (turn.reply != 0 && turn.reply == m_playedReply && m_playedIndex > 0) {
        const QString before
            = m_messages[m_playedIndex].toObject().value(QStringLiteral("content")).toString();
        m_messages[m_playedIndex] = message("assistant", before + QLatin1Char(' ') + text);
        return;
    }
    m_messages.append(message("assistant", text));
    m_playedReply = turn.reply;
    m_playedIndex = m_messages.size() - 1;
}

void ChatMind::silence(qint64 silentMs)
{
    if (const std::optional<AgentTurn> turn = m_lines.onSilence(silentMs))
        Q_EMIT says(*turn);
}

void ChatMind::timeLimit()
{
    closeReply();
    Q_EMIT says(m_lines.onTimeLimit());
}

void ChatMind::fail(const QString& detail)
{
    closeReply();
    qCWarning(lcServer, "chat engine %s: %s", qPrintable(m_spec.name), qPrintable(detail));
    Q_EMIT failed(detail);
}

} // namespace vt::server
