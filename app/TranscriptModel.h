#pragma once

#include "CallLine.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace vt::app {

// One line of a call's transcript as the screens show it.
using TranscriptLine = CallLine;

// A call's transcript, in call-clock order: a partial line is replaced in place by the next
// version of the same utterance, then by its final text.
class TranscriptModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role : int {
        Speaker = Qt::UserRole + 1,
        Final,
        StartMs,
        EndMs,
        UtteranceId,
        Truncated,
    };

    using QAbstractListModel::QAbstractListModel;

    // Adds or updates the utterance; true when the line became final just now.
    bool upsert(const TranscriptLine& line);
    void setLines(QList<TranscriptLine> lines);
    const QList<TranscriptLine>& lines() const { return m_lines; }
    int rowOf(const QString& utteranceId) const;
    // The line being said at `ms` (or the last one starting before it); -1 when none.
    int rowAt(qint64 ms) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString clock(qint64 ms); // m:ss

private:
    QList<TranscriptLine> m_lines;
};

} // namespace vt::app
