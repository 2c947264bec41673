#pragma once

#include "LocalPlatform.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QJsonObject;

namespace vt::net {
class PlatformClient;
}

namespace vt::app {

class LocalPlatform;

// A call with the practice agent on this computer for a hosted platform that cannot be
// reached: the embedded platform started with the platform's scenario (as last synced) and a
// client signed in to it as its trainee. The call's attempt still goes to the hosted
// platform's outbox. Made by PlatformSession::startOfflinePractice; dies with its parent, and
// with it any answer still on its way.
class OfflinePractice final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflinePractice)

public:
    explicit OfflinePractice(QObject* parent = nullptr);
    ~OfflinePractice() override;

    // Starts the platform in `dataDir` (empty: the default) with `scenario`, then signs in;
    // `done` gets an empty error once signed in, else a sentence (at once when the platform
    // cannot start).
    void start(const QString& dataDir, const LocalPlatform::AiProspect& ai,
        const QJsonObject& scenario, std::function<void(const QString& error)> done);
    // Valid once `done` said yes.
    net::PlatformClient& client() { return *m_client; }

private:
    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<net::PlatformClient> m_client;
};

} // namespace vt::app
