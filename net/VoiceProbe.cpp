#include "VoiceProbe.h"

#include "VoiceFrames.h"
#include "VoiceMessages.h"

#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace vt::net {

namespace voice = protocol::voice;

VoiceProbe::VoiceProbe(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

void VoiceProbe::run(const QUrl& base, std::function<void(const Result&)> done)
{
    m_done = std::move(done);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(false,
            m_helloSent
                ? tr("The voice gateway did not answer the hello within %1 s.")
                      .arg(timeoutMs / 1000)
                : tr("The voice gateway could not be reached within %1 s.").arg(timeoutMs / 1000));
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        if (m_socket->subprotocol() != QLatin1String(voice::subprotocol)) {
            finish(false,
                tr("The voice gateway does not speak %1: this app and the platform "
                   "need updating to the same version.")
                    .arg(QLatin1String(voice::subprotocol)));
            return;
        }
        voice::Hello hello;
        hello.token = QStringLiteral("diagnostic-probe");
        hello.client = QStringLiteral("voicetraining-doctor");
        m_socket->sendTextMessage(QString::fromUtf8(voice::toJson(hello)));
        m_helloSent = true;
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const int code = int(m_socket->closeCode());
        // The probe's hello names no real call: a gateway that speaks the protocol refuses it
        // as unauthorized (4401) or as a call it does not know (4404).
        if (m_helloSent && (code == 4401 || code == 4404))
            finish(true,
                tr("The voice gateway answers, speaks %1 and refuses a call it does not "
                   "know, as it should.")
                    .arg(QLatin1String(voice::subprotocol)));
        else if (m_helloSent)
            finish(false,
                tr("The voice gateway closed the connection unexpectedly (code %1: %2).")
                    .arg(code)
                    .arg(m_socket->closeReason()));
        else
            finish(false,
                tr("The voice gateway could not be reached: %1.").arg(m_socket->errorString()));
    });
    QUrl url = base;
    url.setPath(url.path() + QStringLiteral("diagnostic"));
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(voice::subprotocol)});
    m_timer->start(timeoutMs);
    m_socket->setSslConfiguration(m_ssl);
    m_socket->open(QNetworkRequest(url), options);
}

void VoiceProbe::finish(bool ok, const QString& detail)
{
    if (!m_done)
        return;
    m_timer->stop();
    auto done = std::exchange(m_done, {});
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    done(Result{ok, detail});
}

} // namespace vt::net
