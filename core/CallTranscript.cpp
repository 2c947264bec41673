#include "CallTranscript.h"

#include "LiveScorer.h"
#include "Transcript.h"

#include <QStringList>

#include <algorithm>

namespace vt::app {

CallTranscript::CallTranscript(const scoring::Scenario& scenario)
    : m_live(std::make_unique<scoring::LiveScorer>(scenario))
{
}

CallTranscript::~CallTranscript() = default;

CallLine* CallTranscript::find(const QString& id)
{
    for (CallLine& l : m_lines) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

const CallLine* CallTranscript::line(const QString& id) const
{
    for (const CallLine& l : m_lines) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

void CallTranscript::sort()
{
    std::stable_sort(m_lines.begin(), m_lines.end(),
        [](const CallLine& a, const CallLine& b) { return a.startMs < b.startMs; });
}

std::optional<CallTranscript::ScoreChange> CallTranscript::addTranscript(const QString& id,
    Speaker speaker, const QString& text, bool final, bool truncated, qint64 startMs, qint64 endMs)
{
    const bool rep = speaker == Speaker::Rep;
    CallLine* l = find(id);
    if (!l) {
        m_lines.append(CallLine{id, speaker, text, startMs, endMs, final, truncated, rep});
        l = &m_lines.last();
    } else {
        l->text = text;
        l->final = final;
        l->truncated = l->truncated || truncated;
        // A prospect line keeps the times the speaker played once it was heard.
        if (rep || !l->heard) {
            l->startMs = startMs;
            l->endMs = endMs;
        }
    }
    if (rep && final) {
        // Rep times from the app's own VAD: the segment overlapping the recognised span most.
        qint64 best = 0;
        for (const auto& [s, e] : std::as_const(m_repSegments)) {
            const qint64 overlap = std::min(e, endMs) - std::max(s, startMs);
            if (overlap > best) {
                best = overlap;
                l->startMs = s;
                l->endMs = e;
            }
        }
    }
    std::optional<ScoreChange> change = feedLive(*l);
    sort();
    return change;
}

std::optional<scoring::Utterance> CallTranscript::scorable(const CallLine& l)
{
    if (!l.final || l.text.isEmpty() || !l.heard)
        return std::nullopt;
    scoring::Utterance u;
    u.id = l.id.toStdString();
    u.speaker = l.speaker == Speaker::Rep ? scoring::Speaker::Rep : scoring::Speaker::Prospect;
    u.text = l.text.toStdString();
    u.startMs = l.startMs;
    u.endMs = std::max(l.endMs, l.startMs);
    u.truncated = l.truncated;
    return u;
}

std::optional<CallTranscript::ScoreChange> CallTranscript::feedLive(const CallLine& l)
{
    if (m_frozen)
        return std::nullopt;
    std::optional<scoring::Utterance> u = scorable(l);
    const std::string id = l.id.toStdString();
    const auto fed = std::find_if(m_liveFed.begin(), m_liveFed.end(),
        [&](const scoring::Utterance& f) { return f.id == id; });
    if (fed == m_liveFed.end()) {
        if (!u)
            return std::nullopt;
        m_live->add(*u);
        m_liveFed.push_back(std::move(*u));
    } else {
        if (u && fed->text == u->text && fed->startMs == u->startMs && fed->endMs == u->endMs
            && fed->truncated == u->truncated)
            return std::nullopt;
        // A scored line changed (a barge-in cut it, perhaps to nothing): score the call again.
        if (u)
            *fed = std::move(*u);
        else
            m_liveFed.erase(fed);
        m_live = std::make_unique<scoring::LiveScorer>(m_live->scenario());
        for (const scoring::Utterance& f : m_liveFed)
            m_live->add(f);
    }
    ScoreChange change{l.id, std::nullopt};
    if (scorable(l)) {
        change.line = l;
        change.line->endMs = std::max(l.endMs, l.startMs);
    }
    return change;
}

void CallTranscript::addRepSegment(qint64 startMs, qint64 endMs)
{
    m_repSegments.append({startMs, endMs});
    m_lastRepEnd = endMs;
}

std::optional<qint64> CallTranscript::agentPacket(
    int utterance, bool first, qint64 offsetMs, qint64 nowMs)
{
    if (m_flushed.contains(utterance))
        return std::nullopt;
    if (first || !m_utteranceBase.contains(utterance)) {
        // The utterance's offset 0 on the call clock: when its first packet would have come.
        m_utteranceBase.insert(utterance, nowMs - offsetMs);
    }
    if (utterance != m_lastPushedUtterance) {
        m_lastPushedUtterance = utterance;
        m_agentQueue.append(utterance);
    }
    // Agent timestamps count from their utterance; the jitter buffer wants one clock, on which
    // each packet keeps its own place (its transit is what the buffer sizes itself by).
    return m_utteranceBase.value(utterance) + offsetMs;
}

CallTranscript::AgentStart CallTranscript::agentStarted(qint64 ms)
{
    AgentStart start;
    if (!m_agentQueue.isEmpty() && m_utteranceBase.contains(m_agentQueue.constFirst())) {
        start.playoutWaitMs = ms - m_utteranceBase.value(m_agentQueue.constFirst());
        m_playoutWaits.append(*start.playoutWaitMs);
    }
    if (m_lastRepEnd >= 0 && ms >= m_lastRepEnd) {
        start.latencyMs = ms - m_lastRepEnd;
        m_latencies.append(*start.latencyMs);
        m_lastRepEnd = -1;
    }
    if (!m_agentQueue.isEmpty())
        start.lineId = agentLineId(m_agentQueue.constFirst());
    return start;
}

CallTranscript::AgentHeard CallTranscript::agentHeard(qint64 startMs, qint64 endMs, bool truncated)
{
    AgentHeard heard;
    if (m_agentQueue.isEmpty())
        return heard;
    const int number = m_agentQueue.takeFirst();
    heard.lineId = agentLineId(number);
    heard.playedMs = endMs - startMs;
    if (truncated) {
        // The cut line, and whatever else was buffered behind it, will not play.
        m_flushed.append(number);
        heard.dropped = dropQueued();
    }
    if (CallLine* l = find(heard.lineId)) {
        l->startMs = startMs;
        l->endMs = endMs;
        l->heard = true;
        l->truncated = l->truncated || truncated;
        heard.change = feedLive(*l);
        sort();
    }
    return heard;
}

QStringList CallTranscript::dropQueued()
{
    QStringList ids;
    for (int queued : std::as_const(m_agentQueue)) {
        m_flushed.append(queued);
        ids.append(agentLineId(queued));
    }
    m_agentQueue.clear();
    return ids;
}

scoring::Transcript CallTranscript::scored(qint64 durationMs, QList<CallLine>* lines) const
{
    scoring::Transcript transcript;
    transcript.durationMs = durationMs;
    for (const CallLine& l : m_lines) {
        if (std::optional<scoring::Utterance> u = scorable(l)) {
            if (lines)
                lines->append(l);
            transcript.utterances.push_back(std::move(*u));
        }
    }
    return transcript;
}

} // namespace vt::app
