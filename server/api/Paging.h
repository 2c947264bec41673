#pragma once

#include "ApiCall.h"
#include "ApiRequests.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vt::server {

// Cursor pagination: ?limit=N (1 to max, default `fallback`) and ?cursor=... (opaque: the
// base64url of the last item's sort key as a JSON array). A bad value is a validation error
// on "query.limit" or "query.cursor".
struct Paging {
    int limit = 50;
    std::optional<QJsonArray> after; // the sort key to continue after
};

std::optional<Paging> readPaging(
    const ApiCall& call, int fallback, int max, int keyLength, protocol::FieldErrors& errors);
QString encodeCursor(const QJsonArray& key);

// A list answer's body from a page read with limit + 1 rows: {items: the first `limit` as
// toJson gives them, next_cursor: after the last of those when the extra row shows more}.
template <typename T, typename ToJson, typename KeyOf>
QJsonObject pageJson(const QList<T>& page, int limit, ToJson toJson, KeyOf keyOf)
{
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(page.size(), limit); ++i)
        items.append(toJson(page[i]));
    const bool more = page.size() > limit;
    return {{QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
            more ? QJsonValue(encodeCursor(keyOf(page[limit - 1])))
                 : QJsonValue(QJsonValue::Null)}};
}

// Replies with the problem a failed body parse deserves: 400 when it is not JSON (or a form)
// at all, 422 with the fields otherwise.
template <typename T> bool replyIfInvalid(const ApiCallPtr& call, const protocol::Parsed<T>& parsed)
{
    if (parsed)
        return false;
    if (!parsed.error().malformed.isEmpty())
        call->problem(ProblemType::BadRequest, parsed.error().malformed);
    else
        call->problem(validationProblem(parsed.error().fields));
    return true;
}

} // namespace vt::server
