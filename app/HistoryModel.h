#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace vt::app {

// One of the rep's attempts as History lists it.
struct HistoryEntry {
    // Where it stands with the platform (in the sync column's sort order).
    enum class Sync {
        InProgress, // the call did not finish (or is running)
        Refused,    // the platform refused it; retrying cannot help
        Synced,     // on the platform
        Uploading,
        Waiting, // on this computer, waiting to be sent
    };
    QString attemptId;
    QString scenarioId;
    QString scenarioTitle;
    QDateTime startedAt;
    std::optional<qint64> durationMs;
    std::optional<double> score;
    std::optional<double> passScore;
    std::optional<bool> passed;
    bool interrupted = false;
    Sync sync = Sync::Synced;
    QString version; // the platform's updated_at (ISO 8601); empty for this computer's
};

// The rep's attempts, newest first: what the platform lists (from the cache offline) merged
// with what this computer holds and the platform does not have yet. Columns: scenario, date,
// duration, score, result, sync state. Sorting uses raw values (SortRole).
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ScenarioColumn,
        DateColumn,
        DurationColumn,
        ScoreColumn,
        ResultColumn,
        SyncColumn,
        ColumnCount
    };
    enum Role : int { SortRole = Qt::UserRole + 1, AttemptIdRole, ScenarioIdRole, PassedRole };

    using QAbstractTableModel::QAbstractTableModel;

    // The platform's list, then this computer's attempts: a local entry replaces the
    // platform's sync state for the same attempt, or adds a row when the platform lacks it.
    static QList<HistoryEntry> merge(
        QList<HistoryEntry> platform, const QList<HistoryEntry>& local);

    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry>& entries() const { return m_entries; }
    // Scored attempts of a scenario, oldest first: the trend.
    QList<HistoryEntry> trend(const QString& scenarioId) const;
    // Scenario ids and titles in the history, by title.
    QList<std::pair<QString, QString>> scenarios() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString syncText(HistoryEntry::Sync sync);

private:
    QList<HistoryEntry> m_entries;
};

// History as the rep narrows it: a scenario ("" for all), passed / not passed / all, and
// words in the scenario's title or said in the call (the attempts the transcript search
// found).
class HistoryFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Result { All, Passed, NotPassed };

    explicit HistoryFilterModel(QObject* parent = nullptr);
    void setScenario(const QString& scenarioId);
    void setResult(Result result);
    void setSearch(const QString& text);
    // Attempts whose transcript holds the search's words: they match whatever their title.
    void setAttemptsSaying(QSet<QString> attemptIds);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_scenario;
    Result m_result = Result::All;
    QStringList m_words;
    QSet<QString> m_said;
};

} // namespace vt::app
