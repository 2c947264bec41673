#include "LiveScorer.h"

#include "Report.h"

#include <algorithm>
#include <limits>

namespace vt::scoring {

void LiveScorer::IntervalUnion::insert(std::int64_t start, std::int64_t end)
{
    if (end <= start)
        return;
    // Swallow every span that overlaps or touches [start, end).
    auto it = m_spans.upper_bound(start);
    if (it != m_spans.begin() && std::prev(it)->second >= start)
        --it;
    while (it != m_spans.end() && it->first <= end) {
        start = std::min(start, it->first);
        end = std::max(end, it->second);
        m_length -= it->second - it->first;
        it = m_spans.erase(it);
    }
    m_spans.emplace(start, end);
    m_length += end - start;
}

bool LiveScorer::IntervalUnion::contains(std::int64_t point) const
{
    auto it = m_spans.upper_bound(point);
    if (it == m_spans.begin())
        return false;
    --it;
    return point < it->second;
}

LiveScorer::LiveScorer(Scenario scenario, const Rules& rules)
    : m_scenario(std::move(scenario))
    , m_rules(rules)
    , m_firstPhrase(m_scenario.requiredPhrases.size())
    , m_raisings(m_scenario.objections.size())
{
}

bool LiveScorer::add(Utterance utterance)
{
    if (utterance.endMs < utterance.startMs || m_ids.count(utterance.id) != 0)
        return false;
    m_ids.insert(utterance.id);
    UtteranceFacts facts = analyseUtterance(utterance, m_scenario, m_rules, m_scratch);
    const Key key{utterance.startMs, m_nextSequence++};
    const Entry& e = m_entries.emplace_back(Entry{std::move(utterance), std::move(facts), key});
    const bool inOrder = m_entries.size() == 1 || e.utterance.startMs >= m_latestStart;
    m_latestStart = std::max(m_latestStart, e.utterance.startMs);
    m_all.emplace(key, &e);

    const UtteranceFacts& f = e.facts;
    if (f.speaker == Speaker::Rep) {
        m_rep.emplace(key, &e);
        m_repWords += static_cast<std::int64_t>(f.words);
        m_fillers += static_cast<std::int64_t>(f.fillers.size());
        m_questions += f.questions;
        m_openQuestions += f.openQuestions;
        m_positive += f.positive;
        m_negative += f.negative;
        m_repTalk.insert(e.utterance.startMs, e.utterance.endMs);
        for (std::size_t i = 0; i < f.saysRequired.size(); ++i) {
            if (f.saysRequired[i] && (!m_firstPhrase[i] || key < *m_firstPhrase[i]))
                m_firstPhrase[i] = key;
        }
    } else {
        m_prospect.emplace(key, &e);
        m_prospectTalk.insert(e.utterance.startMs, e.utterance.endMs);
        m_prospectStarts.insert(e.utterance.startMs);
        for (std::size_t i = 0; i < f.raises.size(); ++i) {
            if (f.raises[i])
                m_raisings[i].insert(key);
        }
    }
    if (f.saysGoal && (!m_firstGoal || key < *m_firstGoal))
        m_firstGoal = key;
    addTurnTaking(e);

    if (!inOrder)
        m_monologueDirty = true;
    else if (!m_monologueDirty && f.speaker == Speaker::Rep)
        extendMonologue(e);
    return true;
}

// Interruptions both ways: the new utterance may interrupt, or be interrupted by, any
// utterance of the other speaker, whichever arrived first.
void LiveScorer::addTurnTaking(const Entry& e)
{
    const bool rep = e.facts.speaker == Speaker::Rep;
    const std::int64_t start = e.utterance.startMs;
    const std::int64_t effectiveEnd = vt::scoring::effectiveEnd(e.utterance);
    IntervalUnion& othersEffective = rep ? m_prospectEffective : m_repEffective;
    std::set<Key>& mine = rep ? m_interruptingRep : m_interruptingProspect;
    std::set<Key>& theirs = rep ? m_interruptingProspect : m_interruptingRep;
    const std::map<Key, const Entry*>& others = rep ? m_prospect : m_rep;

    if (!e.facts.backchannel && othersEffective.contains(start))
        mine.insert(e.key);
    (rep ? m_repEffective : m_prospectEffective).insert(start, effectiveEnd);
    for (auto it = others.lower_bound({start, 0});
         it != others.end() && it->first.first < effectiveEnd; ++it) {
        if (!it->second->facts.backchannel)
            theirs.insert(it->first);
    }
}

bool LiveScorer::prospectStartsIn(std::int64_t from, std::int64_t to) const
{
    const auto it = m_prospectStarts.lower_bound(from);
    return it != m_prospectStarts.end() && *it < to;
}

void LiveScorer::extendMonologue(const Entry& e) const
{
    const std::int64_t start = e.utterance.startMs;
    if (m_current && start - m_current->endMs < 1000
        && !prospectStartsIn(m_current->endMs, start)) {
        m_current->endMs = std::max(m_current->endMs, e.utterance.endMs);
        m_current->last = e.key;
        return;
    }
    if (m_current && (!m_bestClosed || m_current->length() > m_bestClosed->length()))
        m_bestClosed = m_current;
    m_current = Stretch{e.key, e.key, start, e.utterance.endMs};
}

void LiveScorer::recomputeMonologue() const
{
    m_bestClosed.reset();
    m_current.reset();
    m_monologueDirty = false;
    for (const auto& [key, entry] : m_rep)
        extendMonologue(*entry);
}

std::optional<LiveScorer::Stretch> LiveScorer::longestStretch() const
{
    if (m_monologueDirty)
        recomputeMonologue();
    if (m_current && (!m_bestClosed || m_current->length() > m_bestClosed->length()))
        return m_current;
    return m_bestClosed;
}

void LiveScorer::fillValues(KpiResult& r) const
{
    r.repTalkMs = m_repTalk.length();
    r.prospectTalkMs = m_prospectTalk.length();
    r.repWords = m_repWords;
    r.fillerWords = m_fillers;
    r.questions = m_questions;
    r.openQuestions = m_openQuestions;
    r.sentimentPositive = m_positive;
    r.sentimentNegative = m_negative;
    deriveRates(r);
    r.interruptions = static_cast<std::int64_t>(m_interruptingRep.size());
    r.interruptedByProspect = static_cast<std::int64_t>(m_interruptingProspect.size());
    const std::optional<Stretch> best = longestStretch();
    r.longestMonologueMs = best ? best->length() : 0;

    r.phraseHit.resize(m_firstPhrase.size());
    for (std::size_t i = 0; i < m_firstPhrase.size(); ++i)
        r.phraseHit[i] = m_firstPhrase[i].has_value();
    r.goalHit = m_firstGoal.has_value();

    // Each raising looks at the rep utterances starting at or after it: the first two (1.x),
    // or all of them (2.x); from 2.1.0 the latest answer before the first raising counts too.
    const int window = m_rules.handledAnyLater ? std::numeric_limits<int>::max() : 2;
    const std::size_t objections = m_raisings.size();
    r.objectionRaised.assign(objections, false);
    r.objectionAddressed.assign(objections, false);
    r.objectionEvidence.assign(objections, {});
    for (std::size_t o = 0; o < objections; ++o) {
        for (const Key& raising : m_raisings[o]) {
            const Entry* raisedBy = m_prospect.at(raising);
            if (!r.objectionRaised[o])
                r.objectionEvidence[o].raisedBy = &raisedBy->utterance;
            r.objectionRaised[o] = true;
            auto next = m_rep.lower_bound({raising.first, 0});
            for (int k = 0; k < window && next != m_rep.end(); ++k, ++next) {
                if (next->second->facts.handles[o]) {
                    r.objectionAddressed[o] = true;
                    r.objectionEvidence[o] = {&raisedBy->utterance, &next->second->utterance};
                    break;
                }
            }
            if (r.objectionAddressed[o])
                break;
        }
        if (r.objectionRaised[o] && !r.objectionAddressed[o] && m_rules.preemptedAnswers) {
            for (auto it = m_rep.rbegin(); it != m_rep.rend(); ++it) {
                if (it->second->facts.handles[o]) {
                    r.objectionAddressed[o] = true;
                    r.objectionEvidence[o].addressedBy = &it->second->utterance;
                    break;
                }
            }
        }
    }
}

KpiResult LiveScorer::summary() const
{
    KpiResult r;
    fillValues(r);
    return r;
}

ScoreResult LiveScorer::score() const
{
    return vt::scoring::score(summary(), m_scenario, m_rules);
}

KpiResult LiveScorer::kpis() const
{
    KpiResult r;
    fillValues(r);
    for (const auto& [key, entry] : m_rep) {
        const UtteranceFacts& f = entry->facts;
        const Utterance* u = &entry->utterance;
        if (!f.fillers.empty())
            r.fillerUtterances.push_back({u, f.fillers});
        if (f.questions > 0)
            r.questionUtterances.push_back(u);
        if (f.openQuestions > 0)
            r.openQuestionUtterances.push_back(u);
        if (f.positive + f.negative > 0)
            r.sentimentUtterances.push_back(u);
    }
    for (const Key& key : m_interruptingRep)
        r.interruptingRep.push_back(&m_rep.at(key)->utterance);
    for (const Key& key : m_interruptingProspect)
        r.interruptingProspect.push_back(&m_prospect.at(key)->utterance);
    if (const std::optional<Stretch> best = longestStretch()) {
        for (auto it = m_rep.find(best->first); it != m_rep.end() && it->first <= best->last; ++it)
            r.monologue.push_back(&it->second->utterance);
    }
    r.phraseEvidence.assign(m_firstPhrase.size(), nullptr);
    for (std::size_t i = 0; i < m_firstPhrase.size(); ++i) {
        if (m_firstPhrase[i])
            r.phraseEvidence[i] = &m_rep.at(*m_firstPhrase[i])->utterance;
    }
    if (m_firstGoal)
        r.goalEvidence = &m_all.at(*m_firstGoal)->utterance;
    return r;
}

std::string LiveScorer::report(bool pretty) const
{
    const KpiResult k = kpis();
    return dumpReport(
        reportJson(k, vt::scoring::score(k, m_scenario, m_rules), m_scenario, m_rules), pretty);
}

} // namespace vt::scoring
