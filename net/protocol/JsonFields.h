#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace vt::protocol {

// One wrong field of a request or response, by JSONPath: "$.transcript.utterances[3].end_ms".
struct FieldError {
    QString path;
    QString message;
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

class FieldErrors final {
public:
    void add(QString path, QString message);
    bool isEmpty() const { return m_errors.isEmpty(); }
    const QList<FieldError>& list() const { return m_errors; }
    QStringList paths() const;
    // "$.score: must be a number; $.ended_at: is required"
    QString summary() const;

private:
    QList<FieldError> m_errors;
};

QString childPath(const QString& parent, QStringView name);
QString indexPath(const QString& parent, qsizetype index);

enum class Presence { Required, Optional };

// Typed reads of one JSON object's fields. A read returns the value, or nothing when the
// field is absent (or null) and optional, or wrong, in which case the error names the field's
// path. Unknown fields are ignored.
class ObjectReader final {
public:
    ObjectReader(QJsonObject object, QString path, FieldErrors& errors);

    const QString& path() const { return m_path; }
    const QJsonObject& object() const { return m_object; }
    QString pathOf(QStringView name) const { return childPath(m_path, name); }
    FieldErrors& errors() { return m_errors; }

    std::optional<QString> text(
        QStringView name, Presence presence, qsizetype minChars, qsizetype maxChars);
    std::optional<QString> oneOf(
        QStringView name, Presence presence, std::initializer_list<QStringView> allowed);
    // A UUID in its usual 36-character form; ids are compared lowercased.
    std::optional<QString> id(QStringView name, Presence presence);
    std::optional<qint64> integer(QStringView name, Presence presence, qint64 min, qint64 max);
    std::optional<double> number(QStringView name, Presence presence, double min, double max);
    std::optional<bool> boolean(QStringView name, Presence presence);
    // RFC 3339 with a time zone, e.g. 2026-11-21T09:30:00Z or 2026-11-21T10:30:00.250+01:00.
    std::optional<QDateTime> timestamp(QStringView name, Presence presence);
    std::optional<QJsonObject> object(QStringView name, Presence presence);
    std::optional<QJsonArray> array(QStringView name, Presence presence, qsizetype maxItems);

private:
    // The field's value, or nothing (after recording "is required" when it must be there).
    std::optional<QJsonValue> value(QStringView name, Presence presence);
    void fail(QStringView name, QString message);

    QJsonObject m_object;
    QString m_path;
    FieldErrors& m_errors;
};

// An array of integers within [min, max], at most maxItems of them.
std::optional<QList<qint64>> integerList(
    const QJsonArray& array, const QString& path, qint64 min, qint64 max, FieldErrors& errors);

bool isUuid(QStringView text);
// RFC 3339 in UTC with milliseconds: 2026-11-21T09:30:00.000Z.
QString formatTimestamp(const QDateTime& time);
QString formatTimestampMs(qint64 msSinceEpoch);

} // namespace vt::protocol
