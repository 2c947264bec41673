#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <chrono>

namespace vt::server {
namespace {

constexpr qsizetype maxTargetBytes = qsizetype(8) * 1024;
constexpr qsizetype maxChunkLineBytes = 1024;
constexpr qint64 socketReadBufferBytes = qint64(256) * 1024;
constexpr int lingerMs = 2000;
constexpr qint64 lingerMaxBytes = qint64(64) * 1024 * 1024;

qint64 monotonicUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// RFC 9110 token characters (method and field names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// Field values: visible ASCII, obs-text, space and tab; no control characters.
bool isFieldValue(QByteArrayView s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7F);
    });
}

bool allDigits(QByteArrayView s)
{
    return !s.isEmpty() && s.size() <= 18
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(
            QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, HttpHandler& handler, const HttpLimits& limits,
    std::function<quint64()> nextRequestId, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_nextRequestId(std::move(nextRequestId))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_parseLater.setSingleShot(true);
    m_parseLater.setInterval(0);
    connect(&m_parseLater, &QTimer::timeout, this, &HttpConnection::parse);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closing;
        m_timer.stop();
        Q_EMIT closed();
        deleteLater();
    });
    armTimer(m_limits.idleTimeoutMs);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::drain()
{
    m_draining = true;
    if (m_state == State::Idle && m_buffer.isEmpty())
        closeSoon();
}

void HttpConnection::armTimer(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        closeSoon();
        break;
    case State::Head:
        fail(408, QStringLiteral("the request headers did not arrive in time"));
        break;
    case State::Body:
        fail(408, QStringLiteral("the request body stopped arriving"));
        break;
    case State::Closing:
        if (m_lingering) // the lingering time after a refusal is over
            m_socket->disconnectFromHost();
        break;
    case State::Handling:
        break;
    }
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing && m_lingering) {
        // After refusing a request whose body is still coming: read and drop it for a while,
        // so the client gets to read the answer before the connection closes under it.
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > lingerMaxBytes)
            m_socket->abort();
        return;
    }
    if (m_state == State::Handling || m_state == State::Closing)
        return; // the socket's bounded buffer holds the rest until the response is out
    parse();
}

void HttpConnection::parse()
{
    for (;;) {
        if (m_state == State::Handling || m_state == State::Closing)
            return;
        // Read what the socket has: while in a head, up to one byte past the head limit (which
        // then fails); while in a body, what is still due, a bounded piece at a time.
        qint64 want = 0;
        if (m_state == State::Body && m_bodyMode == BodyMode::Length)
            want = std::min<qint64>(m_bodyRemaining - m_buffer.size(), socketReadBufferBytes);
        else if (m_state == State::Body)
            want = socketReadBufferBytes - std::min<qint64>(m_buffer.size(), socketReadBufferBytes);
        else
            want = m_limits.maxHeaderBytes + 1
                - std::min<qint64>(m_buffer.size(), m_limits.maxHeaderBytes + 1);
        qint64 got = 0;
        if (want > 0 && m_socket->bytesAvailable() > 0) {
            const QByteArray bytes = m_socket->read(want);
            got = bytes.size();
            m_buffer.append(bytes);
        }
        const bool progressed = m_state == State::Body ? readBody() : parseHead();
        if (!progressed && got == 0)
            return; // waiting for the client
    }
}

bool HttpConnection::parseHead()
{
    // Empty lines before a request line are allowed (RFC 9112 section 2.2).
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
    if (m_buffer.isEmpty())
        return false;
    if (m_state == State::Idle) {
        m_state = State::Head;
        m_request = HttpRequest{};
        m_request.startedUs = monotonicUs();
        armTimer(m_limits.headerTimeoutMs);
    }
    // Not HTTP at all (a TLS handshake, a binary protocol): say so at once, not at the timeout.
    if (!isTokenChar(m_buffer.front())) {
        fail(400, QStringLiteral("this is not an HTTP request"));
        return false;
    }
    // A request line that does not end within its limit.
    if (m_buffer.indexOf('\n') < 0) {
        if (m_buffer.size() > std::min<qsizetype>(maxTargetBytes + 64, m_limits.maxHeaderBytes))
            fail(414,
                QStringLiteral("the request line is longer than %1 bytes").arg(maxTargetBytes));
        return false;
    }
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype endLength = 4;
    if (const qsizetype bare = m_buffer.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
        end = bare;
        endLength = 2;
    }
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            fail(431,
                QStringLiteral("the request line and headers exceed %1 bytes")
                    .arg(m_limits.maxHeaderBytes));
        return false;
    }
    if (end > m_limits.maxHeaderBytes) {
        fail(431,
            QStringLiteral("the request line and headers exceed %1 bytes")
                .arg(m_limits.maxHeaderBytes));
        return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + endLength);

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // Request line: method SP target SP version.
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts[0])) {
        fail(400, QStringLiteral("the request line is malformed"));
        return false;
    }
    HttpRequest& r = m_request;
    r.method = parts[0];
    r.target = parts[1];
    if (parts[2] == "HTTP/1.1") {
        r.minorVersion = 1;
    } else if (parts[2] == "HTTP/1.0") {
        r.minorVersion = 0;
    } else if (parts[2].startsWith("HTTP/") && parts[2].size() == 8) {
        fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are spoken here"));
        return false;
    } else {
        fail(400, QStringLiteral("the request line is malformed"));
        return false;
    }
    if (r.target.size() > maxTargetBytes) {
        fail(414, QStringLiteral("the request target is longer than %1 bytes").arg(maxTargetBytes));
        return false;
    }
    QByteArray target = r.target;
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/') || !isFieldValue(target) || target.contains(' ')) {
        fail(400, QStringLiteral("the request target must be a path"));
        return false;
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    const QByteArray decodedPath = QByteArray::fromPercentEncoding(rawPath);
    r.path = QString::fromUtf8(decodedPath);
    if (r.path.toUtf8() != decodedPath || decodedPath.contains('\0')) {
        fail(400, QStringLiteral("the request path is not valid UTF-8"));
        return false;
    }
    if (question >= 0)
        r.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));

    // Header fields.
    if (lines.size() - 1 > m_limits.maxHeaderFields) {
        fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaderFields));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0
            || !isToken(QByteArrayView(line).first(colon))) {
            fail(400, QStringLiteral("header line %1 is malformed").arg(i));
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value)) {
            fail(400, QStringLiteral("header line %1 has control characters").arg(i));
            return false;
        }
        r.headers.add(line.left(colon).toLower(), value);
    }
    if (r.minorVersion == 1 && r.headers.values("host").size() != 1) {
        fail(400, QStringLiteral("an HTTP/1.1 request needs exactly one Host field"));
        return false;
    }
    const QByteArray connection = r.headers.value("connection").toLower();
    m_closeAfter = connection.contains("close")
        || (r.minorVersion == 0 && !connection.contains("keep-alive"));

    // The body: its framing (RFC 9112 section 6.3) and its limit.
    const QList<QByteArray> lengths = r.headers.values("content-length");
    const bool chunked = r.headers.contains("transfer-encoding");
    if (chunked && !lengths.isEmpty()) {
        fail(400, QStringLiteral("Content-Length and Transfer-Encoding together are not allowed"));
        return false;
    }
    m_bodyLimit = m_handler.maxBodyBytes(r);
    m_bodyMode = BodyMode::None;
    m_bodyRemaining = 0;
    if (chunked) {
        if (r.headers.value("transfer-encoding").trimmed().toLower() != "chunked") {
            fail(501, QStringLiteral("only the chunked transfer coding is understood"));
            return false;
        }
        m_bodyMode = BodyMode::Chunked;
        m_chunkTrailers = false;
        m_bodyRemaining = -1; // expecting a chunk-size line
    } else if (!lengths.isEmpty()) {
        const QByteArray first = lengths.first().trimmed();
        if (!allDigits(first)
            || std::any_of(lengths.begin(), lengths.end(),
                [&](const QByteArray& l) { return l.trimmed() != first; })) {
            fail(400, QStringLiteral("Content-Length is not a single number"));
            return false;
        }
        const qint64 length = first.toLongLong();
        if (length > m_bodyLimit) {
            fail(413,
                QStringLiteral("the body is %1 bytes; at most %2 are accepted here")
                    .arg(length)
                    .arg(m_bodyLimit));
            return false;
        }
        if (length > 0) {
            m_bodyMode = BodyMode::Length;
            m_bodyRemaining = length;
        }
    }
    if (m_bodyMode != BodyMode::None) {
        const QByteArray expect = r.headers.value("expect").toLower();
        if (!expect.isEmpty()) {
            if (expect != "100-continue") {
                fail(417, QStringLiteral("only Expect: 100-continue is understood"));
                return false;
            }
            if (r.minorVersion == 1 && m_buffer.isEmpty())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        m_state = State::Body;
        armTimer(m_limits.bodyTimeoutMs);
        return true;
    }
    dispatch();
    return true;
}

bool HttpConnection::readBody()
{
    if (m_bodyMode == BodyMode::Chunked)
        return readChunkedBody();
    if (m_buffer.isEmpty())
        return false;
    const qint64 take = std::min<qint64>(m_bodyRemaining, m_buffer.size());
    m_request.body.append(m_buffer.constData(), take);
    m_buffer.remove(0, take);
    m_bodyRemaining -= take;
    armTimer(m_limits.bodyTimeoutMs);
    if (m_bodyRemaining > 0)
        return false;
    dispatch();
    return true;
}

bool HttpConnection::readChunkedBody()
{
    for (;;) {
        if (m_bodyRemaining < 0) { // a chunk-size line, or trailer lines after the last chunk
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_buffer.size() > maxChunkLineBytes)
                    fail(400, QStringLiteral("a chunk header line is too long"));
                return false;
            }
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_chunkTrailers) {
                if (line.isEmpty()) {
                    dispatch();
                    return true;
                }
                continue; // trailer fields are read and ignored
            }
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = false;
            const qint64 n = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
            if (!ok || n < 0) {
                fail(400, QStringLiteral("a chunk size is malformed"));
                return false;
            }
            if (m_request.body.size() + n > m_bodyLimit) {
                fail(413,
                    QStringLiteral("the body is larger than the %1 bytes accepted here")
                        .arg(m_bodyLimit));
                return false;
            }
            if (n == 0) {
                m_chunkTrailers = true;
                continue;
            }
            m_bodyRemaining = n + 2; // the data and its CRLF
            armTimer(m_limits.bodyTimeoutMs);
            continue;
        }
        if (m_buffer.isEmpty())
            return false;
        const qint64 take = std::min<qint64>(m_bodyRemaining, m_buffer.size());
        const qint64 data = std::max<qint64>(0, std::min<qint64>(take, m_bodyRemaining - 2));
        m_request.body.append(m_buffer.constData(), data);
        m_buffer.remove(0, take);
        m_bodyRemaining -= take;
        armTimer(m_limits.bodyTimeoutMs);
        if (m_bodyRemaining == 0)
            m_bodyRemaining = -1;
        else
            return false;
    }
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    m_timer.stop();
    m_request.peer = m_socket->peerAddress();
    m_request.id = m_nextRequestId();
    const quint64 sequence = ++m_sequence;
    Q_EMIT requestStarted();
    QPointer<HttpConnection> self(this);
    HttpRequest request = m_request;
    m_handler.handle(std::move(request), [self, sequence](const HttpResponse& response) {
        if (self)
            self->respond(sequence, response);
    });
}

void HttpConnection::respond(quint64 sequence, const HttpResponse& response)
{
    if (sequence != m_sequence || m_state != State::Handling)
        return;
    const bool close
        = m_closeAfter || m_draining || response.headers.value("connection").toLower() == "close";
    write(m_request, response, close);
    if (close) {
        closeSoon();
        return;
    }
    m_state = State::Idle;
    armTimer(m_limits.idleTimeoutMs);
    // Pipelined requests wait in the buffer or the socket; go on with them later, outside the
    // handler's call stack.
    m_parseLater.start();
}

void HttpConnection::fail(int status, const QString& detail)
{
    if (m_state == State::Closing)
        return;
    const bool bodyStillComing = m_state == State::Body || status == 413;
    HttpResponse response = m_handler.protocolError(status, detail);
    if (m_request.startedUs == 0)
        m_request.startedUs = monotonicUs();
    m_request.peer = m_socket->peerAddress();
    if (m_request.id == 0)
        m_request.id = m_nextRequestId();
    write(m_request, response, true);
    if (bodyStillComing) {
        m_state = State::Closing;
        m_lingering = true;
        armTimer(lingerMs);
        onReadyRead();
        return;
    }
    closeSoon();
}

void HttpConnection::write(const HttpRequest& request, const HttpResponse& response, bool close)
{
    const bool bodyless = response.status == 204 || response.status == 304;
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    for (const auto& [name, value] : response.headers.fields()) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0
            || name.compare("content-length", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (request.minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!bodyless && request.method != "HEAD")
        out += response.body;
    m_socket->write(out);
    Q_EMIT requestFinished(request, response, monotonicUs() - request.startedUs);
}

void HttpConnection::closeSoon()
{
    m_state = State::Closing;
    m_timer.stop();
    m_socket->disconnectFromHost(); // after the written bytes are sent
}

} // namespace vt::server
