#include "Connectivity.h"

#include "NetLog.h"

#include <QNetworkInformation>

namespace vt::net {

Connectivity::Connectivity(QObject* parent)
    : QObject(parent)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcNet, "connectivity: no system backend; relying on retries");
        return;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    m_backend = info->backendName();
    const auto update = [this](QNetworkInformation::Reachability r) {
        const bool up = r != QNetworkInformation::Reachability::Disconnected;
        if (up == m_up)
            return;
        m_up = up;
        Q_EMIT upChanged(up);
    };
    update(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    qCInfo(
        lcNet, "connectivity: %s backend, network %s", qPrintable(m_backend), m_up ? "up" : "down");
}

} // namespace vt::net
