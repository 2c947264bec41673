#pragma once

#include "Result.h"

#include "http/HttpMessage.h"

#include <QFile>
#include <QString>

#include <memory>

namespace vt::server {

// One JSON line per request: {"time", "id", "remote", "method", "path", "status", "bytes",
// "ms", "user", "org"}. The path leaves out the query (signed links carry their signature
// there); no header or body is ever written, so tokens and passwords cannot reach it.
class AccessLog final {
public:
    // `target`: a file path, "-" for stdout, "off".
    static Result<std::unique_ptr<AccessLog>> open(const QString& target);
    void write(const HttpRequest& request, const HttpResponse& response, qint64 durationUs);

private:
    QFile m_file;
    bool m_off = false;
};

} // namespace vt::server
