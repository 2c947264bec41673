#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace vt::net {

// The OS keychain (QtKeychain: Secret Service on Linux, Credential Manager on Windows, the
// Keychain on macOS): the only place a refresh token is kept. Asynchronous; callbacks run on
// the thread the Keychain lives on. Entries are per account under one service name.
class Keychain final : public QObject {
    Q_OBJECT

public:
    struct Result {
        enum class Status { Ok, NotFound, Unavailable, Failed };
        Status status = Status::Ok;
        QString secret; // read(): the secret when Ok
        QString error;  // a sentence when not Ok (never contains the secret)
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit Keychain(QString service, QObject* parent = nullptr);

    // `context`: the callback is dropped if it is destroyed first (default: the Keychain).
    void read(const QString& account, Callback done, QObject* context = nullptr);
    void write(
        const QString& account, const QString& secret, Callback done, QObject* context = nullptr);
    // Removing an entry that is not there succeeds.
    void remove(const QString& account, Callback done, QObject* context = nullptr);
    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace vt::net
