#include "TranscriptModel.h"

#include <algorithm>

namespace vt::app {

bool TranscriptModel::upsert(const TranscriptLine& line)
{
    const int row = rowOf(line.id);
    if (row >= 0) {
        TranscriptLine& old = m_lines[row];
        const bool becameFinal = line.final && !old.final;
        const bool moved = old.startMs != line.startMs;
        old = line;
        if (!moved) {
            Q_EMIT dataChanged(index(row), index(row));
            return becameFinal;
        }
        // The final timing moved it: take it out and put it back in order.
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
        const bool added = upsert(line);
        return becameFinal || added;
    }
    const auto at = std::upper_bound(m_lines.cbegin(), m_lines.cend(), line.startMs,
        [](qint64 ms, const TranscriptLine& l) { return ms < l.startMs; });
    const int pos = int(at - m_lines.cbegin());
    beginInsertRows({}, pos, pos);
    m_lines.insert(pos, line);
    endInsertRows();
    return line.final;
}

void TranscriptModel::setLines(QList<TranscriptLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(),
        [](const TranscriptLine& a, const TranscriptLine& b) { return a.startMs < b.startMs; });
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int TranscriptModel::rowOf(const QString& utteranceId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).id == utteranceId)
            return i;
    }
    return -1;
}

int TranscriptModel::rowAt(qint64 ms) const
{
    int found = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).startMs > ms)
            break;
        found = i;
    }
    return found;
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QString TranscriptModel::clock(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const TranscriptLine& l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return l.truncated && l.final ? l.text + QStringLiteral(" —") : l.text;
    case Qt::AccessibleTextRole:
        return tr("%1 at %2: %3")
            .arg(l.speaker == app::Speaker::Rep ? tr("You") : tr("Prospect"), clock(l.startMs),
                l.text);
    case Speaker:
        return QVariant::fromValue(l.speaker);
    case Final:
        return l.final;
    case StartMs:
        return l.startMs;
    case EndMs:
        return l.endMs;
    case UtteranceId:
        return l.id;
    case Truncated:
        return l.truncated;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(Speaker, "speaker");
    names.insert(Final, "final");
    names.insert(StartMs, "startMs");
    names.insert(EndMs, "endMs");
    names.insert(UtteranceId, "utteranceId");
    names.insert(Truncated, "truncated");
    return names;
}

} // namespace vt::app
