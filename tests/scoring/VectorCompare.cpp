#include "VectorCompare.h"

namespace vt::test {
namespace {

std::string show(const nlohmann::json& value)
{
    return value.dump();
}

void compareEvidence(const nlohmann::json& actual, const nlohmann::json& expected,
    const std::string& path, std::vector<std::string>& problems)
{
    if (!actual.is_array() || actual.size() != expected.size()) {
        problems.push_back(path + ": expected " + std::to_string(expected.size()) + " entries, got "
            + show(actual));
        return;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const nlohmann::json& want = expected[i];
        const nlohmann::json& got = actual[i];
        const std::string where = path + "[" + std::to_string(i) + "]";
        if (want.is_string()) {
            const std::string text = want.get<std::string>();
            const std::string gotText = got.contains("missing")
                ? "missing:" + got.value("item", std::string())
                : got.value("utterance_id", std::string("?"));
            if (text != gotText)
                problems.push_back(where + ": expected " + text + ", got " + show(got));
        } else {
            for (const auto& [key, value] : want.items()) {
                if (!got.contains(key) || got[key] != value)
                    problems.push_back(where + "." + key + ": expected " + show(value) + ", got "
                        + (got.contains(key) ? show(got[key]) : "nothing"));
            }
        }
    }
}

} // namespace

std::vector<std::string> compareToExpected(
    const nlohmann::json& report, const nlohmann::json& expected)
{
    std::vector<std::string> problems;
    for (const auto& [key, value] : expected.items()) {
        if (key == "kpis") {
            for (const auto& [kpi, want] : value.items()) {
                const nlohmann::json& kpis = report["kpis"];
                if (!kpis.contains(kpi))
                    problems.push_back("kpis." + kpi + ": missing from the report");
                else if (kpis[kpi] != want)
                    problems.push_back(
                        "kpis." + kpi + ": expected " + show(want) + ", got " + show(kpis[kpi]));
            }
        } else if (key == "breakdown") {
            for (const auto& [criterion, fields] : value.items()) {
                const auto& list = report["breakdown"];
                const auto entry = std::find_if(list.begin(), list.end(),
                    [&](const nlohmann::json& e) { return e["criterion"] == criterion; });
                if (entry == list.end()) {
                    problems.push_back("breakdown." + criterion + ": missing from the report");
                    continue;
                }
                for (const auto& [field, want] : fields.items()) {
                    const std::string where = "breakdown." + criterion + "." + field;
                    if (field == "evidence")
                        compareEvidence((*entry)["evidence"], want, where, problems);
                    else if (!entry->contains(field) || (*entry)[field] != want)
                        problems.push_back(where + ": expected " + show(want) + ", got "
                            + (entry->contains(field) ? show((*entry)[field]) : "nothing"));
                }
            }
        } else if (!report.contains(key) || report[key] != value) {
            problems.push_back(key + ": expected " + show(value) + ", got "
                + (report.contains(key) ? show(report[key]) : "nothing"));
        }
    }
    return problems;
}

} // namespace vt::test
