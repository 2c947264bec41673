#pragma once

#include "ScoringError.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vt::scoring::detail {

// Thrown by the readers below and turned into a ScoringError by the parsers' entry points.
class InputError final : public std::exception {
public:
    InputError(std::string path, std::string message)
        : m_error{std::move(path), std::move(message)}
    {
    }
    const char* what() const noexcept override { return m_error.message.c_str(); }
    const ScoringError& error() const { return m_error; }

private:
    ScoringError m_error;
};

inline constexpr std::int64_t maxTimeMs = 86'400'000; // 24 hours

// JSON paths as the error messages print them.
std::string member(const std::string& path, std::string_view key);
std::string element(const std::string& path, std::size_t index);

// Parses text as JSON; malformed text throws InputError("", "not valid JSON at line L, ...").
nlohmann::json parseDocument(std::string_view text);

const nlohmann::json& requireObject(const nlohmann::json& value, const std::string& path);
const nlohmann::json& requireArray(const nlohmann::json& value, const std::string& path);
// The member, or throws "is required".
const nlohmann::json& requireMember(
    const nlohmann::json& object, std::string_view key, const std::string& path);
const nlohmann::json* optionalMember(const nlohmann::json& object, std::string_view key);

std::string readString(
    const nlohmann::json& value, const std::string& path, std::size_t maxBytes, bool allowEmpty);
// One of `choices` (a string); returns its index. The error lists them: 'must be "rep" or
// "prospect"', or 'must be one of band, at_least, ...' for more than two.
std::size_t readChoice(const nlohmann::json& value, const std::string& path,
    std::initializer_list<std::string_view> choices);
// A time in ms: an integer (or integral number) in [0, maxTimeMs].
std::int64_t readTime(const nlohmann::json& value, const std::string& path);
// A finite number.
double readNumber(const nlohmann::json& value, const std::string& path);
// A non-empty array of phrases, each with at least one word.
std::vector<std::string> readPhrases(const nlohmann::json& value, const std::string& path);

} // namespace vt::scoring::detail
