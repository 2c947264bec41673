#include "CallRecord.h"

#include "AppLog.h"

#include "AttemptJournal.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "SyncEngine.h"

#include <QJsonDocument>
#include <QLockFile>

namespace vt::app {

CallRecord::CallRecord(net::AttemptJournal& journal, net::SyncEngine& sync, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_sync(sync)
{
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &CallRecord::retry);
}

CallRecord::~CallRecord() = default;

Result<void> CallRecord::begin(const Start& start)
{
    Q_ASSERT(m_attemptId.isEmpty());
    m_attemptId = start.attemptId;
    m_claim = m_journal.claim(m_attemptId);
    const bool begun = m_journal.begin(m_attemptId, start.platformKey, start.scenarioId,
        start.startedAt, start.recordingPath, start.scoringScenario, start.clientVersion);
    if (!begun
        || (start.offlineOrigin
            && !m_journal.appendEvent(m_attemptId,
                QJsonDocument(QJsonObject{{QStringLiteral("offline_origin"), *start.offlineOrigin}})
                    .toJson(QJsonDocument::Compact))))
        return failure(m_journal.lastError());
    return {};
}

void CallRecord::appendEvent(const QByteArray& json)
{
    write(json);
}

void CallRecord::appendScored(const CallTranscript::ScoreChange& change)
{
    // What is scored so far, for crash recovery (AttemptRecovery): the line as scored, or that
    // it no longer counts.
    QJsonObject record;
    if (const std::optional<CallLine>& l = change.line) {
        record.insert(QStringLiteral("scored_line"),
            QJsonObject{{QStringLiteral("id"), change.id},
                {QStringLiteral("speaker"), speakerName(l->speaker)},
                {QStringLiteral("text"), l->text}, {QStringLiteral("start_ms"), l->startMs},
                {QStringLiteral("end_ms"), l->endMs}, {QStringLiteral("truncated"), l->truncated}});
    } else {
        record.insert(QStringLiteral("scored_line_removed"), change.id);
    }
    write(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

void CallRecord::write(const QByteArray& json)
{
    Q_ASSERT(!m_attemptId.isEmpty());
    // In order: nothing overtakes a record that waits.
    if (m_pending.isEmpty() && m_journal.appendEvent(m_attemptId, json))
        return;
    const bool first = m_pending.isEmpty();
    m_pending.append(json);
    if (first) {
        const QString why = m_journal.lastError();
        qCWarning(
            lcApp, "journal: a call record could not be written (retrying): %s", qPrintable(why));
        m_retry.start();
        Q_EMIT journalTrouble(why);
    }
}

void CallRecord::retry()
{
    while (!m_pending.isEmpty()) {
        if (!m_journal.appendEvent(m_attemptId, m_pending.constFirst()))
            return; // the timer tries again
        m_pending.removeFirst();
    }
    m_retry.stop();
    qCInfo(lcApp, "journal: the call's records are written again");
    Q_EMIT journalTrouble(QString());
}

Result<void> CallRecord::save(const QJsonObject& completion)
{
    if (!m_journal.save(m_attemptId, completion))
        return failure(m_journal.lastError());
    // The completion carries every line: recovery will not need the records still waiting.
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        m_retry.stop();
        Q_EMIT journalTrouble(QString());
    }
    return {};
}

void CallRecord::awaitSync()
{
    m_awaitingSync = true;
    connect(&m_sync, &net::SyncEngine::acknowledged, this, &CallRecord::onAcknowledged);
    connect(&m_sync, &net::SyncEngine::sendFailed, this, &CallRecord::onSendFailed);
    connect(&m_sync, &net::SyncEngine::idle, this, &CallRecord::onSyncIdle);
    m_sync.poke();
}

void CallRecord::onAcknowledged(const net::OutboxItem& item, const net::ApiResult& result)
{
    if (!m_awaitingSync || item.attemptId != m_attemptId)
        return;
    if (item.kind == net::OutboxItem::Kind::Completion) {
        m_result.completed = true;
        const QJsonValue score = result.json.object().value(QStringLiteral("score"));
        if (score.isDouble())
            m_result.platformScore = score.toDouble();
    }
    const std::optional<net::AttemptJournal::Entry> entry = m_journal.entry(m_attemptId);
    if (entry && entry->state == net::AttemptJournal::State::Synced)
        settle();
}

void CallRecord::onSendFailed(const net::OutboxItem& item, const QString& message, bool retrying)
{
    if (!m_awaitingSync || item.attemptId != m_attemptId)
        return;
    if (item.kind == net::OutboxItem::Kind::Recording)
        m_result.error = retrying
            ? tr("The recording is saved on this computer and will upload when the platform "
                 "can be reached: %1")
                  .arg(message)
            : tr("The platform refused the recording; it is kept on this computer: %1")
                  .arg(message);
    else
        m_result.error = retrying
            ? tr("Saved on this computer; it will upload when the platform can be reached: %1")
                  .arg(message)
            : tr("Saved on this computer, but the platform refused it: %1").arg(message);
    settle();
}

void CallRecord::onSyncIdle()
{
    // The engine has nothing it can send now, and this attempt is still queued (behind an
    // earlier one that waits): it goes when the engine next drains.
    if (!m_awaitingSync)
        return;
    const std::optional<net::AttemptJournal::Entry> entry = m_journal.entry(m_attemptId);
    if (!entry || entry->state != net::AttemptJournal::State::Synced)
        m_result.error = tr("Saved on this computer; it will upload after the attempts queued "
                            "before it.");
    settle();
}

void CallRecord::settle()
{
    m_awaitingSync = false;
    disconnect(&m_sync, nullptr, this, nullptr);
    Q_EMIT synced(m_result);
}

} // namespace vt::app
