#include "TeamModel.h"

#include "PracticeListModels.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vt::app {

void TeamModel::setMembers(QList<TeamMemberRow> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const TeamMemberRow& m = m_members.at(index.row());
    switch (role) {
    case UserIdRole:
        return m.userId;
    case OverdueRole:
        return m.overdue;
    case TrendRole: {
        QVariantList values;
        for (const std::optional<double>& v : m.trend)
            values.append(v ? QVariant(*v) : QVariant());
        return values;
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn || index.column() == TeamColumn
                || index.column() == LastColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(m.email) : QVariant();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::AccessibleTextRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return sort ? QVariant(foldForSearch(m.name))
                    : QVariant(m.role == QLatin1String("manager") ? tr("%1 (manager)").arg(m.name)
                                                                  : m.name);
    case TeamColumn:
        return sort ? QVariant(foldForSearch(m.team)) : QVariant(m.team);
    case AssignmentsColumn:
        if (sort)
            return m.assignments > 0 ? double(m.completed) / m.assignments : -1.0;
        return m.assignments > 0 ? QVariant(tr("%1 of %2").arg(m.completed).arg(m.assignments))
                                 : QVariant(QStringLiteral("–"));
    case OverdueColumn:
        return m.overdue;
    case AttemptsColumn:
        return m.attempts;
    case AverageColumn:
        if (sort)
            return m.average.value_or(-1.0);
        return m.average ? QVariant(QLocale().toString(*m.average, 'f', 1))
                         : QVariant(QStringLiteral("–"));
    case LastColumn:
        if (sort)
            return m.lastAttempt.value_or(QDateTime());
        return m.lastAttempt ? QVariant(
                   QLocale().toString(m.lastAttempt->toLocalTime().date(), QLocale::ShortFormat))
                             : QVariant(tr("never"));
    case TrendColumn: {
        QStringList values;
        for (const std::optional<double>& v : m.trend)
            values.append(v ? QString::number(std::lround(*v)) : QStringLiteral("–"));
        if (sort) {
            for (auto it = m.trend.crbegin(); it != m.trend.crend(); ++it) {
                if (*it)
                    return **it;
            }
            return -1.0;
        }
        return role == Qt::AccessibleTextRole ? QVariant(
                   tr("Weekly average, oldest first: %1").arg(values.join(QStringLiteral(", "))))
                                              : QVariant(values.join(QLatin1Char(' ')));
    }
    default:
        return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TeamColumn:
        return tr("Team");
    case AssignmentsColumn:
        return tr("Assignments done");
    case OverdueColumn:
        return tr("Overdue");
    case AttemptsColumn:
        return tr("Attempts");
    case AverageColumn:
        return tr("Average");
    case LastColumn:
        return tr("Last practised");
    case TrendColumn:
        return tr("Trend (6 weeks)");
    default:
        return {};
    }
}

TeamFilterModel::TeamFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TeamModel::SortRole);
}

void TeamFilterModel::setSearch(const QString& text)
{
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void TeamFilterModel::setOverdueOnly(bool only)
{
    m_overdueOnly = only;
    invalidateFilter();
}

bool TeamFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const auto* team = static_cast<const TeamModel*>(sourceModel());
    const TeamMemberRow& m = team->members().at(row);
    Q_UNUSED(parent)
    if (m_overdueOnly && m.overdue == 0)
        return false;
    const QString text
        = foldForSearch(m.name + QLatin1Char(' ') + m.email + QLatin1Char(' ') + m.team);
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&text](const QString& w) { return text.contains(w); });
}

} // namespace vt::app
