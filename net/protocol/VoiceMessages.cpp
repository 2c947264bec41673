#include "VoiceMessages.h"

#include "BoundedJson.h"
#include "JsonFields.h"
#include "VoiceFrames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vt::protocol::voice {
namespace {

constexpr qint64 maxSeq = qint64(1) << 40;
constexpr qint64 maxMs = qint64(24) * 60 * 60 * 1000;
constexpr qsizetype maxTextChars = 8000;
constexpr qsizetype maxWords = 2000;

template <typename T> T orDefault(const std::optional<T>& v, T fallback = T())
{
    return v ? *v : fallback;
}

std::optional<AudioFormat> readAudio(ObjectReader& r, Presence presence)
{
    const std::optional<QJsonObject> object = r.object(u"audio", presence);
    if (!object)
        return std::nullopt;
    ObjectReader a(*object, r.pathOf(u"audio"), r.errors());
    AudioFormat format;
    format.codec = orDefault(a.text(u"codec", Presence::Required, 1, 32));
    format.sampleRate = int(orDefault(a.integer(u"sample_rate", Presence::Required, 8000, 192000)));
    format.channels = int(orDefault(a.integer(u"channels", Presence::Required, 1, 8)));
    format.frameMs = int(orDefault(a.integer(u"frame_ms", Presence::Required, 2, 120)));
    return format;
}

QJsonObject audioJson(const AudioFormat& f)
{
    return {{QStringLiteral("codec"), f.codec}, {QStringLiteral("sample_rate"), f.sampleRate},
        {QStringLiteral("channels"), f.channels}, {QStringLiteral("frame_ms"), f.frameMs}};
}

std::optional<QString> readUtteranceId(ObjectReader& r, Presence presence)
{
    std::optional<QString> id = r.text(u"utterance_id", presence, 2, 8);
    if (id && utteranceNumber(*id) == 0) {
        r.errors().add(r.pathOf(u"utterance_id"), QStringLiteral("must be r<number> or a<number>"));
        return std::nullopt;
    }
    return id;
}

Hello readHello(ObjectReader& r)
{
    Hello h;
    h.protocol = int(orDefault(r.integer(u"protocol", Presence::Required, 1, 1000), qint64(1)));
    h.token = orDefault(r.text(u"token", Presence::Required, 1, 4096));
    h.client = orDefault(r.text(u"client", Presence::Optional, 0, 200));
    h.sessionId = r.id(u"session_id", Presence::Optional);
    if (const std::optional<QJsonObject> resume = r.object(u"resume", Presence::Optional)) {
        ObjectReader rr(*resume, r.pathOf(u"resume"), r.errors());
        h.lastEventSeq = orDefault(rr.integer(u"last_event_seq", Presence::Required, 0, maxSeq));
        h.lastAgentSeq
            = orDefault(rr.integer(u"last_agent_seq", Presence::Required, -1, maxSeq), qint64(-1));
    }
    h.audio = orDefault(readAudio(r, Presence::Required));
    return h;
}

Ready readReady(ObjectReader& r)
{
    Ready m;
    m.protocol = int(orDefault(r.integer(u"protocol", Presence::Required, 1, 1000), qint64(1)));
    m.minor = int(orDefault(r.integer(u"minor", Presence::Optional, 0, 1000)));
    m.sessionId = orDefault(r.id(u"session_id", Presence::Required));
    m.resumed = orDefault(r.boolean(u"resumed", Presence::Required));
    m.audio = orDefault(readAudio(r, Presence::Required));
    if (const std::optional<QJsonObject> limits = r.object(u"limits", Presence::Required)) {
        ObjectReader l(*limits, r.pathOf(u"limits"), r.errors());
        m.limits.maxMessageBytes
            = orDefault(l.integer(u"max_message_bytes", Presence::Required, 1024, 1 << 30));
        m.limits.keepaliveMs
            = int(orDefault(l.integer(u"keepalive_ms", Presence::Required, 100, 600000)));
        m.limits.peerTimeoutMs
            = int(orDefault(l.integer(u"peer_timeout_ms", Presence::Required, 100, 600000)));
        m.limits.maxCallMs = orDefault(l.integer(u"max_call_ms", Presence::Required, 1000, maxMs));
    }
    m.nextRepSeq = orDefault(r.integer(u"next_rep_seq", Presence::Required, 0, maxSeq));
    if (const std::optional<QJsonObject> persona = r.object(u"persona", Presence::Optional)) {
        ObjectReader p(*persona, r.pathOf(u"persona"), r.errors());
        m.personaName = orDefault(p.text(u"name", Presence::Optional, 0, 200));
        m.voice = orDefault(p.text(u"voice", Presence::Optional, 0, 64));
    }
    return m;
}

TranscriptEvent readTranscript(ObjectReader& r)
{
    TranscriptEvent t;
    t.utteranceId = orDefault(readUtteranceId(r, Presence::Required));
    t.speaker = orDefault(r.oneOf(u"speaker", Presence::Required, {u"rep", u"prospect"}));
    t.text = orDefault(r.text(u"text", Presence::Required, 0, maxTextChars));
    t.final = orDefault(r.boolean(u"final", Presence::Required));
    t.truncated = orDefault(r.boolean(u"truncated", Presence::Optional));
    t.startMs = orDefault(r.integer(u"start_ms", Presence::Required, 0, maxMs));
    t.endMs = orDefault(r.integer(u"end_ms", Presence::Required, 0, maxMs));
    if (t.endMs < t.startMs)
        r.errors().add(r.pathOf(u"end_ms"), QStringLiteral("must be >= start_ms"));
    if (const std::optional<QJsonArray> words = r.array(u"words", Presence::Optional, maxWords)) {
        for (qsizetype i = 0; i < words->size(); ++i) {
            const QString path = indexPath(r.pathOf(u"words"), i);
            if (!words->at(i).isObject()) {
                r.errors().add(path, QStringLiteral("must be an object"));
                continue;
            }
            ObjectReader w(words->at(i).toObject(), path, r.errors());
            Word word;
            word.text = orDefault(w.text(u"text", Presence::Required, 1, 200));
            word.startMs = orDefault(w.integer(u"start_ms", Presence::Required, 0, maxMs));
            word.endMs = orDefault(w.integer(u"end_ms", Presence::Required, 0, maxMs));
            t.words.append(word);
        }
    }
    return t;
}

AgentState readAgentState(ObjectReader& r)
{
    AgentState s;
    s.state = orDefault(
        r.oneOf(u"state", Presence::Required, {u"listening", u"thinking", u"speaking"}));
    s.utteranceId = orDefault(readUtteranceId(
        r, s.state == QLatin1String("speaking") ? Presence::Required : Presence::Optional));
    return s;
}

Playback readPlayback(ObjectReader& r)
{
    Playback p;
    p.utteranceId = orDefault(readUtteranceId(r, Presence::Required));
    p.startMs = orDefault(r.integer(u"start_ms", Presence::Required, 0, maxMs));
    p.playedMs = orDefault(r.integer(u"played_ms", Presence::Required, 0, maxMs));
    p.truncated = orDefault(r.boolean(u"truncated", Presence::Optional));
    return p;
}

CallEnd readCallEnd(ObjectReader& r, bool fromServer)
{
    CallEnd e;
    e.by = fromServer
        ? orDefault(r.oneOf(u"by", Presence::Required, {u"rep", u"agent", u"platform"}))
        : QStringLiteral("rep");
    e.reason = orDefault(r.oneOf(u"reason", Presence::Required,
        {u"rep_hung_up", u"agent_hung_up", u"goal_reached", u"time_limit", u"error"}));
    e.detail = orDefault(r.text(u"detail", Presence::Optional, 0, 2000));
    return e;
}

ErrorEvent readError(ObjectReader& r)
{
    ErrorEvent e;
    e.code = orDefault(r.text(u"code", Presence::Required, 1, 64));
    e.message = orDefault(r.text(u"message", Presence::Required, 0, 2000));
    e.retryable = orDefault(r.boolean(u"retryable", Presence::Required));
    return e;
}

template <typename T> void setSeq(Message& m, qint64 seq)
{
    if (auto* v = std::get_if<T>(&m))
        v->seq = seq;
}

} // namespace

int utteranceNumber(QStringView id)
{
    if (id.size() < 2 || id.size() > 8 || (id[0] != u'r' && id[0] != u'a'))
        return 0;
    bool ok = false;
    const int n = id.sliced(1).toInt(&ok);
    return ok && n > 0 && n <= 65535 && !id[1].isSpace() && id[1] != u'+' ? n : 0;
}

MessageParse parseMessage(QByteArrayView text)
{
    MessageParse result;
    JsonLimits limits;
    limits.maxBytes = maxMessageBytes;
    limits.maxDepth = 8;
    limits.maxStringBytes = qsizetype(16) * 1024;
    const BoundedJson json = parseJsonObject(text, limits);
    if (!json) {
        result.error = json.error;
        return result;
    }
    FieldErrors errors;
    ObjectReader r(json.document.object(), QStringLiteral("$"), errors);
    const std::optional<QString> type = r.text(u"type", Presence::Required, 1, 64);
    if (!type) {
        result.error = errors.summary();
        return result;
    }
    const bool serverEvent = json.document.object().contains(QStringLiteral("seq"));
    const qint64 seq
        = serverEvent ? orDefault(r.integer(u"seq", Presence::Required, 1, maxSeq)) : 0;
    Message message;
    if (*type == QLatin1String("hello"))
        message = readHello(r);
    else if (*type == QLatin1String("ready"))
        message = readReady(r);
    else if (*type == QLatin1String("transcript"))
        message = readTranscript(r);
    else if (*type == QLatin1String("agent.state"))
        message = readAgentState(r);
    else if (*type == QLatin1String("playback"))
        message = readPlayback(r);
    else if (*type == QLatin1String("call.end"))
        message = readCallEnd(r, serverEvent);
    else if (*type == QLatin1String("error"))
        message = readError(r);
    else if (*type == QLatin1String("ping") || *type == QLatin1String("pong"))
        message = Ping{orDefault(r.integer(u"id", Presence::Required, 0, maxSeq)),
            *type == QLatin1String("pong")};
    else
        message = Unknown{*type};
    if (!errors.isEmpty()) {
        result.error = QStringLiteral("%1 message: %2").arg(*type, errors.summary());
        return result;
    }
    setSeq<Ready>(message, seq);
    setSeq<TranscriptEvent>(message, seq);
    setSeq<AgentState>(message, seq);
    setSeq<CallEnd>(message, seq);
    setSeq<ErrorEvent>(message, seq);
    result.message = std::move(message);
    return result;
}

namespace {

QJsonObject withSeq(QJsonObject o, qint64 seq)
{
    if (seq > 0)
        o.insert(QStringLiteral("seq"), seq);
    return o;
}

struct Writer {
    QJsonObject operator()(const Hello& h) const
    {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("protocol"), h.protocol}, {QStringLiteral("token"), h.token},
            {QStringLiteral("client"), h.client}, {QStringLiteral("audio"), audioJson(h.audio)},
            {QStringLiteral("session_id"),
                h.sessionId ? QJsonValue(*h.sessionId) : QJsonValue(QJsonValue::Null)}};
        if (h.sessionId)
            o.insert(QStringLiteral("resume"),
                QJsonObject{{QStringLiteral("last_event_seq"), h.lastEventSeq},
                    {QStringLiteral("last_agent_seq"), h.lastAgentSeq}});
        return o;
    }
    QJsonObject operator()(const Ready& m) const
    {
        return withSeq(
            {{QStringLiteral("type"), QStringLiteral("ready")},
                {QStringLiteral("protocol"), m.protocol}, {QStringLiteral("minor"), m.minor},
                {QStringLiteral("session_id"), m.sessionId}, {QStringLiteral("resumed"), m.resumed},
                {QStringLiteral("audio"), audioJson(m.audio)},
                {QStringLiteral("limits"),
                    QJsonObject{{QStringLiteral("max_message_bytes"), m.limits.maxMessageBytes},
                        {QStringLiteral("keepalive_ms"), m.limits.keepaliveMs},
                        {QStringLiteral("peer_timeout_ms"), m.limits.peerTimeoutMs},
                        {QStringLiteral("max_call_ms"), m.limits.maxCallMs}}},
                {QStringLiteral("next_rep_seq"), m.nextRepSeq},
                {QStringLiteral("persona"),
                    QJsonObject{{QStringLiteral("name"), m.personaName},
                        {QStringLiteral("voice"), m.voice}}}},
            m.seq);
    }
    QJsonObject operator()(const TranscriptEvent& t) const
    {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("transcript")},
            {QStringLiteral("utterance_id"), t.utteranceId}, {QStringLiteral("speaker"), t.speaker},
            {QStringLiteral("text"), t.text}, {QStringLiteral("final"), t.final},
            {QStringLiteral("start_ms"), t.startMs}, {QStringLiteral("end_ms"), t.endMs}};
        if (t.truncated)
            o.insert(QStringLiteral("truncated"), true);
        if (!t.words.isEmpty()) {
            QJsonArray words;
            for (const Word& w : t.words)
                words.append(QJsonObject{{QStringLiteral("text"), w.text},
                    {QStringLiteral("start_ms"), w.startMs}, {QStringLiteral("end_ms"), w.endMs}});
            o.insert(QStringLiteral("words"), words);
        }
        return withSeq(o, t.seq);
    }
    QJsonObject operator()(const AgentState& s) const
    {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("agent.state")},
            {QStringLiteral("state"), s.state}};
        if (!s.utteranceId.isEmpty())
            o.insert(QStringLiteral("utterance_id"), s.utteranceId);
        return withSeq(o, s.seq);
    }
    QJsonObject operator()(const Playback& p) const
    {
        return {{QStringLiteral("type"), QStringLiteral("playback")},
            {QStringLiteral("utterance_id"), p.utteranceId},
            {QStringLiteral("start_ms"), p.startMs}, {QStringLiteral("played_ms"), p.playedMs},
            {QStringLiteral("truncated"), p.truncated}};
    }
    QJsonObject operator()(const CallEnd& e) const
    {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("call.end")},
            {QStringLiteral("reason"), e.reason}};
        if (e.seq > 0)
            o.insert(QStringLiteral("by"), e.by);
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        return withSeq(o, e.seq);
    }
    QJsonObject operator()(const ErrorEvent& e) const
    {
        return withSeq(
            {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("code"), e.code},
                {QStringLiteral("message"), e.message}, {QStringLiteral("retryable"), e.retryable}},
            e.seq);
    }
    QJsonObject operator()(const Ping& p) const
    {
        return {{QStringLiteral("type"), p.pong ? QStringLiteral("pong") : QStringLiteral("ping")},
            {QStringLiteral("id"), p.id}};
    }
    QJsonObject operator()(const Unknown& u) const { return {{QStringLiteral("type"), u.type}}; }
};

} // namespace

QByteArray toJson(const Message& message)
{
    return QJsonDocument(std::visit(Writer{}, message)).toJson(QJsonDocument::Compact);
}

} // namespace vt::protocol::voice
