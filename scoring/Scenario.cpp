#include "Scenario.h"

#include "JsonInput.h"
#include "Text.h"

#include <nlohmann/json.hpp>

#include <array>
#include <unordered_set>

namespace vt::scoring {

using namespace detail;

namespace {

constexpr std::size_t maxLabelBytes = 512;
constexpr std::size_t maxItems = 256;
constexpr std::size_t maxCriteria = 64;

struct KpiName {
    Kpi kpi;
    std::string_view name;
};

constexpr std::array<KpiName, 13> kpiNames{{
    {Kpi::TalkRatio, "talk_ratio"},
    {Kpi::FillerWords, "filler_words"},
    {Kpi::FillersPerMin, "fillers_per_min"},
    {Kpi::PaceWpm, "pace_wpm"},
    {Kpi::Interruptions, "interruptions"},
    {Kpi::InterruptedByProspect, "interrupted_by_prospect"},
    {Kpi::LongestMonologueMs, "longest_monologue_ms"},
    {Kpi::Questions, "questions"},
    {Kpi::OpenQuestions, "open_questions"},
    {Kpi::Sentiment, "sentiment"},
    {Kpi::RequiredPhrases, "required_phrases"},
    {Kpi::Objections, "objections"},
    {Kpi::GoalHit, "goal_hit"},
}};

std::vector<Phrase> readPhraseList(
    const nlohmann::json& object, std::string_view key, const std::string& path)
{
    std::vector<Phrase> phrases;
    for (std::string& text : readPhrases(requireMember(object, key, path), member(path, key))) {
        AnalysedText analysed = analyseText(text);
        MatchTokens tokens;
        matchTokensInto(analysed, tokens);
        const std::uint64_t mask = analysed.idMask;
        phrases.push_back({std::move(text), std::move(analysed.words), std::move(analysed.ids),
            mask, std::move(tokens)});
    }
    return phrases;
}

std::string readLabel(const nlohmann::json& object, const std::string& path)
{
    const nlohmann::json* label = optionalMember(object, "label");
    return label ? readString(*label, member(path, "label"), maxLabelBytes, true) : std::string();
}

const nlohmann::json& requireList(
    const nlohmann::json& object, std::string_view key, const std::string& path, std::size_t max)
{
    const std::string where = member(path, key);
    const nlohmann::json& list = requireArray(requireMember(object, key, path), where);
    if (list.size() > max)
        throw InputError(where, "must list at most " + std::to_string(max) + " items");
    return list;
}

std::pair<double, double> readPair(
    const nlohmann::json& rule, std::string_view key, const std::string& path)
{
    const std::string where = member(path, key);
    const nlohmann::json& pair = requireArray(requireMember(rule, key, path), where);
    if (pair.size() != 2)
        throw InputError(where, "must be [low, high]");
    const double low = readNumber(pair[0], element(where, 0));
    const double high = readNumber(pair[1], element(where, 1));
    if (low > high)
        throw InputError(where, "low must be <= high");
    return {low, high};
}

bool isNumeric(Kpi kpi)
{
    return kpi != Kpi::RequiredPhrases && kpi != Kpi::Objections && kpi != Kpi::GoalHit;
}

Rule readRule(const nlohmann::json& value, const std::string& path, Kpi kpi)
{
    const nlohmann::json& object = requireObject(value, path);
    const std::string typePath = member(path, "type");
    static constexpr std::array<std::string_view, 5> typeNames{
        "band", "at_least", "at_most", "boolean", "fraction"};
    static constexpr std::array<RuleType, 5> types{
        RuleType::Band, RuleType::AtLeast, RuleType::AtMost, RuleType::Boolean, RuleType::Fraction};
    const std::size_t index = readChoice(requireMember(object, "type", path), typePath,
        {typeNames[0], typeNames[1], typeNames[2], typeNames[3], typeNames[4]});
    const std::string type(typeNames[index]);
    Rule rule;
    rule.type = types[index];
    if (rule.type == RuleType::Band) {
        std::tie(rule.idealLow, rule.idealHigh) = readPair(object, "ideal", path);
        std::tie(rule.zeroLow, rule.zeroHigh) = readPair(object, "zero", path);
        if (rule.zeroLow > rule.idealLow || rule.zeroHigh < rule.idealHigh)
            throw InputError(member(path, "zero"), "must contain the ideal band");
    } else if (rule.type == RuleType::AtLeast) {
        rule.target = readNumber(requireMember(object, "target", path), member(path, "target"));
        if (rule.target <= 0)
            throw InputError(member(path, "target"), "must be > 0");
    } else if (rule.type == RuleType::AtMost) {
        rule.target = readNumber(requireMember(object, "target", path), member(path, "target"));
        rule.zeroAt = readNumber(requireMember(object, "zero_at", path), member(path, "zero_at"));
        if (rule.target < 0)
            throw InputError(member(path, "target"), "must be >= 0");
        if (rule.zeroAt <= rule.target)
            throw InputError(member(path, "zero_at"), "must be > target");
    }
    const bool fits = rule.type == RuleType::Boolean ? kpi == Kpi::GoalHit
        : rule.type == RuleType::Fraction ? (kpi == Kpi::RequiredPhrases || kpi == Kpi::Objections)
                                          : isNumeric(kpi);
    if (!fits) {
        throw InputError(typePath,
            "\"" + type + "\" cannot score " + std::string(kpiName(kpi))
                + (rule.type == RuleType::Boolean ? " (boolean scores goal_hit)"
                        : rule.type == RuleType::Fraction
                        ? " (fraction scores required_phrases or objections)"
                        : " (it is not a number)"));
    }
    return rule;
}

Scenario readScenario(const nlohmann::json& root)
{
    requireObject(root, "");
    Scenario scenario;
    scenario.id = readString(requireMember(root, "id", ""), "id", 128, false);
    if (const nlohmann::json* title = optionalMember(root, "title"))
        scenario.title = readString(*title, "title", maxLabelBytes, true);

    if (optionalMember(root, "required_phrases")) {
        const nlohmann::json& list = requireList(root, "required_phrases", "", maxItems);
        std::unordered_set<std::string> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = element("required_phrases", i);
            const nlohmann::json& item = requireObject(list[i], path);
            RequiredPhrase phrase;
            phrase.id = readString(requireMember(item, "id", path), member(path, "id"), 128, false);
            if (!ids.insert(phrase.id).second)
                throw InputError(member(path, "id"), "\"" + phrase.id + "\" is used twice");
            phrase.label = readLabel(item, path);
            phrase.variants = readPhraseList(item, "variants", path);
            scenario.requiredPhrases.push_back(std::move(phrase));
        }
    }
    if (optionalMember(root, "objections")) {
        const nlohmann::json& list = requireList(root, "objections", "", maxItems);
        std::unordered_set<std::string> tags;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = element("objections", i);
            const nlohmann::json& item = requireObject(list[i], path);
            Objection objection;
            objection.tag
                = readString(requireMember(item, "tag", path), member(path, "tag"), 128, false);
            if (!tags.insert(objection.tag).second)
                throw InputError(member(path, "tag"), "\"" + objection.tag + "\" is used twice");
            objection.label = readLabel(item, path);
            objection.triggers = readPhraseList(item, "triggers", path);
            objection.handling = readPhraseList(item, "handling", path);
            scenario.objections.push_back(std::move(objection));
        }
    }
    if (const nlohmann::json* goalValue = optionalMember(root, "goal")) {
        const nlohmann::json& item = requireObject(*goalValue, "goal");
        Goal goal;
        goal.id = readString(requireMember(item, "id", "goal"), "goal.id", 128, false);
        goal.label = readLabel(item, "goal");
        goal.speaker = readChoice(requireMember(item, "speaker", "goal"), "goal.speaker",
                           {"rep", "prospect"})
                == 0
            ? Speaker::Rep
            : Speaker::Prospect;
        goal.phrases = readPhraseList(item, "phrases", "goal");
        scenario.goal = std::move(goal);
    }

    const nlohmann::json& rubric = requireObject(requireMember(root, "rubric", ""), "rubric");
    scenario.rubric.passScore
        = readNumber(requireMember(rubric, "pass_score", "rubric"), "rubric.pass_score");
    if (scenario.rubric.passScore < 0 || scenario.rubric.passScore > 100)
        throw InputError("rubric.pass_score", "must be from 0 to 100");
    const nlohmann::json& criteria = requireList(rubric, "criteria", "rubric", maxCriteria);
    if (criteria.empty())
        throw InputError("rubric.criteria", "must list at least one criterion");
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const std::string path = element("rubric.criteria", i);
        const nlohmann::json& item = requireObject(criteria[i], path);
        Criterion criterion;
        criterion.id = readString(requireMember(item, "id", path), member(path, "id"), 128, false);
        if (!ids.insert(criterion.id).second)
            throw InputError(member(path, "id"), "\"" + criterion.id + "\" is used twice");
        criterion.label = readLabel(item, path);
        const std::string kpi
            = readString(requireMember(item, "kpi", path), member(path, "kpi"), 64, false);
        const std::optional<Kpi> known = kpiFromName(kpi);
        if (!known)
            throw InputError(member(path, "kpi"), "\"" + kpi + "\" is not a KPI");
        criterion.kpi = *known;
        if (criterion.kpi == Kpi::GoalHit && !scenario.goal)
            throw InputError(member(path, "kpi"), "goal_hit needs a goal in the scenario");
        criterion.weight = readNumber(requireMember(item, "weight", path), member(path, "weight"));
        if (criterion.weight <= 0)
            throw InputError(member(path, "weight"), "must be > 0");
        if (criterion.weight > 1000)
            throw InputError(member(path, "weight"), "must be at most 1000");
        criterion.rule
            = readRule(requireMember(item, "rule", path), member(path, "rule"), criterion.kpi);
        scenario.rubric.criteria.push_back(std::move(criterion));
    }
    return scenario;
}

} // namespace

std::string_view kpiName(Kpi kpi)
{
    for (const KpiName& entry : kpiNames) {
        if (entry.kpi == kpi)
            return entry.name;
    }
    return {};
}

std::optional<Kpi> kpiFromName(std::string_view name)
{
    for (const KpiName& entry : kpiNames) {
        if (entry.name == name)
            return entry.kpi;
    }
    return std::nullopt;
}

Parsed<Scenario> scenarioFromJson(const nlohmann::json& document)
{
    try {
        if (!document.is_object())
            throw InputError("", "the scenario must be an object");
        return readScenario(document);
    } catch (const InputError& error) {
        return Unexpected(error.error());
    }
}

Parsed<Scenario> parseScenario(std::string_view json)
{
    try {
        return scenarioFromJson(parseDocument(json));
    } catch (const InputError& error) {
        return Unexpected(error.error());
    }
}

} // namespace vt::scoring
