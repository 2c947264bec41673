#pragma once

#include "ApiResources.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace vt::net {

class LocalStore;

// Who is signed in to a platform, as the local store remembers it for offline starts and
// `voicetraining-cli status`. Never a token: refresh tokens live in the OS keychain only.
struct Account {
    QString platform; // the platform's key (PlatformClient::key())
    QUrl url;
    QString email;
    QString userId;
    QString displayName;
    QString role; // trainee, manager, admin or hr: from the token answer, then /me
    QString orgId;
    QString orgName;
    QString teamName;
    qint64 signedInAt = 0; // Unix ms

    // Fills the user, org and team from a GET /api/v1/me answer.
    void takeMe(const protocol::Me& me);
};

std::optional<Account> readAccount(LocalStore& store, const QString& platform);
bool writeAccount(LocalStore& store, const Account& account);
// Forgets the account and the platform's cached answers (the outbox is kept: it still holds
// the rep's attempts, sent at the next sign-in).
bool forgetAccount(LocalStore& store, const QString& platform);

} // namespace vt::net
