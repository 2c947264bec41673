#include "Transcript.h"

#include "JsonInput.h"
#include "Text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace vt::scoring {

using namespace detail;

namespace {

constexpr std::size_t maxUtterances = 100'000;
constexpr std::size_t maxWordsPerUtterance = 10'000;
constexpr std::size_t maxTextBytes = 65'536;
constexpr std::size_t maxIdBytes = 128;
constexpr std::int64_t msPerWord = 400; // 150 words per minute

std::vector<Word> readWords(const nlohmann::json& value, const std::string& path)
{
    requireArray(value, path);
    if (value.size() > maxWordsPerUtterance)
        throw InputError(
            path, "must list at most " + std::to_string(maxWordsPerUtterance) + " words");
    std::vector<Word> words;
    words.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string where = element(path, i);
        requireObject(value[i], where);
        Word word;
        word.text
            = readString(requireMember(value[i], "text", where), member(where, "text"), 1024, true);
        word.startMs
            = readTime(requireMember(value[i], "start_ms", where), member(where, "start_ms"));
        word.endMs = readTime(requireMember(value[i], "end_ms", where), member(where, "end_ms"));
        if (word.endMs < word.startMs)
            throw InputError(member(where, "end_ms"), "must be >= start_ms");
        words.push_back(std::move(word));
    }
    return words;
}

Transcript readNative(const nlohmann::json& root)
{
    Transcript transcript;
    const nlohmann::json& list = requireArray(requireMember(root, "utterances", ""), "utterances");
    if (list.size() > maxUtterances)
        throw InputError(
            "utterances", "must list at most " + std::to_string(maxUtterances) + " utterances");
    std::unordered_set<std::string> ids;
    std::int64_t latestEnd = 0;
    transcript.utterances.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = element("utterances", i);
        const nlohmann::json& item = requireObject(list[i], path);
        Utterance u;
        u.id = readString(requireMember(item, "id", path), member(path, "id"), maxIdBytes, false);
        if (!ids.insert(u.id).second)
            throw InputError(
                member(path, "id"), "\"" + u.id + "\" is used by an earlier utterance");
        u.speaker = readChoice(requireMember(item, "speaker", path), member(path, "speaker"),
                        {"rep", "prospect"})
                == 0
            ? Speaker::Rep
            : Speaker::Prospect;
        u.text = readString(
            requireMember(item, "text", path), member(path, "text"), maxTextBytes, true);
        u.startMs = readTime(requireMember(item, "start_ms", path), member(path, "start_ms"));
        u.endMs = readTime(requireMember(item, "end_ms", path), member(path, "end_ms"));
        if (u.endMs < u.startMs)
            throw InputError(member(path, "end_ms"), "must be >= start_ms");
        if (const nlohmann::json* words = optionalMember(item, "words"))
            u.words = readWords(*words, member(path, "words"));
        if (const nlohmann::json* truncated = optionalMember(item, "truncated")) {
            if (!truncated->is_boolean())
                throw InputError(member(path, "truncated"), "must be true or false");
            u.truncated = truncated->get<bool>();
        }
        latestEnd = std::max(latestEnd, u.endMs);
        transcript.utterances.push_back(std::move(u));
    }
    if (const nlohmann::json* duration = optionalMember(root, "duration_ms"))
        transcript.durationMs = readTime(*duration, "duration_ms");
    else
        transcript.durationMs = latestEnd;
    return transcript;
}

Transcript readProvider(const nlohmann::json& root)
{
    if (root.size() > maxUtterances)
        throw InputError("", "must list at most " + std::to_string(maxUtterances) + " utterances");
    Transcript transcript;
    std::vector<bool> hasEnd;
    for (std::size_t i = 0; i < root.size(); ++i) {
        const std::string path = element("", i);
        const nlohmann::json& item = requireObject(root[i], path);
        Utterance u;
        u.id = "u" + std::to_string(i + 1);
        u.speaker = readChoice(requireMember(item, "role", path), member(path, "role"),
                        {"user", "assistant"})
                == 0
            ? Speaker::Rep
            : Speaker::Prospect;
        u.text = readString(
            requireMember(item, "text", path), member(path, "text"), maxTextBytes, true);
        u.startMs = readTime(requireMember(item, "timestamp", path), member(path, "timestamp"));
        const nlohmann::json* end = optionalMember(item, "end_timestamp");
        if (end) {
            u.endMs = readTime(*end, member(path, "end_timestamp"));
            if (u.endMs < u.startMs)
                throw InputError(member(path, "end_timestamp"), "must be >= timestamp");
        }
        hasEnd.push_back(end != nullptr);
        transcript.utterances.push_back(std::move(u));
    }
    // Missing ends: 400 ms a word, no later than the next utterance's start (start order).
    std::vector<std::size_t> order(transcript.utterances.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return transcript.utterances[a].startMs < transcript.utterances[b].startMs;
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
        Utterance& u = transcript.utterances[order[k]];
        if (hasEnd[order[k]])
            continue;
        const auto words = static_cast<std::int64_t>(phraseWords(u.text).size());
        std::int64_t end = std::min(u.startMs + msPerWord * words, maxTimeMs);
        if (k + 1 < order.size())
            end = std::min(end, transcript.utterances[order[k + 1]].startMs);
        u.endMs = std::max(end, u.startMs);
    }
    for (const Utterance& u : transcript.utterances)
        transcript.durationMs = std::max(transcript.durationMs, u.endMs);
    return transcript;
}

} // namespace

std::string_view speakerName(Speaker speaker)
{
    return speaker == Speaker::Rep ? "rep" : "prospect";
}

Parsed<Transcript> transcriptFromJson(const nlohmann::json& document)
{
    try {
        if (document.is_object())
            return readNative(document);
        if (document.is_array())
            return readProvider(document);
        throw InputError("",
            "the transcript must be an object (native form) or an array "
            "(voice-provider form)");
    } catch (const InputError& error) {
        return Unexpected(error.error());
    }
}

Parsed<Transcript> parseTranscript(std::string_view json)
{
    try {
        return transcriptFromJson(parseDocument(json));
    } catch (const InputError& error) {
        return Unexpected(error.error());
    }
}

nlohmann::ordered_json toJson(const Transcript& transcript)
{
    nlohmann::ordered_json utterances = nlohmann::ordered_json::array();
    for (const Utterance& u : transcript.utterances) {
        nlohmann::ordered_json item{{"id", u.id}, {"speaker", speakerName(u.speaker)},
            {"text", u.text}, {"start_ms", u.startMs}, {"end_ms", u.endMs}};
        if (!u.words.empty()) {
            nlohmann::ordered_json words = nlohmann::ordered_json::array();
            for (const Word& w : u.words)
                words.push_back({{"text", w.text}, {"start_ms", w.startMs}, {"end_ms", w.endMs}});
            item["words"] = std::move(words);
        }
        if (u.truncated)
            item["truncated"] = true;
        utterances.push_back(std::move(item));
    }
    return nlohmann::ordered_json{
        {"duration_ms", transcript.durationMs}, {"utterances", std::move(utterances)}};
}

} // namespace vt::scoring
