#pragma once

#include <cstdint>
#include <string_view>

namespace vt::scoring {

// Bumped whenever any output of the module can change; docs/scoring.md has the changelog.
inline constexpr std::string_view scoringVersion = "2.1.0";

// What differs between the versions the module can still score with (docs/scoring.md,
// changelog), so that the platform re-scores an attempt with the version its client used.
struct Rules {
    std::string_view version;
    bool tolerantMatching = true;  // phrases match on match tokens (§2.3), not exact words
    bool questionsAnywhere = true; // questions by clause, wherever they stand (§3.4)
    bool handledAnyLater = true;   // any later rep utterance addresses an objection (§3)
    bool minimumSpeech = true;     // a call under the speech bar is not scored (§4.1)
    bool preemptedAnswers = true;  // a rep utterance before the raising addresses it too (§3)
};

inline constexpr Rules rules2_1{"2.1.0", true, true, true, true, true};
inline constexpr Rules rules2_0{"2.0.0", true, true, true, true, false};
inline constexpr Rules rules1_1{"1.1.0", false, false, false, false, false};

// The bar of §4.1: below either, the rep said too little to judge.
inline constexpr std::int64_t minRepWords = 20;
inline constexpr std::int64_t minRepTalkMs = 10'000;

inline const Rules& currentRules()
{
    return rules2_1;
}

// The rules of a version this module can score with ("1.0.0" scores as "1.1.0", which only
// added the optional `truncated` field), or nullptr.
inline const Rules* rulesFor(std::string_view version)
{
    if (version == rules2_1.version)
        return &rules2_1;
    if (version == rules2_0.version)
        return &rules2_0;
    if (version == rules1_1.version || version == "1.0.0")
        return &rules1_1;
    return nullptr;
}

} // namespace vt::scoring
