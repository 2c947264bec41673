#include "BrowserSignIn.h"

#include "NetLog.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace vt::net {
namespace {

constexpr qsizetype maxRequestBytes = 16 * 1024;

QString randomText(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

BrowserSignIn::BrowserSignIn(QUrl authorizationEndpoint, Opener openBrowser, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(authorizationEndpoint))
    , m_open(std::move(openBrowser))
    , m_server(new QTcpServer(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(Result{false, {}, {}, {},
            tr("The sign-in in the browser was not finished within %n minute(s).", nullptr,
                m_timeoutMs / 60000)});
    });
    connect(m_server, &QTcpServer::newConnection, this, &BrowserSignIn::onConnection);
}

BrowserSignIn::~BrowserSignIn() = default;

void BrowserSignIn::expectIssuer(const QString& issuer, bool required)
{
    m_issuer = issuer;
    m_issuerRequired = required;
}

QString BrowserSignIn::newVerifier()
{
    return randomText(32);
}

QString BrowserSignIn::challengeOf(const QString& verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void BrowserSignIn::start(std::function<void(const Result&)> done)
{
    m_done = std::move(done);
    // Loopback only, on a port the system picks (RFC 8252 7.3).
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        finish(Result{false, {}, {}, {},
            tr("The app cannot listen for the browser's return: %1").arg(m_server->errorString())});
        return;
    }
    m_verifier = newVerifier();
    m_state = randomText(16);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort());
    QUrl url = m_endpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
        QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    url.setQuery(query);
    m_timer->start(m_timeoutMs);
    if (!m_open(url))
        finish(Result{false, {}, {}, {},
            tr("The browser could not be opened. Open this address yourself: %1")
                .arg(url.toString(QUrl::FullyEncoded))});
}

void BrowserSignIn::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // The answer must outlive this object (deleted as soon as the code is in): the socket
        // goes once the browser has it all.
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(30000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
    }
}

void BrowserSignIn::onRequest(QTcpSocket* socket)
{
    if (!m_done) {
        // The sign-in is over (a second tab, a late reload): say so and close.
        answer(
            socket, 404, tr("Not found"), tr("This sign-in is over. You can close this window."));
        return;
    }
    QByteArray head = socket->property("vt_head").toByteArray() + socket->readAll();
    if (head.size() > maxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("vt_head", head);
        return;
    }
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target(QString::fromLatin1(line.value(1)));
    if (line.value(0) != "GET" || target.path() != QLatin1String("/callback")) {
        // A browser's favicon request, or anything else: not the return we wait for.
        answer(socket, 404, tr("Not found"), tr("This is not a page of Voice AI Training."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state != m_state) {
        // Not the browser this sign-in opened: refuse it and keep waiting.
        qCWarning(lcNet, "browser sign-in: a return with the wrong state was refused");
        answer(socket, 400, tr("Sign-in not recognised"),
            tr("This sign-in was not started by this app. Start it again from Voice AI Training."));
        return;
    }
    // RFC 9207: before anything else in the answer (an error too) is believed.
    if (!m_issuer.isEmpty()) {
        const bool named = query.hasQueryItem(QStringLiteral("iss"));
        const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
        if (named ? iss != m_issuer : m_issuerRequired) {
            qCWarning(
                lcNet, "browser sign-in: a return from issuer \"%s\" was refused", qPrintable(iss));
            answer(socket, 400, tr("Sign-in not recognised"),
                tr("This sign-in did not come from your organisation's sign-in service. "
                   "Start it again from Voice AI Training."));
            finish(Result{false, {}, {}, {},
                named ? tr("The sign-in came back from %1, not from your organisation's sign-in "
                           "service %2, so it was refused. Try again; if it happens again, tell "
                           "your IT department.")
                            .arg(iss, m_issuer)
                      : tr("The sign-in came back without naming the sign-in service (%1 "
                           "always does), so it was refused. Try again; if it happens again, "
                           "tell your IT department.")
                            .arg(m_issuer)});
            return;
        }
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        answer(socket, 200, tr("Sign-in cancelled"), tr("You can close this window."));
        finish(Result{false, {}, {}, {}, tr("The platform did not sign you in (%1).").arg(error)});
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        answer(socket, 400, tr("Sign-in incomplete"), tr("The platform sent no code. Try again."));
        return;
    }
    answer(socket, 200, tr("Signed in"),
        tr("You are signed in. You can close this window and go back to Voice AI Training."));
    finish(Result{true, code, m_verifier, m_redirectUri, {}});
}

void BrowserSignIn::answer(
    QTcpSocket* socket, int status, const QString& title, const QString& text)
{
    const QByteArray body
        = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                         "</head><body style=\"font-family:sans-serif;margin:10vh auto;"
                         "max-width:30rem\"><h1>%1</h1><p>%2</p></body></html>")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
              .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void BrowserSignIn::finish(Result result)
{
    if (!m_done)
        return;
    m_timer->stop();
    m_server->close();
    auto done = std::exchange(m_done, {});
    done(result);
}

} // namespace vt::net
