#include "TranscriptSearch.h"

#include "PlatformSession.h"

#include "AttemptJournal.h"
#include "LocalStore.h"
#include "PlatformApi.h"
#include "TranscriptIndex.h"

#include <QJsonObject>

namespace vt::app {

TranscriptSearch::TranscriptSearch(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

TranscriptSearch::~TranscriptSearch() = default;

net::TranscriptIndex* TranscriptSearch::index() const
{
    net::LocalStore* store = m_session.store();
    if (!store || !store->isOpen())
        return nullptr;
    const QString platform = m_session.platformKey();
    if (!m_index || m_indexPlatform != platform) {
        m_index = std::make_unique<net::TranscriptIndex>(*store, platform);
        m_indexPlatform = platform;
    }
    return m_index.get();
}

void TranscriptSearch::update(const QList<HistoryEntry>& entries)
{
    net::TranscriptIndex* idx = index();
    if (!idx)
        return;
    const QHash<QString, QString> have = idx->versions();
    ++m_generation;
    m_queue.clear();
    m_fetching = false;
    for (const HistoryEntry& e : entries) {
        if (e.sync == HistoryEntry::Sync::InProgress)
            continue;
        const bool local = e.sync != HistoryEntry::Sync::Synced || e.version.isEmpty();
        Job job{e.attemptId, local ? QStringLiteral("local") : e.version, e.scenarioTitle,
            e.startedAt.toString(Qt::ISODateWithMs), local};
        if (have.value(e.attemptId) != job.version)
            m_queue.append(job);
    }
    next();
}

void TranscriptSearch::next()
{
    if (m_fetching)
        return;
    bool changed = false;
    while (!m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        if (job.local) {
            net::AttemptJournal* journal = m_session.journal();
            const std::optional<net::AttemptJournal::Entry> e
                = journal ? journal->entry(job.attemptId) : std::nullopt;
            if (e && !e->completion.isEmpty()) {
                put(job, e->completion.value(QStringLiteral("transcript")).toObject());
                changed = true;
            }
            continue;
        }
        net::PlatformApi* api = m_session.api();
        if (!api)
            break;
        m_fetching = true;
        const int generation = m_generation;
        api->attempt(
            this, job.attemptId, [this, generation, job](const net::Fetched<protocol::Attempt>& f) {
                if (generation != m_generation)
                    return;
                m_fetching = false;
                if (f.ok())
                    put(job, f.value->transcript);
                if (m_queue.isEmpty() || m_queue.size() % 20 == 0)
                    Q_EMIT indexed();
                next();
            });
        break;
    }
    if (changed && !m_fetching)
        Q_EMIT indexed();
}

void TranscriptSearch::put(const Job& job, const QJsonObject& transcript)
{
    if (net::TranscriptIndex* idx = index())
        idx->put(
            job.attemptId, job.version, job.title, job.startedAt, net::transcriptLines(transcript));
}

QList<SearchHit> TranscriptSearch::search(const QString& words, int limit) const
{
    QList<SearchHit> out;
    net::TranscriptIndex* idx = index();
    if (!idx)
        return out;
    for (const net::TranscriptHit& h : idx->search(words, limit)) {
        out.append(
            {h.attemptId, h.scenarioTitle, QDateTime::fromString(h.startedAt, Qt::ISODateWithMs),
                h.utteranceId, speakerFromName(h.speaker).value_or(Speaker::Prospect), h.startMs,
                snippetHtml(h.snippet)});
    }
    return out;
}

QSet<QString> TranscriptSearch::attemptsMatching(const QString& words) const
{
    net::TranscriptIndex* idx = index();
    return idx ? idx->attemptsMatching(words) : QSet<QString>();
}

QString TranscriptSearch::snippetHtml(const QString& snippet)
{
    return snippet.toHtmlEscaped()
        .replace(net::TranscriptIndex::matchStart, QLatin1String("<b>"))
        .replace(net::TranscriptIndex::matchEnd, QLatin1String("</b>"));
}

} // namespace vt::app
