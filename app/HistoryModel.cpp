#include "HistoryModel.h"

#include "PracticeListModels.h"
#include "TranscriptModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vt::app {

QList<HistoryEntry> HistoryModel::merge(
    QList<HistoryEntry> platform, const QList<HistoryEntry>& local)
{
    for (const HistoryEntry& l : local) {
        const auto same = std::find_if(platform.begin(), platform.end(),
            [&l](const HistoryEntry& p) { return p.attemptId == l.attemptId; });
        if (same == platform.end()) {
            platform.append(l);
        } else if (l.sync != HistoryEntry::Sync::Synced) {
            same->sync = l.sync;
        }
    }
    std::stable_sort(platform.begin(), platform.end(),
        [](const HistoryEntry& a, const HistoryEntry& b) { return a.startedAt > b.startedAt; });
    return platform;
}

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QList<HistoryEntry> HistoryModel::trend(const QString& scenarioId) const
{
    QList<HistoryEntry> out;
    for (const HistoryEntry& e : m_entries) {
        if (e.scenarioId == scenarioId && e.score)
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const HistoryEntry& a, const HistoryEntry& b) { return a.startedAt < b.startedAt; });
    return out;
}

QList<std::pair<QString, QString>> HistoryModel::scenarios() const
{
    QList<std::pair<QString, QString>> out;
    for (const HistoryEntry& e : m_entries) {
        if (std::none_of(
                out.cbegin(), out.cend(), [&e](const auto& s) { return s.first == e.scenarioId; }))
            out.append({e.scenarioId, e.scenarioTitle});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return out;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::syncText(HistoryEntry::Sync sync)
{
    using S = HistoryEntry::Sync;
    switch (sync) {
    case S::Synced:
        return tr("Saved");
    case S::Uploading:
        return tr("Uploading");
    case S::Refused:
        return tr("Refused by the platform");
    case S::InProgress:
        return tr("Not finished");
    case S::Waiting:
        break;
    }
    return tr("Waiting to upload");
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    switch (role) {
    case AttemptIdRole:
        return e.attemptId;
    case ScenarioIdRole:
        return e.scenarioId;
    case PassedRole:
        return e.passed ? QVariant(*e.passed) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn || index.column() == DurationColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::AccessibleTextRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case ScenarioColumn:
        return sort ? QVariant(foldForSearch(e.scenarioTitle)) : QVariant(e.scenarioTitle);
    case DateColumn:
        return sort ? QVariant(e.startedAt)
                    : QVariant(QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat));
    case DurationColumn:
        if (sort)
            return e.durationMs.value_or(-1);
        return e.durationMs ? QVariant(TranscriptModel::clock(*e.durationMs))
                            : QVariant(QStringLiteral("–"));
    case ScoreColumn:
        if (sort)
            return e.score.value_or(-1.0);
        return e.score ? QVariant(QString::number(std::lround(*e.score)))
                       : QVariant(QStringLiteral("–"));
    case ResultColumn:
        if (sort)
            return e.passed ? (*e.passed ? 2 : 1) : 0;
        if (e.interrupted && !e.passed)
            return tr("Interrupted");
        return e.passed ? (*e.passed ? tr("Passed") : tr("Not passed")) : tr("Not scored");
    case SyncColumn:
        return sort ? QVariant(int(e.sync)) : QVariant(syncText(e.sync));
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScenarioColumn:
        return tr("Scenario");
    case DateColumn:
        return tr("Date");
    case DurationColumn:
        return tr("Duration");
    case ScoreColumn:
        return tr("Score");
    case ResultColumn:
        return tr("Result");
    case SyncColumn:
        return tr("Sync");
    default:
        return {};
    }
}

// --- filter --------------------------------------------------------------------------------

HistoryFilterModel::HistoryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
}

void HistoryFilterModel::setScenario(const QString& scenarioId)
{
    m_scenario = scenarioId;
    invalidateFilter();
}

void HistoryFilterModel::setResult(Result result)
{
    m_result = result;
    invalidateFilter();
}

void HistoryFilterModel::setSearch(const QString& text)
{
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (!m_scenario.isEmpty() && index.data(HistoryModel::ScenarioIdRole).toString() != m_scenario)
        return false;
    const QVariant passed = index.data(HistoryModel::PassedRole);
    if (m_result == Result::Passed && !(passed.isValid() && passed.toBool()))
        return false;
    if (m_result == Result::NotPassed && passed.isValid() && passed.toBool())
        return false;
    if (m_said.contains(index.data(HistoryModel::AttemptIdRole).toString()))
        return true;
    const QString title = index.data(HistoryModel::SortRole).toString();
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&title](const QString& w) { return title.contains(w); });
}

void HistoryFilterModel::setAttemptsSaying(QSet<QString> attemptIds)
{
    m_said = std::move(attemptIds);
    invalidateFilter();
}

} // namespace vt::app
