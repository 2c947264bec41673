#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace vt::app {

class AssignmentListModel;
class ScenarioListModel;

// What the command palette (Ctrl+K) can jump to: the pages, the rep's assignments and every
// scenario, narrowed by the words typed (all of them, anywhere in the title or the detail,
// case- and accent-insensitive); titles that start with the first word come first.
class CommandIndex final : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Kind { Page, Assignment, Scenario };
    struct Entry {
        Kind kind = Kind::Page;
        QString id;         // page id, assignment id or scenario id
        QString scenarioId; // the scenario an assignment opens
        QString title;
        QString detail;
    };
    enum Role : int { KindRole = Qt::UserRole + 1, IdRole, ScenarioIdRole, DetailRole };

    using QAbstractListModel::QAbstractListModel;

    // Pages as (id, title) pairs, then the assignments and the scenarios.
    void rebuild(const QList<std::pair<QString, QString>>& pages,
        const AssignmentListModel& assignments, const ScenarioListModel& scenarios);
    void setQuery(const QString& query);
    Entry entry(int row) const { return m_shown.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void filter();

    QList<Entry> m_all;
    QList<Entry> m_shown;
    QStringList m_words;
};

} // namespace vt::app
