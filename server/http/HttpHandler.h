#pragma once

#include "HttpMessage.h"

#include <functional>

namespace vt::server {

// Sends the response to one request. Call it exactly once, now or later, on the server's
// thread; when the client has gone meanwhile it does nothing.
using HttpResponder = std::function<void(HttpResponse)>;

// What the HTTP layer serves: the application behind it (the API).
class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    // Asked once the headers are in: how large a body this request may carry. A larger one is
    // refused with 413 before it is read.
    virtual qint64 maxBodyBytes(const HttpRequest& head) const = 0;
    virtual void handle(HttpRequest request, HttpResponder respond) = 0;
    // A response the HTTP layer made itself (400, 408, 413, ...): its body, as the application
    // formats errors. `detail` says what was wrong.
    virtual HttpResponse protocolError(int status, const QString& detail) const = 0;
};

struct HttpLimits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line and all header fields
    int maxHeaderFields = 100;
    int headerTimeoutMs = 10'000; // from the first byte of a request to the end of its headers
    int bodyTimeoutMs = 30'000;   // without any progress while reading a body
    int idleTimeoutMs = 30'000;   // a kept-alive connection with no request
    int maxConnections = 1024;
    int drainTimeoutMs = 30'000; // graceful shutdown: how long in-flight requests may take
};

} // namespace vt::server
