#pragma once

#include <QObject>
#include <QString>

namespace vt::net {

// What the operating system says of the network (QNetworkInformation: NetworkManager or GLib
// on Linux, the system APIs on Windows and macOS), reduced to what sync needs: up, or
// certainly down. Anything but "disconnected" counts as up (a site-local or captive network may
// still reach the platform). Without a backend the network is taken as up, and the sync
// engine's backoff and wake checks carry on alone.
class Connectivity final : public QObject {
    Q_OBJECT

public:
    explicit Connectivity(QObject* parent = nullptr);

    QString backend() const { return m_backend; }
    bool isUp() const { return m_up; }

Q_SIGNALS:
    void upChanged(bool up);

private:
    QString m_backend;
    bool m_up = true;
};

} // namespace vt::net
