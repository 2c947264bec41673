#include "ChatStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vt::server {

QList<ChatDelta> ChatStream::feed(const QByteArray& bytes)
{
    QList<ChatDelta> out;
    if (!m_error.isEmpty() || m_done)
        return out;
    m_pending += bytes;
    qsizetype start = 0;
    for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', start)) {
        QByteArray l = m_pending.mid(start, nl - start);
        start = nl + 1;
        if (l.endsWith('\r'))
            l.chop(1);
        line(l, out);
        if (!m_error.isEmpty() || m_done)
            return out;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > maxLineBytes)
        m_error = QStringLiteral("an event line longer than %1 bytes").arg(maxLineBytes);
    return out;
}

void ChatStream::line(const QByteArray& line, QList<ChatDelta>& out)
{
    // Blank lines end events; comments (": keep-alive") and other fields carry nothing here.
    if (!line.startsWith("data:"))
        return;
    const QByteArray data = line.mid(5).trimmed();
    if (data == "[DONE]") {
        m_done = true;
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        m_error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("an event that is not JSON: %1").arg(parseError.errorString())
            : QStringLiteral("an event that is not a JSON object");
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(QStringLiteral("error"))) {
        m_error = errorMessage(data);
        return;
    }
    const QJsonValue choices = chunk.value(QStringLiteral("choices"));
    if (!choices.isArray()) {
        m_error = QStringLiteral("$.choices: an array is expected");
        return;
    }
    for (const QJsonValue& c : choices.toArray()) {
        const QJsonObject choice = c.toObject();
        if (choice.value(QStringLiteral("index")).toInt(0) != 0)
            continue; // only the first choice is asked for (n = 1)
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        ChatDelta d;
        d.content = delta.value(QStringLiteral("content")).toString();
        for (const QJsonValue& t : delta.value(QStringLiteral("tool_calls")).toArray()) {
            const QJsonObject function = t.toObject().value(QStringLiteral("function")).toObject();
            d.toolName += function.value(QStringLiteral("name")).toString();
            d.toolArguments += function.value(QStringLiteral("arguments")).toString();
        }
        d.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        if (!d.content.isEmpty() || !d.toolName.isEmpty() || !d.toolArguments.isEmpty()
            || !d.finishReason.isEmpty())
            out.append(d);
    }
}

QString ChatStream::errorMessage(const QByteArray& body)
{
    const QJsonObject error
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    QString message = error.value(QStringLiteral("message")).toString().left(300);
    if (message.isEmpty())
        return QString::fromUtf8(body.left(200)).simplified();
    const QString code = error.value(QStringLiteral("code")).toVariant().toString();
    return code.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, code);
}

QList<QString> SentenceSplitter::add(const QString& text)
{
    m_text += text;
    QList<QString> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        const bool end = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
            || c == QChar(0x2026);
        if (!end || !m_text.at(i + 1).isSpace())
            continue;
        // "Dr. Smith", "Mr. Ortiz", "e.g. this": a title or an abbreviation before the dot.
        static const QStringList abbreviations{QStringLiteral("mr"), QStringLiteral("mrs"),
            QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("prof"),
            QStringLiteral("st"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("vs"),
            QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("etc"),
            QStringLiteral("approx")};
        const qsizetype wordStart = m_text.lastIndexOf(QLatin1Char(' '), i) + 1;
        const QString word = m_text.mid(wordStart, i - wordStart).toLower();
        if (c == QLatin1Char('.') && abbreviations.contains(word))
            continue;
        const QString sentence = m_text.mid(start, i + 1 - start).trimmed();
        if (!sentence.isEmpty())
            out.append(sentence);
        start = i + 1;
    }
    m_text.remove(0, start);
    return out;
}

QString SentenceSplitter::finish()
{
    const QString rest = m_text.trimmed();
    m_text.clear();
    return rest;
}

} // namespace vt::server
