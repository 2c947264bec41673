#pragma once

#include "ApiCache.h"
#include "ApiRequests.h"
#include "ApiResources.h"
#include "PlatformClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace vt::protocol {
class Clock;
}

namespace vt::net {

class LocalStore;

// A value from the platform, or from the local cache when the platform could not give one.
template <typename T> struct Fetched {
    std::optional<T> value;
    ApiError error;         // why there is no fresh value (set with a cached one too)
    bool fromCache = false; // the value is what the platform said at syncedAt
    qint64 syncedAt = 0;    // Unix ms the platform last confirmed the value
    bool ok() const { return value.has_value(); }
};

struct LeaderboardQuery {
    QString period = QStringLiteral("week"); // week, month, all
    QString scope;                           // team, org; empty: the platform's default
    QString scenarioId;
    int limit = 100;    // per page
    bool whole = false; // every page, not only the first `limit` rows
};

struct AttemptQuery {
    QString user; // a user id or "me"; empty: all the caller may see
    QString team;
    QString scenarioId;
    int limit = 200; // per page; every page is fetched
};

// The platform's REST API v1, typed (docs/api/openapi.yaml; the wire types are
// protocol/ApiResources.h). What a rep needs offline (me, scenarios, tracks, assignments, the
// leaderboard, attempts they opened) is kept in the local store with its ETag: asked again
// with If-None-Match, and answered from the store, marked with its sync time, when the
// platform is unreachable or failing (no answer, 408, 429, 5xx). Collections come whole: every
// page is fetched. Answers that break the contract fail with the field's JSONPath.
class PlatformApi final {
    Q_DECLARE_TR_FUNCTIONS(vt::net::PlatformApi)

public:
    template <typename T> using Callback = std::function<void(const Fetched<T>&)>;
    // Every request names the object its answer is for (`context`, as with QObject::connect):
    // the answer is dropped once that object is gone. nullptr: a caller that outlives the
    // answer (a CLI command waiting for it, a test).

    // `store` may be null: nothing is cached.
    PlatformApi(PlatformClient& client, LocalStore* store, const protocol::Clock& clock);

    void health(QObject* context, Callback<bool> done);
    void me(QObject* context, Callback<protocol::Me> done);
    void scenarios(QObject* context, Callback<QList<protocol::ScenarioSummary>> done);
    // The whole scenario: briefing and the scoring scenario (docs/scoring.md), as JSON.
    void scenario(QObject* context, const QString& id, Callback<protocol::Scenario> done);
    void tracks(QObject* context, Callback<QList<protocol::Track>> done);
    void track(QObject* context, const QString& id, Callback<protocol::Track> done);
    void assignments(QObject* context, Callback<QList<protocol::Assignment>> done);
    void leaderboard(
        QObject* context, const LeaderboardQuery& query, Callback<protocol::Leaderboard> done);
    // The people the caller oversees (GET /team); a 403 or 404 means none.
    void team(QObject* context, Callback<protocol::Team> done);
    void attempts(QObject* context, const AttemptQuery& query,
        Callback<QList<protocol::AttemptSummary>> done);
    // One attempt whole (transcript, KPIs, breakdown, feedback, comments), as JSON.
    void attempt(QObject* context, const QString& id, Callback<protocol::Attempt> done);
    void startCall(QObject* context, const protocol::CallStart& start,
        const QString& idempotencyKey, Callback<protocol::CallStarted> done);
    // The attempt's recording, through the signed link the platform answers with, written to
    // `filePath` (whole or not at all); the path.
    void recording(QObject* context, const QString& attemptId, const QString& filePath,
        Callback<QString> done);
    static constexpr qint64 maxRecordingBytes = 512LL << 20;
    void addComment(QObject* context, const QString& attemptId,
        const protocol::CommentCreate& comment, const QString& idempotencyKey,
        Callback<protocol::Comment> done);

    // The resource paths the cache keys on.
    static QString leaderboardPath(const LeaderboardQuery& query);
    static QString attemptsPath(const AttemptQuery& query);

private:
    template <typename T> static Callback<T> owned(QObject* context, Callback<T> done);
    // GET `resource`, conditional when cached; the body, fresh or cached.
    void fetch(const QString& resource, bool cacheable, Callback<QByteArray> done);
    // Every page of a collection at `path`, as one {"items": [...]} body (cached whole).
    void fetchAll(const QString& path, bool cacheable, Callback<QByteArray> done);
    void nextPage(const QString& path, const QString& cursor, QJsonArray items,
        std::optional<CachedAnswer> cached, Callback<QByteArray> done);
    // POST `body` (never cached); the answer's body, with `path`, to `done`.
    void post(const QString& path, const QJsonObject& body, const QString& idempotencyKey,
        std::function<void(const Fetched<QByteArray>&, const QString&)> done);
    Fetched<QByteArray> fallBack(const QString& resource, const ApiError& error) const;
    void remember(const QString& resource, const QByteArray& body, const QByteArray& etag);
    // Parses what fetch() gave with `parse`; a parse failure is a "malformed" error.
    template <typename T, typename P>
    static Fetched<T> typed(const Fetched<QByteArray>& raw, const QString& resource, P parse);

    PlatformClient& m_client;
    LocalStore* m_store;
    const protocol::Clock& m_clock;
};

} // namespace vt::net
