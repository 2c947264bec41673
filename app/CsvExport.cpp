#include "CsvExport.h"

#include <QAbstractItemModel>

namespace vt::app::csv {

QString cell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\n'));
    if (!quote)
        return v;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray document(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&out](const QStringList& fields) {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString& f : fields)
            cells.append(cell(f));
        out += cells.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out;
}

QByteArray fromModel(const QAbstractItemModel& model)
{
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data(Qt::DisplayRole).toString());
        rows.append(row);
    }
    return document(header, rows);
}

} // namespace vt::app::csv
