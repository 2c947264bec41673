#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vt::app {

// One person on the leaderboard.
struct LeaderboardEntry {
    int rank = 0;
    QString userId;
    QString name;
    double best = 0;
    double average = 0;
    int attempts = 0;
    double passRate = 0;                // 0 to 1
    QList<std::optional<double>> trend; // average per bucket, oldest first
    bool isMe = false;
};

// The leaderboard as a table: rank, name, best, average, attempts, pass rate, trend. Built
// for tens of thousands of rows: values are read from plain structs (LeaderboardFilterModel
// sorts and filters on them without QVariant); the names folded for search and their
// alphabetical order are worked out once, when first needed.
class LeaderboardModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        NameColumn,
        BestColumn,
        AverageColumn,
        AttemptsColumn,
        PassRateColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role : int { TrendRole = Qt::UserRole + 1, IsMeRole, UserIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<LeaderboardEntry> entries);
    const QList<LeaderboardEntry>& entries() const { return m_entries; }
    const LeaderboardEntry& entry(int row) const { return m_entries.at(row); }
    // The row of the signed-in user; -1 when they are not on this board.
    int myRow() const { return m_myRow; }
    // The name of `row` folded for search (PracticeListModels' foldForSearch).
    const QString& foldedName(int row) const;
    // The position of `row`'s name in alphabetical order (folded, then as written).
    int nameOrder(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "72 %"
    static QString percent(double fraction);

private:
    void ensureFolded() const;

    QList<LeaderboardEntry> m_entries;
    int m_myRow = -1;
    mutable QStringList m_folded;     // empty until first asked
    mutable std::vector<int> m_order; // empty until first asked
};

// The board as the user narrows and orders it: words in the name, any column either way
// (ties keep the platform's rank).
class LeaderboardFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LeaderboardFilterModel(QObject* parent = nullptr);
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const LeaderboardModel* board() const;
    QStringList m_words;
};

} // namespace vt::app
