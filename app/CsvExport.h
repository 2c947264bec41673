#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace vt::app::csv {

// CSV as RFC 4180 has it: comma-separated, CRLF line ends, a header row, a field quoted when
// it holds a comma, a double quote, CR or LF (quotes doubled inside). UTF-8 with a byte order
// mark, so spreadsheet programs read accents right. Spreadsheet formula injection is defused:
// a cell starting with = + - @, a tab or a CR gets a leading apostrophe, which spreadsheets
// show as text and never evaluate.
QString cell(const QString& value);
QByteArray document(const QStringList& header, const QList<QStringList>& rows);
// A view's model as shown: its horizontal header and each row's display texts, in view order.
QByteArray fromModel(const QAbstractItemModel& model);

} // namespace vt::app::csv
