#pragma once

#include "ScoringError.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vt::scoring {

enum class Speaker { Rep, Prospect };

struct Word {
    std::string text;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

// One turn of the call. Times are on the call clock (ms since the call started).
struct Utterance {
    std::string id;
    Speaker speaker = Speaker::Rep;
    std::string text;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::vector<Word> words; // optional word timings, carried through
    // Its speaker was cut off: it stopped because the other speaker talked over it (barge-in).
    bool truncated = false;
};

struct Transcript {
    std::int64_t durationMs = 0;
    std::vector<Utterance> utterances; // input order; KPIs take start order (stable)
};

// The native form ({"duration_ms", "utterances": [...]}) or the voice-provider form
// ([{"role", "text", "timestamp", "end_timestamp"?}, ...]), told apart by the document's
// type. Errors name the JSON path (docs/scoring.md §1).
Parsed<Transcript> parseTranscript(std::string_view json);
Parsed<Transcript> transcriptFromJson(const nlohmann::json& document);

// The native form, as stored and sent.
nlohmann::ordered_json toJson(const Transcript& transcript);

std::string_view speakerName(Speaker speaker);

// Until when another utterance starting inside `u` interrupts it (§3, interruptions): 300 ms
// before its end, or its very end when it was truncated (cut off by that other speaker).
inline std::int64_t effectiveEnd(const Utterance& u)
{
    return u.truncated ? u.endMs : u.endMs - 300;
}

} // namespace vt::scoring
