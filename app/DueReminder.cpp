#include "DueReminder.h"

namespace vt::app {

std::optional<DueReminder::Message> DueReminder::due(
    const QList<AssignmentCard>& assignments, const QDateTime& now, const QDate& lastReminded)
{
    if (lastReminded == now.date())
        return std::nullopt;
    QStringList overdue;
    QStringList today;
    for (const AssignmentCard& a : assignments) {
        if (a.status == QLatin1String("completed"))
            continue;
        if (a.overdue || (a.dueAt && *a.dueAt < now))
            overdue.append(a.title);
        else if (a.dueAt && a.dueAt->toLocalTime().date() == now.date())
            today.append(a.title);
    }
    if (overdue.isEmpty() && today.isEmpty())
        return std::nullopt;
    Message m;
    if (!overdue.isEmpty())
        m.title = tr("%n assignment(s) overdue", nullptr, int(overdue.size()));
    else
        m.title = tr("%n assignment(s) due today", nullptr, int(today.size()));
    QStringList lines;
    for (const QString& t : std::as_const(overdue))
        lines.append(tr("Overdue: %1").arg(t));
    for (const QString& t : std::as_const(today))
        lines.append(tr("Due today: %1").arg(t));
    m.body = lines.join(QLatin1Char('\n'));
    return m;
}

} // namespace vt::app
