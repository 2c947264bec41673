#include "CsvReader.h"

#include <QStringDecoder>

namespace vt::test {

std::optional<QList<QStringList>> readCsv(const QByteArray& data, QString* error)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = QStringLiteral("not valid UTF-8");
        return std::nullopt;
    }
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool quoted = false;
    bool fieldStarted = false;
    const auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1 (record %2, character %3)")
                     .arg(why)
                     .arg(records.size() + 1)
                     .arg(i);
        return std::nullopt;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r'))
                    return fail(QStringLiteral("text after a closing quote"));
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted || !field.isEmpty())
                return fail(QStringLiteral("a quote inside an unquoted field"));
            quoted = true;
            fieldStarted = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                return fail(QStringLiteral("CR without LF"));
            record.append(field);
            field.clear();
            fieldStarted = false;
            if (!records.isEmpty() && record.size() != records.constFirst().size())
                return fail(QStringLiteral("a record of %1 fields, the header has %2")
                                .arg(record.size())
                                .arg(records.constFirst().size()));
            records.append(record);
            record.clear();
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\n'))
            return fail(QStringLiteral("LF without CR"));
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (quoted)
        return fail(QStringLiteral("an unterminated quote"));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        return fail(QStringLiteral("the last record does not end with CRLF"));
    return records;
}

} // namespace vt::test
