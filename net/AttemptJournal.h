#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vt::net {

// The app's own record of every call, written before anything is sent (DESIGN.md: data that
// must never be lost): the attempt as it started, each transcript event as it arrived, and the
// completion body once the call is scored, with its sync state. SQLite in WAL mode; commits
// are synchronous=FULL, so a saved attempt survives a crash or a power cut.
class AttemptJournal final {
public:
    enum class State { InProgress, Saved, Synced, Failed };
    struct Entry {
        QString attemptId;
        QString scenarioId;
        QString startedAt;
        QString recordingPath;
        State state = State::InProgress;
        QJsonObject completion;
        QString lastError;
        int events = 0;
    };

    AttemptJournal() = default;
    ~AttemptJournal();
    AttemptJournal(const AttemptJournal&) = delete;
    AttemptJournal& operator=(const AttemptJournal&) = delete;

    // Opens (creating) the journal database; false with `error` when it cannot.
    bool open(const QString& path, QString* error);
    static QString stateName(State state);

    void begin(const QString& attemptId, const QString& scenarioId, const QString& startedAt,
        const QString& recordingPath);
    void appendEvent(const QString& attemptId, const QByteArray& json);
    void save(const QString& attemptId, const QJsonObject& completion, State state);
    void setState(const QString& attemptId, State state, const QString& error);
    std::optional<Entry> entry(const QString& attemptId) const;
    QList<Entry> entries() const;
    // The last error of a write; empty when all went well.
    QString lastError() const { return m_error; }

private:
    bool exec(const QString& sql, const QVariantList& values);

    QString m_connection;
    QString m_error;
};

} // namespace vt::net
