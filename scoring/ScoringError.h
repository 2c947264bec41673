#pragma once

#include <string>
#include <utility>
#include <variant>

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
template <typename T> class Parsed {
public:
    Parsed(T value)
        : m_state(std::move(value))
    {
    }
    Parsed(ScoringError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const ScoringError& error() const { return std::get<ScoringError>(m_state); }

private:
    std::variant<T, ScoringError> m_state;
};

} // namespace vt::scoring
