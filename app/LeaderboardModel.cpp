#include "LeaderboardModel.h"

#include "PracticeListModels.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vt::app {

void LeaderboardModel::setEntries(QList<LeaderboardEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_folded.clear();
    m_order.clear();
    m_myRow = -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).isMe)
            m_myRow = int(i);
    }
    endResetModel();
}

void LeaderboardModel::ensureFolded() const
{
    if (m_folded.size() == m_entries.size())
        return;
    m_folded.clear();
    m_folded.reserve(m_entries.size());
    for (const LeaderboardEntry& e : m_entries)
        m_folded.append(foldForSearch(e.name));
}

const QString& LeaderboardModel::foldedName(int row) const
{
    ensureFolded();
    return m_folded.at(row);
}

int LeaderboardModel::nameOrder(int row) const
{
    if (m_order.size() != std::size_t(m_entries.size())) {
        std::vector<int> rows(std::size_t(m_entries.size()));
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = int(i);
        ensureFolded();
        std::sort(rows.begin(), rows.end(), [this](int a, int b) {
            const int c = m_folded.at(a).compare(m_folded.at(b));
            return c < 0 || (c == 0 && m_entries.at(a).name < m_entries.at(b).name);
        });
        m_order.assign(rows.size(), 0);
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_order[std::size_t(rows[i])] = int(i);
    }
    return m_order.at(std::size_t(row));
}

int LeaderboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LeaderboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaderboardModel::percent(double fraction)
{
    return tr("%1 %").arg(std::lround(fraction * 100.0));
}

QVariant LeaderboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LeaderboardEntry& e = m_entries.at(index.row());
    switch (role) {
    case IsMeRole:
        return e.isMe;
    case UserIdRole:
        return e.userId;
    case TrendRole: {
        QVariantList values;
        values.reserve(e.trend.size());
        for (const std::optional<double>& v : e.trend)
            values.append(v ? QVariant(*v) : QVariant());
        return values;
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return e.rank;
        case NameColumn:
            return e.isMe ? tr("%1 (you)").arg(e.name) : e.name;
        case BestColumn:
            return QString::number(std::lround(e.best));
        case AverageColumn:
            return QLocale().toString(e.average, 'f', 1);
        case AttemptsColumn:
            return e.attempts;
        case PassRateColumn:
            return percent(e.passRate);
        case TrendColumn: {
            // The view draws a sparkline; the text is for the CSV.
            QStringList values;
            for (const std::optional<double>& v : e.trend)
                values.append(v ? QString::number(std::lround(*v)) : QStringLiteral("–"));
            return values.join(QLatin1Char(' '));
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == TrendColumn) {
            QStringList values;
            for (const std::optional<double>& v : e.trend)
                values.append(v ? QString::number(std::lround(*v)) : tr("none"));
            return tr("Trend, oldest first: %1").arg(values.join(QStringLiteral(", ")));
        }
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Name");
    case BestColumn:
        return tr("Best");
    case AverageColumn:
        return tr("Average");
    case AttemptsColumn:
        return tr("Attempts");
    case PassRateColumn:
        return tr("Pass rate");
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

LeaderboardFilterModel::LeaderboardFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

const LeaderboardModel* LeaderboardFilterModel::board() const
{
    return static_cast<const LeaderboardModel*>(sourceModel());
}

void LeaderboardFilterModel::setSearch(const QString& text)
{
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool LeaderboardFilterModel::filterAcceptsRow(int row, const QModelIndex&) const
{
    if (m_words.isEmpty())
        return true;
    const QString& name = board()->foldedName(row);
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&name](const QString& w) { return name.contains(w); });
}

bool LeaderboardFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const LeaderboardEntry& a = board()->entry(left.row());
    const LeaderboardEntry& b = board()->entry(right.row());
    const auto byRank
        = [&] { return a.rank < b.rank || (a.rank == b.rank && left.row() < right.row()); };
    const auto compare = [&](auto x, auto y) { return x < y || (x == y && byRank()); };
    switch (left.column()) {
    case LeaderboardModel::NameColumn:
        return board()->nameOrder(left.row()) < board()->nameOrder(right.row());
    case LeaderboardModel::BestColumn:
        return compare(a.best, b.best);
    case LeaderboardModel::AverageColumn:
        return compare(a.average, b.average);
    case LeaderboardModel::AttemptsColumn:
        return compare(a.attempts, b.attempts);
    case LeaderboardModel::PassRateColumn:
        return compare(a.passRate, b.passRate);
    case LeaderboardModel::TrendColumn: {
        // The latest bucket with a value.
        const auto latest = [](const LeaderboardEntry& e) {
            for (auto it = e.trend.crbegin(); it != e.trend.crend(); ++it) {
                if (*it)
                    return **it;
            }
            return -1.0;
        };
        return compare(latest(a), latest(b));
    }
    default:
        return byRank();
    }
}

} // namespace vt::app
