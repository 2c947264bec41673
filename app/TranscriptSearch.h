#pragma once

#include "HistoryModel.h"
#include "Speaker.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace vt::net {
class TranscriptIndex;
}

namespace vt::app {

class PlatformSession;

// A transcript line that matches a search.
struct SearchHit {
    QString attemptId;
    QString scenarioTitle;
    QDateTime startedAt;
    QString utteranceId;
    Speaker speaker = Speaker::Rep;
    qint64 startMs = 0;
    QString snippetHtml; // escaped, the words found in <b>
};

// Full-text search over the rep's transcripts. update() brings the local store's index
// (net::TranscriptIndex) in line with History: attempts the platform holds are fetched one at
// a time (GET /attempts/{id}, kept in the offline cache) when their updated_at changed,
// attempts only this computer holds are indexed from the journal.
class TranscriptSearch final : public QObject {
    Q_OBJECT

public:
    explicit TranscriptSearch(PlatformSession& session, QObject* parent = nullptr);
    ~TranscriptSearch() override;

    void update(const QList<HistoryEntry>& entries);
    // Attempts still to index.
    int pending() const { return int(m_queue.size()); }

    QList<SearchHit> search(const QString& words, int limit = 200) const;
    QSet<QString> attemptsMatching(const QString& words) const;

    static QString snippetHtml(const QString& snippet);

Q_SIGNALS:
    // More of the history is searchable.
    void indexed();

private:
    struct Job {
        QString attemptId;
        QString version;
        QString title;
        QString startedAt;
        bool local = false;
    };
    net::TranscriptIndex* index() const;
    void next();
    void put(const Job& job, const QJsonObject& transcript);

    PlatformSession& m_session;
    mutable std::unique_ptr<net::TranscriptIndex> m_index;
    mutable QString m_indexPlatform;
    QList<Job> m_queue;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace vt::app
