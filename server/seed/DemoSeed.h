#pragma once

#include <QList>
#include <QString>

namespace vt::server {

struct Platform;

// `--seed demo`: a platform to try and to test against. Org "Summit Lending" (a manager, an
// admin, an HR partner and three trainees in the "Refinance Desk" team), org "Harbor
// Mortgage" with its own users, scenario and attempts (for isolation), three published
// loan-officer scenarios and a draft, a track, assignments (one overdue), and completed attempts
// scored by the platform. `extraAttempts` more completed attempts spread over the last 60 days feed
// load tests. Passwords are random, printed once and written to <data dir>/demo-credentials.json
// (readable by the owner only). Does nothing on a database that already has an org.
class DemoSeed final {
public:
    struct Account {
        QString org;
        QString role;
        QString name;
        QString email;
        QString password;
    };
    struct Result {
        bool created = false;
        QList<Account> accounts;
        QString credentialsFile;
        int attempts = 0;
    };

    static Result run(Platform& platform, int extraAttempts);
};

} // namespace vt::server
