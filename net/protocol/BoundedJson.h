#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

namespace vt::protocol {

// Limits for JSON that comes from outside (request bodies on the server, responses on the
// client). Qt's parser alone accepts 1,024 levels of nesting and strings of any length.
struct JsonLimits {
    qsizetype maxBytes = qsizetype(8) * 1024 * 1024;
    int maxDepth = 32;
    qsizetype maxStringBytes = qsizetype(256) * 1024; // one string value or key, as UTF-8 bytes
};

struct BoundedJson {
    QJsonDocument document;
    QString error; // "not valid JSON at byte 17: ..." or "nesting deeper than 32 levels ..."
    explicit operator bool() const { return error.isEmpty(); }
};

// Parses `bytes` as one JSON document within `limits`: valid UTF-8, nesting and string
// lengths checked before Qt's parser runs, so no input costs more than its size.
BoundedJson parseBoundedJson(QByteArrayView bytes, const JsonLimits& limits = {});

// The same, and the document must be an object.
BoundedJson parseJsonObject(QByteArrayView bytes, const JsonLimits& limits = {});

} // namespace vt::protocol
