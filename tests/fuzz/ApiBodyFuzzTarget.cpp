#include "ApiBodyFuzzTarget.h"

#include "ApiRequests.h"
#include "BoundedJson.h"
#include "domain/OggCheck.h"
#include "domain/Rescoring.h"

#include <QJsonObject>

#include <cstdlib>

namespace vt::test {
namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

template <typename T> void consistent(const protocol::Parsed<T>& parsed)
{
    const bool said = !parsed.error().fields.isEmpty() || !parsed.error().malformed.isEmpty();
    check(parsed.ok() != said);
}

// A minimal scenario the fuzzed transcripts are scored against.
const QJsonObject& scenario()
{
    static const QJsonObject s = protocol::parseJsonObject(
        R"({"id":"fuzz","required_phrases":[{"id":"n","label":"N","variants":["my nmls number is"]}],
            "objections":[{"tag":"t","label":"T","triggers":["too high"],"handling":["compare"]}],
            "goal":{"id":"g","label":"G","speaker":"prospect","phrases":["tuesday works"]},
            "rubric":{"pass_score":70,"criteria":[
              {"id":"a","label":"A","kpi":"talk_ratio","weight":1,"rule":{"type":"band","ideal":[0.3,0.6],"zero":[0.1,0.9]}},
              {"id":"b","label":"B","kpi":"required_phrases","weight":1,"rule":{"type":"fraction"}},
              {"id":"c","label":"C","kpi":"goal_hit","weight":1,"rule":{"type":"boolean"}}]}})")
                                     .document.object();
    return s;
}

} // namespace

int fuzzApiBody(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    consistent(protocol::parseTokenRequest(body, "application/x-www-form-urlencoded"));
    consistent(protocol::parseTokenRequest(body, "application/json"));
    consistent(protocol::parseRevokeRequest(body, "application/json"));
    consistent(protocol::parseCallStart(body));
    consistent(protocol::parseCommentCreate(body));
    const protocol::Parsed<protocol::AttemptCompletion> completion
        = protocol::parseAttemptCompletion(body);
    consistent(completion);
    if (completion) {
        const server::Rescored scored = server::rescore(scenario(), completion->transcript);
        check(scored.scenarioError.isEmpty());
        if (scored.ok())
            check(scored.score >= 0 && scored.score <= 100);
        else
            check(scored.errors.list().first().path.startsWith(QLatin1String("$.transcript")));
    }
    const server::OggCheck ogg = server::checkOggOpus(body);
    if (ogg)
        check(ogg.channels >= 1 && ogg.channels <= 2 && ogg.durationMs >= 0);
    return 0;
}

} // namespace vt::test
