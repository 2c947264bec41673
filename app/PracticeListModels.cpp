#include "PracticeListModels.h"

#include <algorithm>
#include <cmath>

namespace vt::app {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

// --- assignments ---------------------------------------------------------------------------

void AssignmentListModel::setItems(QList<AssignmentCard> items, const QDateTime& now)
{
    const auto rank = [](const AssignmentCard& a) {
        if (a.status == QLatin1String("completed"))
            return 2;
        return a.overdue ? 0 : 1;
    };
    std::stable_sort(
        items.begin(), items.end(), [&](const AssignmentCard& a, const AssignmentCard& b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            if (a.dueAt.has_value() != b.dueAt.has_value())
                return a.dueAt.has_value(); // dated first
            return a.dueAt && *a.dueAt < *b.dueAt;
        });
    beginResetModel();
    m_items = std::move(items);
    m_now = now;
    endResetModel();
}

const AssignmentCard* AssignmentListModel::find(const QString& id) const
{
    for (const AssignmentCard& a : m_items) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

int AssignmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString AssignmentListModel::dueText(const AssignmentCard& a, const QDateTime& now)
{
    if (!a.dueAt)
        return tr("No due date");
    const qint64 days = now.date().daysTo(a.dueAt->toLocalTime().date());
    if (a.overdue || *a.dueAt < now) {
        const int late = int(std::max<qint64>(0, -days));
        return late == 0
            ? tr("Overdue since %1").arg(a.dueAt->toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("Overdue by %n day(s)", nullptr, late);
    }
    if (days == 0)
        return tr("Due today");
    if (days == 1)
        return tr("Due tomorrow");
    return tr("Due in %n day(s)", nullptr, int(days));
}

QVariant AssignmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AssignmentCard& a = m_items.at(index.row());
    const bool done = a.status == QLatin1String("completed");
    const QString due = dueText(a, m_now);
    switch (role) {
    case Qt::DisplayRole:
        return a.title;
    case cardrole::Id:
        return a.id;
    case cardrole::ScenarioId:
        return a.scenarioId;
    case cardrole::Subtitle:
        if (a.kind == QLatin1String("track"))
            return tr("Track: %1 of %2 scenarios passed · next: %3")
                .arg(a.completed)
                .arg(a.total)
                .arg(a.scenarioTitle.isEmpty() ? tr("all passed") : a.scenarioTitle);
        return a.scenarioTitle == a.title ? tr("Scenario")
                                          : tr("Scenario: %1").arg(a.scenarioTitle);
    case cardrole::Meta: {
        QStringList parts{due, tr("pass mark %1").arg(a.passThreshold)};
        parts.append(
            a.bestScore ? tr("your best %1").arg(std::lround(*a.bestScore)) : tr("not tried yet"));
        if (a.assessment)
            parts.append(tr("assessment: no coaching during the call"));
        return parts.join(QStringLiteral(" · "));
    }
    case cardrole::Badge:
        if (done)
            return tr("Passed");
        if (a.overdue)
            return tr("Overdue");
        if (a.dueAt && m_now.date().daysTo(a.dueAt->toLocalTime().date()) <= 0)
            return tr("Due today");
        return a.status == QLatin1String("in_progress") ? tr("In progress") : tr("To do");
    case cardrole::Tone:
        if (done)
            return QStringLiteral("good");
        if (a.overdue)
            return QStringLiteral("bad");
        if (a.dueAt && m_now.date().daysTo(a.dueAt->toLocalTime().date()) <= 1)
            return QStringLiteral("warn");
        return QStringLiteral("neutral");
    case cardrole::Assessment:
        return a.assessment;
    case cardrole::PassThreshold:
        return a.passThreshold;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Assignment %1, %2, %3")
            .arg(a.title, data(index, cardrole::Badge).toString(),
                data(index, cardrole::Meta).toString());
    default:
        return {};
    }
}

// --- scenarios -----------------------------------------------------------------------------

void ScenarioListModel::setItems(QList<ScenarioCard> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString ScenarioListModel::difficultyText(const QString& difficulty)
{
    if (difficulty == QLatin1String("easy"))
        return tr("Easy");
    if (difficulty == QLatin1String("medium"))
        return tr("Medium");
    if (difficulty == QLatin1String("hard"))
        return tr("Hard");
    return difficulty;
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ScenarioCard& s = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.title;
    case cardrole::Id:
    case cardrole::ScenarioId:
        return s.id;
    case cardrole::Subtitle:
        return s.personaRole.isEmpty() ? s.personaName
                                       : tr("%1, %2").arg(s.personaName, s.personaRole);
    case cardrole::Meta:
        return tr("About %n minute(s)", nullptr, s.durationMinutes) + QStringLiteral(" · ")
            + s.summary;
    case cardrole::Badge:
        return difficultyText(s.difficulty);
    case cardrole::Tone:
        return s.difficulty == QLatin1String("hard")
            ? QStringLiteral("warn")
            : (s.difficulty == QLatin1String("easy") ? QStringLiteral("good")
                                                     : QStringLiteral("neutral"));
    case cardrole::Difficulty:
        return s.difficulty;
    case cardrole::Search:
        return foldForSearch(
            QStringList{s.title, s.summary, s.personaName, s.personaRole}.join(QLatin1Char(' ')));
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Scenario %1, %2, with %3. %4")
            .arg(s.title, difficultyText(s.difficulty), data(index, cardrole::Subtitle).toString(),
                data(index, cardrole::Meta).toString());
    default:
        return {};
    }
}

// --- filter --------------------------------------------------------------------------------

void ScenarioFilterModel::setSearch(const QString& text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ScenarioFilterModel::setDifficulty(const QString& difficulty)
{
    if (difficulty == m_difficulty)
        return;
    m_difficulty = difficulty;
    invalidateFilter();
}

bool ScenarioFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (!m_difficulty.isEmpty() && index.data(cardrole::Difficulty).toString() != m_difficulty)
        return false;
    const QString text = index.data(cardrole::Search).toString();
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&text](const QString& w) { return text.contains(w); });
}

} // namespace vt::app
