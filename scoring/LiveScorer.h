#pragma once

#include "Kpis.h"
#include "Rubric.h"
#include "Scenario.h"
#include "Transcript.h"
#include "UtteranceFacts.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace vt::scoring {

// Scores a call while it happens: fed final utterances one at a time, in any order. After the
// last one, kpis() and report() equal the batch computation over the utterances in arrival
// order, byte for byte (tests check this on every golden vector and on shuffles).
//
// add() costs O(log n) for an utterance that starts no earlier than every one before it (the
// live case); one arriving out of order makes the next query recompute the monologue stretch
// in O(n). kpis()/report() build the evidence lists in O(n); summary() and score() do not.
class LiveScorer final {
public:
    explicit LiveScorer(Scenario scenario, const Rules& rules = currentRules());

    // False, changing nothing, when the id was already added or end_ms < start_ms.
    bool add(Utterance utterance);
    std::size_t size() const { return m_entries.size(); }

    KpiResult summary() const; // every value, no evidence lists
    ScoreResult score() const;
    KpiResult kpis() const; // values and evidence; pointers into this scorer
    std::string report(bool pretty = false) const;
    const Scenario& scenario() const { return m_scenario; }
    const Rules& rules() const { return m_rules; }

private:
    using Key = std::pair<std::int64_t, std::uint64_t>; // start_ms, arrival sequence
    struct Entry {
        Utterance utterance;
        UtteranceFacts facts;
        Key key;
    };
    // The union of half-open intervals, with its length.
    class IntervalUnion {
    public:
        void insert(std::int64_t start, std::int64_t end);
        bool contains(std::int64_t point) const;
        std::int64_t length() const { return m_length; }

    private:
        std::map<std::int64_t, std::int64_t> m_spans; // start -> end, disjoint
        std::int64_t m_length = 0;
    };
    struct Stretch {
        Key first;
        Key last;
        std::int64_t startMs = 0;
        std::int64_t endMs = 0;
        std::int64_t length() const { return endMs - startMs; }
    };

    void addTurnTaking(const Entry& e);
    void extendMonologue(const Entry& e) const;
    void recomputeMonologue() const;
    std::optional<Stretch> longestStretch() const;
    bool prospectStartsIn(std::int64_t from, std::int64_t to) const;
    void fillValues(KpiResult& r) const;

    Scenario m_scenario;
    const Rules& m_rules;
    AnalysisScratch m_scratch;   // reused by every add()
    std::deque<Entry> m_entries; // stable addresses
    std::unordered_set<std::string> m_ids;
    std::map<Key, const Entry*> m_all, m_rep, m_prospect;
    std::multiset<std::int64_t> m_prospectStarts;
    std::uint64_t m_nextSequence = 0;
    std::int64_t m_latestStart = 0;

    std::int64_t m_repWords = 0, m_fillers = 0, m_questions = 0, m_openQuestions = 0;
    std::int64_t m_positive = 0, m_negative = 0;
    IntervalUnion m_repTalk, m_prospectTalk;
    IntervalUnion m_repEffective, m_prospectEffective; // [start, effectiveEnd)
    std::set<Key> m_interruptingRep, m_interruptingProspect;
    std::vector<std::optional<Key>> m_firstPhrase;
    std::optional<Key> m_firstGoal;
    std::vector<std::set<Key>> m_raisings; // per objection

    // Monologue stretches, maintained for in-order arrivals; rebuilt when m_monologueDirty.
    mutable bool m_monologueDirty = false;
    mutable std::optional<Stretch> m_bestClosed;
    mutable std::optional<Stretch> m_current;
};

} // namespace vt::scoring
