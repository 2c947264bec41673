#include "BoundedJson.h"

namespace vt::protocol {
namespace {

// RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - p < length || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += length;
    }
    return true;
}

// One pass over the bytes, outside Qt's parser: depth of objects and arrays, and the length
// of every string, both counted outside and inside strings correctly (escapes skipped).
QString scan(QByteArrayView bytes, const JsonLimits& limits)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (i - stringStart - 1 > limits.maxStringBytes)
                    return QStringLiteral("a string at byte %1 is longer than %2 bytes")
                        .arg(stringStart)
                        .arg(limits.maxStringBytes);
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > limits.maxDepth)
                return QStringLiteral("nesting deeper than %1 levels at byte %2")
                    .arg(limits.maxDepth)
                    .arg(i);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    if (inString && bytes.size() - stringStart - 1 > limits.maxStringBytes)
        return QStringLiteral("a string at byte %1 is longer than %2 bytes")
            .arg(stringStart)
            .arg(limits.maxStringBytes);
    return {};
}

} // namespace

BoundedJson parseBoundedJson(QByteArrayView bytes, const JsonLimits& limits)
{
    if (bytes.size() > limits.maxBytes)
        return {{}, QStringLiteral("the JSON is larger than %1 bytes").arg(limits.maxBytes)};
    if (bytes.trimmed().isEmpty())
        return {{}, QStringLiteral("the body is empty; a JSON document was expected")};
    if (!validUtf8(bytes))
        return {{}, QStringLiteral("the JSON is not valid UTF-8")};
    if (QString error = scan(bytes, limits); !error.isEmpty())
        return {{}, error};
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{},
            QStringLiteral("not valid JSON at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString())};
    return {std::move(document), {}};
}

BoundedJson parseJsonObject(QByteArrayView bytes, const JsonLimits& limits)
{
    BoundedJson parsed = parseBoundedJson(bytes, limits);
    if (parsed && !parsed.document.isObject())
        return {{}, QStringLiteral("the JSON document must be an object")};
    return parsed;
}

} // namespace vt::protocol
