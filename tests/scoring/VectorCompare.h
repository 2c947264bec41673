#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace vt::test {

// Checks a scoring report against a golden vector's hand-written "expected" block and returns
// one line per difference. The block names only what the vector is about:
//   "kpis": {key: value, ...}                 each must equal the report's
//   "score", "passed"                         equal
//   "breakdown": {criterion id: {...}}        each field equal; "evidence" is a list whose
//                                             items are an utterance id, "missing:<item>", or
//                                             an object compared field by field
std::vector<std::string> compareToExpected(
    const nlohmann::json& report, const nlohmann::json& expected);

} // namespace vt::test
