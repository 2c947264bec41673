#include "CommandIndex.h"

#include "PracticeListModels.h"

#include <algorithm>

namespace vt::app {

void CommandIndex::rebuild(const QList<std::pair<QString, QString>>& pages,
    const AssignmentListModel& assignments, const ScenarioListModel& scenarios)
{
    m_all.clear();
    for (const auto& [id, title] : pages)
        m_all.append({Kind::Page, id, QString(), title, tr("Page")});
    for (const AssignmentCard& a : assignments.items())
        m_all.append({Kind::Assignment, a.id, a.scenarioId, a.title,
            tr("Assignment · %1")
                .arg(AssignmentListModel::dueText(a, QDateTime::currentDateTime()))});
    for (const ScenarioCard& s : scenarios.items())
        m_all.append({Kind::Scenario, s.id, s.id, s.title,
            tr("Scenario · %1 · %2")
                .arg(ScenarioListModel::difficultyText(s.difficulty), s.personaName)});
    filter();
}

void CommandIndex::setQuery(const QString& query)
{
    m_words = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    filter();
}

void CommandIndex::filter()
{
    beginResetModel();
    m_shown.clear();
    QList<Entry> leading;
    for (const Entry& e : std::as_const(m_all)) {
        const QString title = foldForSearch(e.title);
        const QString text = title + QLatin1Char(' ') + foldForSearch(e.detail);
        if (!std::all_of(m_words.cbegin(), m_words.cend(),
                [&text](const QString& w) { return text.contains(w); }))
            continue;
        (!m_words.isEmpty() && title.startsWith(m_words.constFirst()) ? leading : m_shown)
            .append(e);
    }
    m_shown = leading + m_shown;
    endResetModel();
}

int CommandIndex::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant CommandIndex::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Entry& e = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(e.title, e.detail);
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case ScenarioIdRole:
        return e.scenarioId;
    case DetailRole:
        return e.detail;
    default:
        return {};
    }
}

} // namespace vt::app
