#include "JsonInput.h"
#include "MatchText.h"

#include "Text.h"

#include <cmath>

namespace vt::scoring::detail {

std::string member(const std::string& path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string element(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

namespace {

// Error text may quote the input; bytes that are not valid UTF-8 become "<E9>", so the error
// line is itself valid text.
std::string escapeInvalidUtf8(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80 ? 1
            : (byte & 0xE0) == 0xC0            ? 2
            : (byte & 0xF0) == 0xE0            ? 3
            : (byte & 0xF8) == 0xF0            ? 4
                                               : 0;
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (valid) {
            out.append(text, i, length);
            i += length;
        } else {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += '<';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
            out += '>';
            ++i;
        }
    }
    return out;
}

// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1, column
// 5: ..."; keep what follows the prefix and the position it gives.
std::string reasonOf(const nlohmann::json::exception& error)
{
    std::string reason = error.what();
    if (const auto bracket = reason.find("] "); bracket != std::string::npos)
        reason = reason.substr(bracket + 2);
    if (reason.rfind("parse error", 0) == 0) {
        if (const auto colon = reason.find(": "); colon != std::string::npos)
            reason = reason.substr(colon + 2);
    }
    return escapeInvalidUtf8(reason);
}

} // namespace

nlohmann::json parseDocument(std::string_view text)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        // Byte offset (of the last byte read) to line and column.
        const std::size_t offset = std::min<std::size_t>(error.byte, text.size());
        std::size_t line = 1;
        std::size_t column = 1;
        for (std::size_t i = 0; i + 1 < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw InputError("",
            "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column)
                + ": " + reasonOf(error));
    } catch (const nlohmann::json::exception& error) {
        // Not a syntax error but a value JSON cannot hold here, e.g. a number overflow.
        throw InputError("", "not valid JSON: " + reasonOf(error));
    }
}

const nlohmann::json& requireObject(const nlohmann::json& value, const std::string& path)
{
    if (!value.is_object())
        throw InputError(path, "must be an object");
    return value;
}

const nlohmann::json& requireArray(const nlohmann::json& value, const std::string& path)
{
    if (!value.is_array())
        throw InputError(path, "must be an array");
    return value;
}

const nlohmann::json& requireMember(
    const nlohmann::json& object, std::string_view key, const std::string& path)
{
    const auto it = object.find(key);
    if (it == object.end())
        throw InputError(member(path, key), "is required");
    return *it;
}

const nlohmann::json* optionalMember(const nlohmann::json& object, std::string_view key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::string readString(
    const nlohmann::json& value, const std::string& path, std::size_t maxBytes, bool allowEmpty)
{
    if (!value.is_string())
        throw InputError(path, "must be a string");
    const auto& text = value.get_ref<const std::string&>();
    if (!allowEmpty && text.empty())
        throw InputError(path, "must not be empty");
    if (text.size() > maxBytes)
        throw InputError(path, "must be at most " + std::to_string(maxBytes) + " bytes long");
    return text;
}

std::size_t readChoice(const nlohmann::json& value, const std::string& path,
    std::initializer_list<std::string_view> choices)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        std::size_t index = 0;
        for (const std::string_view choice : choices) {
            if (text == choice)
                return index;
            ++index;
        }
    }
    std::string list;
    std::size_t index = 0;
    for (const std::string_view choice : choices) {
        if (choices.size() == 2)
            list += (index == 0 ? "\"" : " or \"") + std::string(choice) + "\"";
        else
            list += (index == 0 ? "" : ", ") + std::string(choice);
        ++index;
    }
    throw InputError(path, choices.size() == 2 ? "must be " + list : "must be one of " + list);
}

std::int64_t readTime(const nlohmann::json& value, const std::string& path)
{
    const std::string range
        = "must be a whole number of milliseconds from 0 to " + std::to_string(maxTimeMs);
    if (value.is_number_unsigned()) {
        const auto ms = value.get<std::uint64_t>();
        if (ms > static_cast<std::uint64_t>(maxTimeMs))
            throw InputError(path, range);
        return static_cast<std::int64_t>(ms);
    }
    if (value.is_number_integer()) {
        const auto ms = value.get<std::int64_t>();
        if (ms < 0 || ms > maxTimeMs)
            throw InputError(path, range);
        return ms;
    }
    if (value.is_number_float()) {
        const double ms = value.get<double>();
        if (!(ms >= 0.0 && ms <= static_cast<double>(maxTimeMs)) || std::floor(ms) != ms)
            throw InputError(path, range);
        return static_cast<std::int64_t>(ms);
    }
    throw InputError(path, range);
}

double readNumber(const nlohmann::json& value, const std::string& path)
{
    if (!value.is_number())
        throw InputError(path, "must be a number");
    const double number = value.get<double>();
    if (!std::isfinite(number))
        throw InputError(path, "must be a finite number");
    return number;
}

std::vector<std::string> readPhrases(const nlohmann::json& value, const std::string& path)
{
    requireArray(value, path);
    if (value.empty())
        throw InputError(path, "must list at least one phrase");
    if (value.size() > 256)
        throw InputError(path, "must list at most 256 phrases");
    std::vector<std::string> phrases;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string where = element(path, i);
        std::string phrase = readString(value[i], where, 1024, false);
        const AnalysedText analysed = analyseText(phrase);
        const std::size_t words = analysed.words.size();
        if (words == 0)
            throw InputError(where, "must contain at least one word");
        if (words > maxPhraseWords)
            throw InputError(
                where, "must have at most " + std::to_string(maxPhraseWords) + " words");
        MatchTokens tokens;
        matchTokensInto(analysed, tokens);
        if (tokens.tokens.empty())
            throw InputError(where, "has no word to match (only apostrophes)");
        if (tokens.tokens.size() > maxPhraseWords)
            throw InputError(where,
                "must have at most " + std::to_string(maxPhraseWords)
                    + " words once contractions are written out");
        phrases.push_back(std::move(phrase));
    }
    return phrases;
}

} // namespace vt::scoring::detail
