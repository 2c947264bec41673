#pragma once

#include "VoiceFrames.h"
#include "VoiceMessages.h"
#include "VoiceTiming.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace vt::net {

// The client end of the voice gateway protocol (docs/protocol/voice-gateway.md), on the voice
// transport thread: it owns the WebSocket, says hello, keeps every rep packet of the call so
// it can resend what the gateway missed, reconnects and resumes after a drop, keeps the link
// alive, and turns whatever the peer does wrong into one clear failure. Its slots are called
// through queued connections; its signals carry values, never pointers.
class VoiceTransport final : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Live, Reconnecting, Closed, Failed };
    Q_ENUM(State)
    using Timing = VoiceTiming;

    explicit VoiceTransport(VoiceTiming timing = VoiceTiming(), QObject* parent = nullptr);
    ~VoiceTransport() override;

    static QString describe(State state);
    // The TLS configuration for wss:// (TlsTrust); set before open(), on any thread.
    void setSslConfiguration(const QSslConfiguration& config) { m_ssl = config; }

public Q_SLOTS:
    void open(const QUrl& url, const QString& token, const QString& client);
    // Rep audio, in order from seq 0; kept for the whole call and sent when connected.
    void sendRepAudio(quint32 seq, quint32 timestampMs, const QByteArray& opus);
    void sendPlayback(const QString& utteranceId, qint64 startMs, qint64 playedMs, bool truncated);
    // The rep hangs up: the gateway answers with the last finals and call.end.
    void hangUp();
    // Test hook and sleep handling: drops the connection as a network failure would.
    void dropConnection();
    // Ends everything now (the session is over or abandoned).
    void shutdown();

Q_SIGNALS:
    void stateChanged(vt::net::VoiceTransport::State state, const QString& detail);
    void ready(const vt::protocol::voice::Ready& ready);
    void transcript(const vt::protocol::voice::TranscriptEvent& event);
    void agentState(const vt::protocol::voice::AgentState& state);
    void agentAudio(const vt::protocol::voice::AudioFrame& frame);
    void callEnded(const vt::protocol::voice::CallEnd& end);
    // A failure that ends the call: code from the protocol (unauthorized, bad_frame, ...,
    // no_answer, session_lost) and a sentence for the user.
    void failed(const QString& code, const QString& message);

private:
    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void onBinary(const QByteArray& bytes);
    void onReady(const protocol::voice::Ready& ready);
    void onServerEvent(qint64 seq);
    void tick();
    void sendText(const QByteArray& json);
    // Playback reports and the hang-up: sent in order once the call is live, kept meanwhile.
    void sendControl(const QByteArray& json);
    void flushControl();
    void flushRepAudio();
    void lost(const QString& why);
    void fail(const QString& code, const QString& message, int closeCode = 0);
    void setState(State state, const QString& detail = {});

    Timing m_timing;
    QWebSocket* m_socket = nullptr;
    State m_state = State::Idle;
    QUrl m_url;
    QString m_token;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QString m_client;
    QString m_sessionId;
    bool m_ready = false;    // the current connection got its ready
    bool m_callOver = false; // call.end received
    qint64 m_lastEventSeq = 0;
    qint64 m_lastAgentSeq = -1;
    QList<QByteArray> m_repFrames; // every rep audio frame of the call (seq = index)
    qsizetype m_nextRepToSend = 0;
    QList<QByteArray> m_pendingControl; // control messages waiting for the (re)connection
    QTimer m_ticker;                    // keepalive, peer timeout, hello timeout
    QTimer m_retry;                     // the next reconnection attempt
    int m_retryDelayMs = 0;
    QElapsedTimer m_clock;
    qint64 m_lastReceivedMs = 0;
    qint64 m_lastSentMs = 0;
    qint64 m_helloSentMs = -1;
    qint64 m_pingId = 0;
};

} // namespace vt::net

Q_DECLARE_METATYPE(vt::protocol::voice::Ready)
Q_DECLARE_METATYPE(vt::protocol::voice::TranscriptEvent)
Q_DECLARE_METATYPE(vt::protocol::voice::AgentState)
Q_DECLARE_METATYPE(vt::protocol::voice::AudioFrame)
Q_DECLARE_METATYPE(vt::protocol::voice::CallEnd)
