#pragma once

#include "Expected.h"

#include <string>

namespace vt::scoring {

// What was wrong with an input: the JSON path at fault ("utterances[3].end_ms", empty for the
// document itself) and a sentence saying why ("must be >= start_ms").
struct ScoringError {
    std::string path;
    std::string message;

    // "utterances[3].end_ms: must be >= start_ms"
    std::string line() const { return path.empty() ? message : path + ": " + message; }
};

// A parsed value or the error that stopped the parse.
template <typename T> using Parsed = Expected<T, ScoringError>;

} // namespace vt::scoring
