#include "Paging.h"

#include "BoundedJson.h"

namespace vt::server {

std::optional<Paging> readPaging(
    const ApiCall& call, int fallback, int max, int keyLength, protocol::FieldErrors& errors)
{
    Paging paging;
    paging.limit = fallback;
    bool ok = true;
    if (call.hasQuery(QStringLiteral("limit"))) {
        bool isNumber = false;
        const int limit = call.query(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || limit < 1 || limit > max) {
            errors.add(QStringLiteral("query.limit"),
                QStringLiteral("must be an integer from 1 to %1").arg(max));
            ok = false;
        } else {
            paging.limit = limit;
        }
    }
    if (call.hasQuery(QStringLiteral("cursor"))) {
        const auto decoded
            = QByteArray::fromBase64Encoding(call.query(QStringLiteral("cursor")).toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const protocol::BoundedJson json = decoded
            ? protocol::parseBoundedJson(*decoded, protocol::JsonLimits{1024, 2, 512})
            : protocol::BoundedJson{{}, QStringLiteral("not base64url")};
        if (!json || !json.document.isArray() || json.document.array().size() != keyLength) {
            errors.add(QStringLiteral("query.cursor"),
                QStringLiteral("is not a cursor this list gave out"));
            ok = false;
        } else {
            paging.after = json.document.array();
        }
    }
    if (!ok)
        return std::nullopt;
    return paging;
}

QString encodeCursor(const QJsonArray& key)
{
    return QString::fromLatin1(
        QJsonDocument(key)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace vt::server
