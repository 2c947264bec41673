#include "Kpis.h"

#include "UtteranceFacts.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace vt::scoring {
namespace {

struct Item {
    const Utterance* u;
    const UtteranceFacts* facts;
};

// Length of the union of the intervals of `items` (already in start order).
std::int64_t unionLength(const std::vector<Item>& items)
{
    std::int64_t total = 0;
    std::int64_t coveredUntil = -1;
    std::int64_t blockStart = 0;
    for (const Item& item : items) {
        if (item.u->startMs > coveredUntil) {
            if (coveredUntil > blockStart)
                total += coveredUntil - blockStart;
            blockStart = item.u->startMs;
            coveredUntil = item.u->endMs;
        } else {
            coveredUntil = std::max(coveredUntil, item.u->endMs);
        }
    }
    if (coveredUntil > blockStart)
        total += coveredUntil - blockStart;
    return total;
}

// The interrupters of `by` over `over` (§3, interruptions): r.start in [p.start, p.end - 300)
// for some p (up to p.end when p was truncated), backchannels excluded.
// Both lists are in start order: sweep them together, keeping the latest p.end - 300 of the
// utterances of `over` that started so far.
std::vector<const Utterance*> interrupters(
    const std::vector<Item>& by, const std::vector<Item>& over)
{
    std::vector<const Utterance*> result;
    std::size_t j = 0;
    std::int64_t latestEffectiveEnd = -1;
    for (const Item& r : by) {
        for (; j < over.size() && over[j].u->startMs <= r.u->startMs; ++j)
            latestEffectiveEnd = std::max(latestEffectiveEnd, effectiveEnd(*over[j].u));
        if (!r.facts->backchannel && r.u->startMs < latestEffectiveEnd)
            result.push_back(r.u);
    }
    return result;
}

// §3.3.
void longestMonologue(const std::vector<Item>& rep, const std::vector<std::int64_t>& prospectStarts,
    KpiResult& result)
{
    std::size_t best = 0, bestEnd = 0; // [best, bestEnd) indices into rep
    std::int64_t bestLength = -1;
    std::size_t first = 0;
    std::int64_t stretchEnd = 0;
    for (std::size_t i = 0; i <= rep.size(); ++i) {
        bool joins = false;
        if (i > first && i < rep.size()) {
            const std::int64_t start = rep[i].u->startMs;
            const auto p
                = std::lower_bound(prospectStarts.begin(), prospectStarts.end(), stretchEnd);
            const bool prospectInGap = p != prospectStarts.end() && *p < start;
            joins = start - stretchEnd < 1000 && !prospectInGap;
        }
        if (i > first && !joins) {
            const std::int64_t length = stretchEnd - rep[first].u->startMs;
            if (length > bestLength) {
                bestLength = length;
                best = first;
                bestEnd = i;
            }
            first = i;
        }
        if (i < rep.size())
            stretchEnd = i == first ? rep[i].u->endMs : std::max(stretchEnd, rep[i].u->endMs);
    }
    result.longestMonologueMs = std::max<std::int64_t>(bestLength, 0);
    for (std::size_t i = best; i < bestEnd; ++i)
        result.monologue.push_back(rep[i].u);
}

} // namespace

void deriveRates(KpiResult& r)
{
    const std::int64_t spoken = r.repTalkMs + r.prospectTalkMs;
    r.talkRatio = spoken > 0 ? static_cast<double>(r.repTalkMs) / static_cast<double>(spoken) : 0.0;
    const double repMinutes = static_cast<double>(r.repTalkMs) / 60000.0;
    r.fillersPerMin = r.repTalkMs > 0 ? static_cast<double>(r.fillerWords) / repMinutes : 0.0;
    r.paceWpm = r.repTalkMs > 0 ? static_cast<double>(r.repWords) / repMinutes : 0.0;
    const std::int64_t hits = r.sentimentPositive + r.sentimentNegative;
    r.sentiment = static_cast<double>(r.sentimentPositive - r.sentimentNegative)
        / static_cast<double>(std::max<std::int64_t>(1, hits));
}

KpiResult computeKpis(const Transcript& transcript, const Scenario& scenario, const Rules& rules)
{
    const std::size_t n = transcript.utterances.size();
    std::vector<UtteranceFacts> facts;
    facts.reserve(n);
    AnalysisScratch scratch;
    for (const Utterance& u : transcript.utterances)
        facts.push_back(analyseUtterance(u, scenario, rules, scratch));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return transcript.utterances[a].startMs < transcript.utterances[b].startMs;
    });

    std::vector<Item> all, rep, prospect;
    for (const std::size_t i : order) {
        const Item item{&transcript.utterances[i], &facts[i]};
        all.push_back(item);
        (item.u->speaker == Speaker::Rep ? rep : prospect).push_back(item);
    }

    KpiResult r;
    r.repTalkMs = unionLength(rep);
    r.prospectTalkMs = unionLength(prospect);
    for (const Item& item : rep) {
        const UtteranceFacts& f = *item.facts;
        r.repWords += static_cast<std::int64_t>(f.words);
        r.fillerWords += static_cast<std::int64_t>(f.fillers.size());
        r.questions += f.questions;
        r.openQuestions += f.openQuestions;
        r.sentimentPositive += f.positive;
        r.sentimentNegative += f.negative;
        if (!f.fillers.empty())
            r.fillerUtterances.push_back({item.u, f.fillers});
        if (f.questions > 0)
            r.questionUtterances.push_back(item.u);
        if (f.openQuestions > 0)
            r.openQuestionUtterances.push_back(item.u);
        if (f.positive + f.negative > 0)
            r.sentimentUtterances.push_back(item.u);
    }
    deriveRates(r);

    r.interruptingRep = interrupters(rep, prospect);
    r.interruptingProspect = interrupters(prospect, rep);
    r.interruptions = static_cast<std::int64_t>(r.interruptingRep.size());
    r.interruptedByProspect = static_cast<std::int64_t>(r.interruptingProspect.size());

    std::vector<std::int64_t> prospectStarts;
    for (const Item& item : prospect)
        prospectStarts.push_back(item.u->startMs);
    longestMonologue(rep, prospectStarts, r);

    // Required phrases and the goal: the first utterance saying them.
    r.phraseHit.assign(scenario.requiredPhrases.size(), false);
    r.phraseEvidence.assign(scenario.requiredPhrases.size(), nullptr);
    for (std::size_t p = 0; p < scenario.requiredPhrases.size(); ++p) {
        const auto it = std::find_if(
            rep.begin(), rep.end(), [p](const Item& i) { return i.facts->saysRequired[p]; });
        if (it != rep.end()) {
            r.phraseHit[p] = true;
            r.phraseEvidence[p] = it->u;
        }
    }
    const auto goal
        = std::find_if(all.begin(), all.end(), [](const Item& i) { return i.facts->saysGoal; });
    if (goal != all.end()) {
        r.goalHit = true;
        r.goalEvidence = goal->u;
    }

    // Objections: each raising looks at the rep utterances starting at or after it: the first
    // two (1.x), or all of them (2.x); from 2.1.0 an answer before the first raising counts
    // too (the rep pre-empted it), the latest such one as evidence.
    const int window = rules.handledAnyLater ? std::numeric_limits<int>::max() : 2;
    const std::size_t objections = scenario.objections.size();
    r.objectionRaised.assign(objections, false);
    r.objectionAddressed.assign(objections, false);
    r.objectionEvidence.assign(objections, {});
    for (std::size_t o = 0; o < objections; ++o) {
        for (const Item& p : prospect) {
            if (!p.facts->raises[o])
                continue;
            KpiResult::ObjectionEvidence& evidence = r.objectionEvidence[o];
            if (!r.objectionRaised[o])
                evidence.raisedBy = p.u;
            r.objectionRaised[o] = true;
            auto next = std::lower_bound(rep.begin(), rep.end(), p.u->startMs,
                [](const Item& i, std::int64_t start) { return i.u->startMs < start; });
            for (int k = 0; k < window && next != rep.end(); ++k, ++next) {
                if (next->facts->handles[o]) {
                    r.objectionAddressed[o] = true;
                    evidence = {p.u, next->u};
                    break;
                }
            }
            if (r.objectionAddressed[o])
                break;
        }
        if (r.objectionRaised[o] && !r.objectionAddressed[o] && rules.preemptedAnswers) {
            const auto before = std::find_if(
                rep.rbegin(), rep.rend(), [o](const Item& i) { return i.facts->handles[o]; });
            if (before != rep.rend()) {
                r.objectionAddressed[o] = true;
                r.objectionEvidence[o].addressedBy = before->u;
            }
        }
    }
    return r;
}

} // namespace vt::scoring
