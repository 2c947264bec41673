#pragma once

#include "HttpHandler.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace vt::server {

// One client's TCP connection, HTTP/1.1 (RFC 9112): reads requests one at a time (the next is
// parsed only after the current one's response is out, which keeps pipelined responses in
// order), enforces the limits, hands complete requests to the handler and writes its
// responses. Keep-alive by default, close on request, on HTTP/1.0 without keep-alive, on any
// protocol error and while the server drains.
//
// State and timers: Idle (waiting for a request: idleTimeoutMs) → Head (headerTimeoutMs from
// its first byte) → Body (bodyTimeoutMs without progress) → Handling (no timer: the
// application answers) → Idle or closed.
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket* socket, HttpHandler& handler, const HttpLimits& limits,
        std::function<quint64()> nextRequestId, QObject* parent = nullptr);
    ~HttpConnection() override;

    // A request is arriving or being answered: shutdown waits for it.
    bool isBusy() const
    {
        return m_state == State::Head || m_state == State::Body || m_state == State::Handling;
    }
    // Graceful shutdown: an idle connection closes now, a busy one after its response.
    void drain();

Q_SIGNALS:
    void requestStarted();
    void requestFinished(const vt::server::HttpRequest& request,
        const vt::server::HttpResponse& response, qint64 durationUs);
    void closed();

private:
    enum class State { Idle, Head, Body, Handling, Closing };
    enum class BodyMode { None, Length, Chunked };

    void onReadyRead();
    void parse();
    bool parseHead(); // false: need more bytes (or failed and is closing)
    bool readBody();  // false: need more bytes
    bool readChunkedBody();
    void dispatch();
    void respond(quint64 sequence, const HttpResponse& response);
    void fail(int status, const QString& detail);
    void write(const HttpRequest& request, const HttpResponse& response, bool close);
    void closeSoon();
    void armTimer(int ms);
    void onTimeout();

    QTcpSocket* m_socket;
    HttpHandler& m_handler;
    HttpLimits m_limits;
    std::function<quint64()> m_nextRequestId;
    QTimer m_timer;      // the current state's deadline (idle, head, body, lingering)
    QTimer m_parseLater; // zero-time: the next pipelined request, after the current event
    State m_state = State::Idle;
    QByteArray m_buffer; // received, not yet parsed
    HttpRequest m_request;
    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_bodyRemaining = 0; // Length: bytes to go; Chunked: bytes left in the current chunk
    qint64 m_bodyLimit = 0;
    bool m_chunkTrailers = false;
    bool m_closeAfter = false;
    bool m_draining = false;
    bool m_lingering = false; // refused with the body still arriving: drain it, then close
    qint64 m_discarded = 0;
    quint64 m_sequence = 0; // of the request being handled
};

} // namespace vt::server
