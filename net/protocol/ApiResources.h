#pragma once

#include "ApiRequests.h"
#include "BoundedJson.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::protocol {

// What the platform API v1 answers (docs/api/openapi.yaml), typed for the client: one parse
// per resource, strict about what the contract requires (a wrong or missing field is named by
// its JSONPath), lenient about what it adds (unknown fields are ignored). Bodies are parsed
// within bounds (BoundedJson) whatever the server sends.

struct Ref { // a scenario or a user: {id, title} or {id, display_name}
    QString id;
    QString name;
};

struct Persona {
    QString name;
    QString role;
    QString temperament;
    QString background;
};

struct ScenarioSummary {
    QString id;
    QString title;
    QString summary;
    QString difficulty; // easy, medium, hard
    QString status;     // draft, published, archived
    qint64 durationMinutes = 0;
    Persona persona;
    QDateTime updatedAt;
};

// GET /me: who is signed in, in which organisation and team.
struct Me {
    Ref user; // id, display_name
    QString email;
    QString role; // trainee, manager, admin, hr
    Ref org;      // id, name
    std::optional<Ref> team;
    bool managesTeam = false; // the caller leads the team
};

// GET /scenarios/{id}: the briefing, and the scoring scenario (docs/scoring.md §1.3), which the
// scoring module checks itself; the rep is told its goal, phrases, objections and pass mark.
struct Scenario {
    ScenarioSummary summary;
    QString briefing;
    QJsonObject scoring;
    QString goal;                // the goal's label; empty: none
    QStringList requiredPhrases; // labels
    QStringList objections;      // labels
    double passScore = 0;
    QJsonObject document; // the whole answer: what offline practice imports into the local platform
};

struct TrackStep {
    qint64 position = 0;
    Ref scenario;
    QStringList prerequisites; // scenario ids to pass first
};

struct Track {
    QString id;
    QString title;
    QString description;
    QList<TrackStep> steps;
    QDateTime updatedAt;
};

struct StepProgress {
    QString scenarioId;
    std::optional<double> bestScore;
    bool passed = false;
};

struct Assignment {
    QString id;
    QString kind; // scenario, track
    QString title;
    std::optional<Ref> scenario;
    std::optional<Track> track;
    QString assignedTo; // user, team
    std::optional<QDateTime> dueAt;
    double passThreshold = 0;
    bool assessment = false;
    QString status; // not_started, in_progress, completed
    bool overdue = false;
    qint64 completed = 0;
    qint64 total = 0;
    std::optional<double> bestScore;
    QList<StepProgress> steps;
    QDateTime createdAt;
};

struct LeaderboardRow {
    qint64 rank = 0;
    Ref user;
    double bestScore = 0;
    double averageScore = 0;
    qint64 attempts = 0;
    double passRate = 0;
    QList<std::optional<double>> trend; // oldest bucket first
};

struct Leaderboard {
    QString period; // week, month, all
    QString scope;  // team, org
    std::optional<QString> scenarioId;
    std::optional<QDateTime> from;
    QDateTime to;
    qint64 trendBucketDays = 0;
    qint64 total = 0;
    QList<LeaderboardRow> items;
    std::optional<LeaderboardRow> me;
    QString nextCursor;
};

struct TeamMember {
    Ref user;
    QString email;
    QString role; // trainee, manager
    std::optional<Ref> team;
    qint64 assignmentsTotal = 0;
    qint64 assignmentsCompleted = 0;
    qint64 assignmentsOverdue = 0;
    qint64 attempts = 0;
    std::optional<double> averageScore;
    std::optional<double> bestScore;
    std::optional<QDateTime> lastAttemptAt;
    QList<std::optional<double>> trend; // average per week, oldest first
};

struct Team {
    QString scope; // team, org
    qint64 trendBucketDays = 0;
    QDateTime to;
    QList<TeamMember> items;
};

struct AttemptSummary {
    QString id;
    Ref user;
    Ref scenario;
    std::optional<QString> assignmentId;
    QString status; // in_progress, completed
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    std::optional<qint64> durationMs;
    std::optional<double> score; // the platform's
    std::optional<double> passScore;
    std::optional<bool> passed;
    bool interrupted = false;
    QString endedBy;
    bool recordingAvailable = false;
    QDateTime updatedAt;
};

struct Comment {
    QString id;
    QString attemptId;
    Ref author;
    QString body;
    std::optional<qint64> spanStartMs;
    std::optional<qint64> spanEndMs;
    std::optional<QString> utteranceId;
    QDateTime createdAt;
};

// A line of an attempt's transcript (docs/scoring.md §1.1).
struct Utterance {
    QString id;
    QString speaker; // rep, prospect
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool truncated = false; // the rep cut the prospect off
};

// GET /attempts/{id}: the summary, and what the review shows of the call. The transcript,
// KPIs and breakdown are the scoring module's (docs/scoring.md §1.1, §4, §5): they are also
// kept as JSON for it and for the transcript index.
struct Attempt {
    AttemptSummary summary;
    QList<Utterance> utterances; // in order of start
    QJsonObject transcript;
    QJsonObject kpis;
    QJsonArray breakdown;
    QList<qint64> turnLatenciesMs;
    QString feedback; // the platform's written feedback once ready; empty before
    QList<Comment> comments;
};

struct CallStarted {
    // What plays the prospect (docs/engines.md): an AI model, or the scenario's practice
    // script; Unknown when the platform does not say.
    enum class Prospect { Unknown, Script, Ai };
    QString attemptId;
    Ref scenario;
    std::optional<QString> assignmentId;
    bool assessment = false;
    QDateTime startedAt;
    QString voiceUrl;
    QString voiceToken; // a secret: never logged
    QDateTime voiceExpiresAt;
    Prospect prospect = Prospect::Unknown;
};

// RFC 8414 authorization server metadata, as much of it as the desktop app uses.
struct AuthServerMetadata {
    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString revocationEndpoint; // empty when the server names none
    QStringList responseTypes;
    QStringList codeChallengeMethods; // empty: the server does not support PKCE
    bool issParameter = false;        // RFC 9207: the authorization response carries `iss`
};

// A release of the desktop app the organisation approved (GET /releases/latest; on the
// reference server, the --releases file's entries).
struct Release {
    QString version; // dotted numbers, "0.2.0"
    QString channel; // stable, beta
    QString os;      // linux, windows, macos
    QString arch;    // x86_64, arm64; empty: any
    QString url;     // where to download it (https)
    QString sha256;  // of the download; may be empty
    QString notes;
    QDateTime publishedAt;
};

template <typename T> struct Page {
    QList<T> items;
    QString nextCursor; // empty: the last page
};

Parsed<Me> parseMe(const QByteArray& body);
Parsed<Page<ScenarioSummary>> parseScenarioPage(const QByteArray& body);
Parsed<Scenario> parseScenario(const QByteArray& body);
Parsed<Page<Track>> parseTrackPage(const QByteArray& body);
Parsed<Track> parseTrack(const QByteArray& body);
Parsed<QList<Assignment>> parseAssignments(const QByteArray& body);
Parsed<Leaderboard> parseLeaderboard(const QByteArray& body);
Parsed<Team> parseTeam(const QByteArray& body);
Parsed<Page<AttemptSummary>> parseAttemptPage(const QByteArray& body);
Parsed<Attempt> parseAttempt(const QByteArray& body);
// The utterances of a transcript (docs/scoring.md §1.1) at `path`, sorted by start.
QList<Utterance> utterancesOf(
    const QJsonObject& transcript, const QString& path, FieldErrors& errors);
Parsed<Comment> parseComment(const QByteArray& body);
Parsed<CallStarted> parseCallStarted(const QByteArray& body);
// GET {issuer}/.well-known/oauth-authorization-server (not part of API v1: any authorization
// server's document, so only what RFC 8414 requires is required).
Parsed<AuthServerMetadata> parseAuthServerMetadata(const QByteArray& body);

Parsed<Release> parseRelease(const QByteArray& body);
// {"releases": [Release...]}: the reference server's --releases file.
Parsed<QList<Release>> parseReleaseList(const QByteArray& body);
// The app's platform as releases name it: linux, windows or macos.
QString releaseOs();

// The bounds every answer is parsed within.
JsonLimits responseLimits();

} // namespace vt::protocol
