#pragma once

#include "ApiRequests.h"
#include "BoundedJson.h"

#include <QByteArray>
#include <QDateTime>
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

struct CallStarted {
    QString attemptId;
    Ref scenario;
    std::optional<QString> assignmentId;
    bool assessment = false;
    QDateTime startedAt;
    QString voiceUrl;
    QString voiceToken; // a secret: never logged
    QDateTime voiceExpiresAt;
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

Parsed<Page<ScenarioSummary>> parseScenarioPage(const QByteArray& body);
Parsed<Page<Track>> parseTrackPage(const QByteArray& body);
Parsed<Track> parseTrack(const QByteArray& body);
Parsed<QList<Assignment>> parseAssignments(const QByteArray& body);
Parsed<Leaderboard> parseLeaderboard(const QByteArray& body);
Parsed<Team> parseTeam(const QByteArray& body);
Parsed<Page<AttemptSummary>> parseAttemptPage(const QByteArray& body);
// GET /attempts/{id} and PUT /attempts/{id}: the summary's fields (the rest stays JSON).
Parsed<AttemptSummary> parseAttempt(const QByteArray& body);
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
