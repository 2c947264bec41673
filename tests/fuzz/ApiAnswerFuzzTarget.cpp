#include "ApiAnswerFuzzTarget.h"

#include "ApiResources.h"

#include <cstdlib>

namespace vt::test {
namespace {

template <typename T> void consistent(const protocol::Parsed<T>& parsed)
{
    const bool said = !parsed.error().fields.isEmpty() || !parsed.error().malformed.isEmpty();
    if (parsed.ok() == said)
        std::abort();
}

} // namespace

int fuzzApiAnswer(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    consistent(protocol::parseMe(body));
    consistent(protocol::parseScenarioPage(body));
    consistent(protocol::parseScenario(body));
    consistent(protocol::parseTrackPage(body));
    consistent(protocol::parseTrack(body));
    consistent(protocol::parseAssignments(body));
    consistent(protocol::parseLeaderboard(body));
    consistent(protocol::parseTeam(body));
    consistent(protocol::parseAttemptPage(body));
    consistent(protocol::parseAttempt(body));
    consistent(protocol::parseComment(body));
    consistent(protocol::parseCallStarted(body));
    consistent(protocol::parseAuthServerMetadata(body));
    consistent(protocol::parseRelease(body));
    consistent(protocol::parseReleaseList(body));
    return 0;
}

} // namespace vt::test
