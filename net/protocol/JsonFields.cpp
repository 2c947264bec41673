#include "JsonFields.h"

#include <QRegularExpression>

#include <cmath>

namespace vt::protocol {
namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString expected(const QString& what, const QJsonValue& value)
{
    return QStringLiteral("must be %1, not %2").arg(what, typeName(value));
}

bool isIdentifierLike(QStringView name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.begin(), name.end(),
        [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); });
}

} // namespace

void FieldErrors::add(QString path, QString message)
{
    m_errors.append({std::move(path), std::move(message)});
}

QStringList FieldErrors::paths() const
{
    QStringList out;
    for (const FieldError& error : m_errors)
        out.append(error.path);
    return out;
}

QString FieldErrors::summary() const
{
    QStringList parts;
    for (const FieldError& error : m_errors)
        parts.append(error.path + QStringLiteral(": ") + error.message);
    return parts.join(QStringLiteral("; "));
}

QString childPath(const QString& parent, QStringView name)
{
    if (isIdentifierLike(name))
        return parent + QLatin1Char('.') + name.toString();
    QString quoted = name.toString();
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return parent + QStringLiteral("['") + quoted + QStringLiteral("']");
}

QString indexPath(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

ObjectReader::ObjectReader(QJsonObject object, QString path, FieldErrors& errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{
}

void ObjectReader::fail(QStringView name, QString message)
{
    m_errors.add(pathOf(name), std::move(message));
}

std::optional<QJsonValue> ObjectReader::value(QStringView name, Presence presence)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            fail(name, QStringLiteral("is required"));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ObjectReader::text(
    QStringView name, Presence presence, qsizetype minChars, qsizetype maxChars)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(name, expected(QStringLiteral("a string"), *v));
        return std::nullopt;
    }
    QString s = v->toString();
    if (s.size() < minChars) {
        fail(name,
            minChars == 1 ? QStringLiteral("must not be empty")
                          : QStringLiteral("must be at least %1 characters").arg(minChars));
        return std::nullopt;
    }
    if (s.size() > maxChars) {
        fail(name, QStringLiteral("must be at most %1 characters").arg(maxChars));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> ObjectReader::oneOf(
    QStringView name, Presence presence, std::initializer_list<QStringView> allowed)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    const QString s = v->toString();
    if (!v->isString()
        || std::none_of(allowed.begin(), allowed.end(), [&](QStringView a) { return a == s; })) {
        QStringList names;
        for (QStringView a : allowed)
            names.append(QLatin1Char('"') + a.toString() + QLatin1Char('"'));
        fail(name, QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> ObjectReader::id(QStringView name, Presence presence)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString() || !isUuid(v->toString())) {
        fail(name,
            QStringLiteral("must be an id (a UUID such as 0b7c0c5e-8d3c-4e0f-9c55-4f1a7c7e2d10)"));
        return std::nullopt;
    }
    return v->toString().toLower();
}

std::optional<qint64> ObjectReader::integer(
    QStringView name, Presence presence, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
        fail(name, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<double> ObjectReader::number(
    QStringView name, Presence presence, double min, double max)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || d < min || d > max) {
        fail(name, QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> ObjectReader::boolean(QStringView name, Presence presence)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(name, expected(QStringLiteral("a boolean"), *v));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDateTime> ObjectReader::timestamp(QStringView name, Presence presence)
{
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    const QString s = v->toString();
    QDateTime time;
    if (v->isString() && rfc3339.match(s).hasMatch())
        time = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(name,
            QStringLiteral("must be an RFC 3339 time with a zone, e.g. 2026-11-21T09:30:00Z"));
        return std::nullopt;
    }
    return time.toUTC();
}

std::optional<QJsonObject> ObjectReader::object(QStringView name, Presence presence)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(name, expected(QStringLiteral("an object"), *v));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> ObjectReader::array(
    QStringView name, Presence presence, qsizetype maxItems)
{
    const std::optional<QJsonValue> v = value(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(name, expected(QStringLiteral("an array"), *v));
        return std::nullopt;
    }
    QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(name, QStringLiteral("must have at most %1 items").arg(maxItems));
        return std::nullopt;
    }
    return a;
}

std::optional<QList<qint64>> integerList(
    const QJsonArray& array, const QString& path, qint64 min, qint64 max, FieldErrors& errors)
{
    QList<qint64> values;
    values.reserve(array.size());
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
            errors.add(indexPath(path, i),
                QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
            ok = false;
            continue;
        }
        values.append(static_cast<qint64>(d));
    }
    if (!ok)
        return std::nullopt;
    return values;
}

bool isUuid(QStringView text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QString formatTimestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString formatTimestampMs(qint64 msSinceEpoch)
{
    return formatTimestamp(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

} // namespace vt::protocol
