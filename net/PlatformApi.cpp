#include "PlatformApi.h"

#include "LocalStore.h"

#include "Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

namespace vt::net {
namespace {

constexpr int pageLimit = 100;

// Worth answering from the cache: the platform did not answer, or is failing for now.
bool transient(const ApiError& error)
{
    return error.status == 0 || error.status == 408 || error.status == 429 || error.status >= 500;
}

QString withQuery(const QString& path, const QUrlQuery& query)
{
    const QString q = query.query(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + QLatin1Char('?') + q;
}

QString idPath(const char* collection, const QString& id)
{
    return QStringLiteral("/api/v1/%1/%2")
        .arg(QLatin1String(collection), QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

} // namespace

PlatformApi::PlatformApi(PlatformClient& client, LocalStore* store, const protocol::Clock& clock)
    : m_client(client)
    , m_store(store)
    , m_clock(clock)
{
}

QString PlatformApi::leaderboardPath(const LeaderboardQuery& query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("period"), query.period);
    if (!query.scope.isEmpty())
        q.addQueryItem(QStringLiteral("scope"), query.scope);
    if (!query.scenarioId.isEmpty())
        q.addQueryItem(QStringLiteral("scenario"), query.scenarioId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    return withQuery(QStringLiteral("/api/v1/leaderboard"), q);
}

QString PlatformApi::attemptsPath(const AttemptQuery& query)
{
    QUrlQuery q;
    if (!query.user.isEmpty())
        q.addQueryItem(QStringLiteral("user"), query.user);
    if (!query.team.isEmpty())
        q.addQueryItem(QStringLiteral("team"), query.team);
    if (!query.scenarioId.isEmpty())
        q.addQueryItem(QStringLiteral("scenario"), query.scenarioId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    return withQuery(QStringLiteral("/api/v1/attempts"), q);
}

Fetched<QByteArray> PlatformApi::fallBack(const QString& resource, const ApiError& error) const
{
    Fetched<QByteArray> out;
    out.error = error;
    if (!m_store || !transient(error))
        return out;
    if (const std::optional<CachedAnswer> cached = readCached(*m_store, m_client.key(), resource)) {
        out.value = cached->body;
        out.fromCache = true;
        out.syncedAt = cached->syncedAt;
    }
    return out;
}

template <typename T>
PlatformApi::Callback<T> PlatformApi::owned(QObject* context, Callback<T> done)
{
    if (!context)
        return done;
    return [context = QPointer<QObject>(context), done = std::move(done)](const Fetched<T>& f) {
        if (context)
            done(f);
    };
}

void PlatformApi::remember(const QString& resource, const QByteArray& body, const QByteArray& etag)
{
    if (m_store)
        writeCached(*m_store, m_client.key(), resource, CachedAnswer{body, etag, m_clock.nowMs()});
}

void PlatformApi::fetch(const QString& resource, bool cacheable, Callback<QByteArray> done)
{
    std::optional<CachedAnswer> cached;
    if (cacheable && m_store)
        cached = readCached(*m_store, m_client.key(), resource);
    m_client.get(
        resource,
        [this, resource, cacheable, cached, done = std::move(done)](const ApiResult& r) {
            Fetched<QByteArray> out;
            if (r.notModified() && cached) {
                touchCached(*m_store, m_client.key(), resource, m_clock.nowMs());
                out.value = cached->body;
                out.syncedAt = m_clock.nowMs();
            } else if (!r.error.isError() && !r.notModified()) {
                out.value = r.json.toJson(QJsonDocument::Compact);
                out.syncedAt = m_clock.nowMs();
                if (cacheable)
                    remember(resource, *out.value, r.etag);
            } else {
                out = cacheable ? fallBack(resource, r.error) : Fetched<QByteArray>{{}, r.error};
            }
            done(out);
        },
        cached ? cached->etag : QByteArray());
}

void PlatformApi::fetchAll(const QString& path, bool cacheable, Callback<QByteArray> done)
{
    std::optional<CachedAnswer> cached;
    if (cacheable && m_store)
        cached = readCached(*m_store, m_client.key(), path);
    nextPage(path, {}, {}, cached, [this, path, cacheable, done](const Fetched<QByteArray>& f) {
        if (f.ok() || !cacheable)
            done(f);
        else
            done(fallBack(path, f.error));
    });
}

void PlatformApi::nextPage(const QString& path, const QString& cursor, QJsonArray items,
    std::optional<CachedAnswer> cached, Callback<QByteArray> done)
{
    QUrl url(path);
    QUrlQuery query(url.query());
    if (!query.hasQueryItem(QStringLiteral("limit")))
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString page = withQuery(url.path(), query);
    // Only a whole collection that came in one page is cached with its ETag (an ETag names
    // one page), so only then is the first page asked conditionally.
    const QByteArray ifNoneMatch
        = cursor.isEmpty() && cached && !cached->etag.isEmpty() ? cached->etag : QByteArray();
    m_client.get(
        page,
        [this, path, items, cached, cursor, done = std::move(done)](const ApiResult& r) mutable {
            Fetched<QByteArray> out;
            if (r.notModified() && cached && cursor.isEmpty()) {
                touchCached(*m_store, m_client.key(), path, m_clock.nowMs());
                out.value = cached->body;
                out.syncedAt = m_clock.nowMs();
                done(out);
                return;
            }
            if (r.error.isError() || r.notModified()) {
                out.error = r.error;
                done(out);
                return;
            }
            const QJsonObject body = r.json.object();
            const QJsonValue pageItems = body.value(QStringLiteral("items"));
            if (!pageItems.isArray()) {
                out.error.status = r.status;
                out.error.type = QStringLiteral("malformed");
                out.error.message = tr("The platform's answer to %1 is not what the API "
                                       "describes: $.items: must be an array")
                                        .arg(path);
                done(out);
                return;
            }
            for (const QJsonValue& v : pageItems.toArray())
                items.append(v);
            const QString next = body.value(QStringLiteral("next_cursor")).toString();
            if (!next.isEmpty()) {
                nextPage(path, next, items, std::nullopt, std::move(done));
                return;
            }
            QJsonObject whole = body;
            whole.insert(QStringLiteral("items"), items);
            whole.insert(QStringLiteral("next_cursor"), QJsonValue::Null);
            out.value = QJsonDocument(whole).toJson(QJsonDocument::Compact);
            out.syncedAt = m_clock.nowMs();
            if (m_store)
                remember(path, *out.value, cursor.isEmpty() ? r.etag : QByteArray());
            done(out);
        },
        ifNoneMatch);
}

template <typename T, typename P>
Fetched<T> PlatformApi::typed(const Fetched<QByteArray>& raw, const QString& resource, P parse)
{
    Fetched<T> out;
    out.error = raw.error;
    out.fromCache = raw.fromCache;
    out.syncedAt = raw.syncedAt;
    if (!raw.value)
        return out;
    auto parsed = parse(*raw.value);
    if (!parsed) {
        out.error.type = QStringLiteral("malformed");
        out.error.message = tr("The platform's answer to %1 is not what the API describes: %2")
                                .arg(resource, parsed.error().summary());
        return out;
    }
    out.value = std::move(*parsed);
    return out;
}

namespace {

template <typename T>
std::function<protocol::Parsed<QList<T>>(const QByteArray&)> itemsOf(
    protocol::Parsed<protocol::Page<T>> (*parse)(const QByteArray&))
{
    return [parse](const QByteArray& body) {
        protocol::Parsed<protocol::Page<T>> page = parse(body);
        if (!page)
            return protocol::Parsed<QList<T>>(Unexpected(page.error()));
        return protocol::Parsed<QList<T>>(std::move(page->items));
    };
}

} // namespace

void PlatformApi::health(QObject* context, Callback<bool> done)
{
    done = owned(context, std::move(done));
    fetch(
        QStringLiteral("/healthz"), false, [done = std::move(done)](const Fetched<QByteArray>& f) {
            Fetched<bool> out;
            out.error = f.error;
            out.syncedAt = f.syncedAt;
            if (f.ok())
                out.value = true;
            done(out);
        });
}

void PlatformApi::me(QObject* context, Callback<protocol::Me> done)
{
    done = owned(context, std::move(done));
    const QString path = QStringLiteral("/api/v1/me");
    fetch(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<protocol::Me>(f, path, protocol::parseMe));
    });
}

void PlatformApi::scenarios(QObject* context, Callback<QList<protocol::ScenarioSummary>> done)
{
    done = owned(context, std::move(done));
    const QString path = QStringLiteral("/api/v1/scenarios");
    fetchAll(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(
            typed<QList<protocol::ScenarioSummary>>(f, path, itemsOf(protocol::parseScenarioPage)));
    });
}

void PlatformApi::scenario(QObject* context, const QString& id, Callback<protocol::Scenario> done)
{
    done = owned(context, std::move(done));
    const QString path = idPath("scenarios", id);
    fetch(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<protocol::Scenario>(f, path, protocol::parseScenario));
    });
}

void PlatformApi::tracks(QObject* context, Callback<QList<protocol::Track>> done)
{
    done = owned(context, std::move(done));
    const QString path = QStringLiteral("/api/v1/tracks");
    fetchAll(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<QList<protocol::Track>>(f, path, itemsOf(protocol::parseTrackPage)));
    });
}

void PlatformApi::track(QObject* context, const QString& id, Callback<protocol::Track> done)
{
    done = owned(context, std::move(done));
    const QString path = idPath("tracks", id);
    fetch(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<protocol::Track>(f, path, protocol::parseTrack));
    });
}

void PlatformApi::assignments(QObject* context, Callback<QList<protocol::Assignment>> done)
{
    done = owned(context, std::move(done));
    const QString path = QStringLiteral("/api/v1/assignments");
    fetch(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<QList<protocol::Assignment>>(f, path, protocol::parseAssignments));
    });
}

void PlatformApi::leaderboard(
    QObject* context, const LeaderboardQuery& query, Callback<protocol::Leaderboard> done)
{
    done = owned(context, std::move(done));
    // The first `limit` rows (or every page) and the caller's own; cached per query.
    const QString path = leaderboardPath(query);
    auto typedDone = [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<protocol::Leaderboard>(f, path, protocol::parseLeaderboard));
    };
    if (query.whole)
        fetchAll(path, true, std::move(typedDone));
    else
        fetch(path, true, std::move(typedDone));
}

void PlatformApi::team(QObject* context, Callback<protocol::Team> done)
{
    done = owned(context, std::move(done));
    const QString path = QStringLiteral("/api/v1/team");
    fetch(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<protocol::Team>(f, path, protocol::parseTeam));
    });
}

void PlatformApi::attempts(
    QObject* context, const AttemptQuery& query, Callback<QList<protocol::AttemptSummary>> done)
{
    done = owned(context, std::move(done));
    const QString path = attemptsPath(query);
    fetchAll(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<QList<protocol::AttemptSummary>>(f, path, itemsOf(protocol::parseAttemptPage)));
    });
}

void PlatformApi::attempt(QObject* context, const QString& id, Callback<protocol::Attempt> done)
{
    done = owned(context, std::move(done));
    const QString path = idPath("attempts", id);
    fetch(path, true, [path, done = std::move(done)](const Fetched<QByteArray>& f) {
        done(typed<protocol::Attempt>(f, path, protocol::parseAttempt));
    });
}

void PlatformApi::recording(
    QObject* context, const QString& attemptId, const QString& filePath, Callback<QString> done)
{
    done = owned(context, std::move(done));
    const QString path = idPath("attempts", attemptId) + QStringLiteral("/recording");
    m_client.getLink(path, [this, path, filePath, done = std::move(done)](const ApiResult& r) {
        Fetched<QString> out;
        if (r.error.isError()) {
            out.error = r.error;
            done(out);
            return;
        }
        const QUrl link(r.json.object().value(QStringLiteral("url")).toString());
        if (!link.isValid() || link.isEmpty()) {
            out.error.status = r.status;
            out.error.type = QStringLiteral("malformed");
            out.error.message = tr("The platform's answer to %1 has no download link.").arg(path);
            done(out);
            return;
        }
        m_client.download(m_client.base().resolved(link), filePath, maxRecordingBytes,
            [this, filePath, done](const ApiResult& d) {
                Fetched<QString> got;
                got.error = d.error;
                if (!d.error.isError()) {
                    got.value = filePath;
                    got.syncedAt = m_clock.nowMs();
                }
                done(got);
            });
    });
}

void PlatformApi::post(const QString& path, const QJsonObject& body, const QString& idempotencyKey,
    std::function<void(const Fetched<QByteArray>&, const QString&)> done)
{
    m_client.send("POST", path, QJsonDocument(body), idempotencyKey,
        [this, path, done = std::move(done)](const ApiResult& r) {
            Fetched<QByteArray> raw;
            raw.error = r.error;
            if (!r.error.isError()) {
                raw.value = r.json.toJson(QJsonDocument::Compact);
                raw.syncedAt = m_clock.nowMs();
            }
            done(raw, path);
        });
}

void PlatformApi::startCall(QObject* context, const protocol::CallStart& start,
    const QString& idempotencyKey, Callback<protocol::CallStarted> done)
{
    done = owned(context, std::move(done));
    QJsonObject body{{QStringLiteral("scenario_id"), start.scenarioId},
        {QStringLiteral("client_version"), start.clientVersion}};
    if (start.assignmentId)
        body.insert(QStringLiteral("assignment_id"), *start.assignmentId);
    post(QStringLiteral("/api/v1/calls"), body, idempotencyKey,
        [done = std::move(done)](const Fetched<QByteArray>& raw, const QString& path) {
            done(typed<protocol::CallStarted>(raw, path, protocol::parseCallStarted));
        });
}

void PlatformApi::addComment(QObject* context, const QString& attemptId,
    const protocol::CommentCreate& comment, const QString& idempotencyKey,
    Callback<protocol::Comment> done)
{
    done = owned(context, std::move(done));
    QJsonObject body{{QStringLiteral("body"), comment.body}};
    if (comment.spanStartMs && comment.spanEndMs)
        body.insert(QStringLiteral("span"),
            QJsonObject{{QStringLiteral("start_ms"), *comment.spanStartMs},
                {QStringLiteral("end_ms"), *comment.spanEndMs}});
    if (comment.utteranceId)
        body.insert(QStringLiteral("utterance_id"), *comment.utteranceId);
    post(idPath("attempts", attemptId) + QStringLiteral("/comments"), body, idempotencyKey,
        [done = std::move(done)](const Fetched<QByteArray>& raw, const QString& path) {
            done(typed<protocol::Comment>(raw, path, protocol::parseComment));
        });
}

} // namespace vt::net
