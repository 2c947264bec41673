#include "OfflinePractice.h"

#include "LocalPlatform.h"

#include "PlatformClient.h"

#include <QJsonObject>

namespace vt::app {

OfflinePractice::OfflinePractice(QObject* parent)
    : QObject(parent)
{
}

OfflinePractice::~OfflinePractice()
{
    m_client.reset(); // its answers die before the platform it talks to
}

void OfflinePractice::start(const QString& dataDir, const LocalPlatform::AiProspect& ai,
    const QJsonObject& scenario, std::function<void(const QString& error)> done)
{
    m_platform = std::make_unique<LocalPlatform>();
    m_platform->setAiProspect(ai);
    Result<void> ready = m_platform->start(dataDir);
    if (ready)
        ready = m_platform->importScenario(scenario);
    if (!ready) {
        m_platform.reset();
        done(ready.error());
        return;
    }
    m_client = std::make_unique<net::PlatformClient>(m_platform->url());
    m_client->setKey(QStringLiteral("local"));
    // The client is this object's: its answer never comes once this object is gone.
    m_client->signIn(m_platform->traineeEmail(), m_platform->traineePassword(),
        [done = std::move(done)](const net::ApiResult& r) {
            done(r.error.isError()
                    ? tr("The practice platform on this computer did not sign you in: %1")
                          .arg(r.error.message)
                    : QString());
        });
}

} // namespace vt::app
