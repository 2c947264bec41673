#include "BoundedJson.h"

#include <vector>

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
// of every string (escapes skipped), with the JSONPath of where a limit is broken. The path
// is tracked as a stack of keys and indexes; it is only turned into text on failure.
class Scanner final {
public:
    Scanner(QByteArrayView bytes, const JsonLimits& limits)
        : m_bytes(bytes)
        , m_limits(limits)
    {
    }

    QString run()
    {
        bool inString = false;
        bool escaped = false;
        qsizetype stringStart = 0;
        for (qsizetype i = 0; i < m_bytes.size(); ++i) {
            const char c = m_bytes[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                    if (i - stringStart - 1 > m_limits.maxStringBytes)
                        return tooLong(stringStart);
                    if (!m_levels.empty() && m_levels.back().expectKey) {
                        m_levels.back().key = m_bytes.sliced(stringStart + 1, i - stringStart - 1);
                        m_levels.back().expectKey = false;
                    }
                }
                continue;
            }
            switch (c) {
            case '"':
                inString = true;
                stringStart = i;
                break;
            case '{':
            case '[':
                if (int(m_levels.size()) >= m_limits.maxDepth)
                    return QStringLiteral("nesting deeper than %1 levels at %2")
                        .arg(m_limits.maxDepth)
                        .arg(path());
                m_levels.push_back({c == '{', c == '{', {}, 0});
                break;
            case '}':
            case ']':
                if (!m_levels.empty())
                    m_levels.pop_back();
                break;
            case ',':
                if (!m_levels.empty()) {
                    if (m_levels.back().object)
                        m_levels.back().expectKey = true;
                    else
                        ++m_levels.back().index;
                }
                break;
            default:
                break;
            }
        }
        if (inString && m_bytes.size() - stringStart - 1 > m_limits.maxStringBytes)
            return tooLong(stringStart);
        return {};
    }

private:
    struct Level {
        bool object = false;
        bool expectKey = false;
        QByteArrayView key;
        int index = 0;
    };

    QString path() const
    {
        QString out = QStringLiteral("$");
        for (const Level& level : m_levels) {
            if (level.object) {
                if (!level.expectKey)
                    out += QLatin1Char('.')
                        + QString::fromUtf8(
                            level.key.first(std::min<qsizetype>(level.key.size(), 64)));
            } else {
                out += QLatin1Char('[') + QString::number(level.index) + QLatin1Char(']');
            }
        }
        return out;
    }

    QString tooLong(qsizetype at) const
    {
        return QStringLiteral("%1: a string is longer than %2 bytes (at byte %3)")
            .arg(path())
            .arg(m_limits.maxStringBytes)
            .arg(at);
    }

    QByteArrayView m_bytes;
    const JsonLimits& m_limits;
    std::vector<Level> m_levels;
};

QString scan(QByteArrayView bytes, const JsonLimits& limits)
{
    return Scanner(bytes, limits).run();
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
