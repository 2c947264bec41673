#pragma once

#include "PracticeTypes.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace vt::app {

// The roles the practice home's cards read (one delegate draws both lists).
namespace cardrole {
enum CardRole {
    Id = Qt::UserRole + 1,
    ScenarioId,
    Subtitle, // second line
    Meta,     // third line: due date, pass mark, best score; difficulty and duration
    Badge,    // a short word on the right: Overdue, Due today, Passed, Easy ...
    Tone,     // the badge's tone: good, warn, bad, neutral
    Difficulty,
    Search, // the text a search matches
    Assessment,
    PassThreshold,
};
}

// The rep's assignments, most urgent first: overdue, then by due date, completed last.
class AssignmentListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<AssignmentCard> items, const QDateTime& now);
    const QList<AssignmentCard>& items() const { return m_items; }
    // The first assignment with this id; nullptr when none.
    const AssignmentCard* find(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // "Due in 3 days", "Due today", "Overdue by 2 days", "No due date".
    static QString dueText(const AssignmentCard& a, const QDateTime& now);

private:
    QList<AssignmentCard> m_items;
    QDateTime m_now;
};

// The scenario library, in the platform's order.
class ScenarioListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<ScenarioCard> items);
    const QList<ScenarioCard>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString difficultyText(const QString& difficulty);

private:
    QList<ScenarioCard> m_items;
};

// The library as the rep narrows it: words to find (all of them, in the title, summary or
// persona, case- and accent-insensitive) and a difficulty ("" for any).
class ScenarioFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString& text);
    void setDifficulty(const QString& difficulty);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QStringList m_words;
    QString m_difficulty;
};

// Text folded for matching: lower case, accents removed.
QString foldForSearch(const QString& text);

} // namespace vt::app
