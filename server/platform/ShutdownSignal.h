#pragma once

#include <QObject>

namespace vt::server {

// The operating system asks the server to stop (SIGINT/SIGTERM on Linux and macOS, Ctrl+C or
// a console close on Windows): `requested` is emitted on the Qt thread that created this
// object. One per process.
class ShutdownSignal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignal)

public:
    explicit ShutdownSignal(QObject* parent = nullptr);
    ~ShutdownSignal() override;

Q_SIGNALS:
    void requested();

private:
    struct Private;
    Private* d;
};

} // namespace vt::server
