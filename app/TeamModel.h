#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace vt::app {

// One person a manager (or admin, or HR) oversees.
struct TeamMemberRow {
    QString userId;
    QString name;
    QString email;
    QString role; // trainee, manager
    QString team;
    int assignments = 0;
    int completed = 0;
    int overdue = 0;
    int attempts = 0;
    std::optional<double> average;
    std::optional<double> best;
    std::optional<QDateTime> lastAttempt;
    QList<std::optional<double>> trend; // average per week, oldest first
};

// The team as a table: name, team, assignments done, overdue, attempts, average score, last
// practised, trend. Sorting uses raw values (SortRole).
class TeamModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TeamColumn,
        AssignmentsColumn,
        OverdueColumn,
        AttemptsColumn,
        AverageColumn,
        LastColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role : int { SortRole = Qt::UserRole + 1, TrendRole, UserIdRole, OverdueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(QList<TeamMemberRow> members);
    const QList<TeamMemberRow>& members() const { return m_members; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TeamMemberRow> m_members;
};

// The team as narrowed: words in the name, email or team; only people with overdue work.
class TeamFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TeamFilterModel(QObject* parent = nullptr);
    void setSearch(const QString& text);
    void setOverdueOnly(bool only);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QStringList m_words;
    bool m_overdueOnly = false;
};

} // namespace vt::app
