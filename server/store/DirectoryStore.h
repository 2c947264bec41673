#pragma once

#include "api/Caller.h"
#include "db/Database.h"

#include <QString>

#include <optional>

namespace vt::server {

struct UserRecord {
    QString id;
    QString orgId;
    QString teamId;
    QString email;
    QString displayName;
    Role role = Role::Trainee;
    QByteArray passwordHash;
    bool disabled = false;
};

struct ProfileRecord {
    QString orgName;
    QString teamName; // of the team the user is in (managers: the team they lead)
    QString teamId;
};

// Orgs, teams and users.
class DirectoryStore final {
public:
    explicit DirectoryStore(Database& db)
        : m_db(db)
    {
    }

    // Sign-in: emails are unique across the platform, compared lowercased.
    std::optional<UserRecord> userByEmail(const QString& email);
    // The caller behind a token: the user must exist in that org and not be disabled.
    std::optional<Caller> caller(const QString& userId, const QString& orgId);
    ProfileRecord profile(const Caller& caller);
    // The organisation's display name; empty when there is no such org.
    QString orgName(const QString& orgId);
    // A user of the org, or nothing (another org's user is not found).
    std::optional<UserRecord> user(const QString& orgId, const QString& userId);
    // The user ids of a team of the org (empty for another org's team).
    QStringList teamMembers(const QString& orgId, const QString& teamId);
    // The org's people who practise (trainees and managers, not disabled), with their team's
    // name, by name; only those in `teamIds` when given.
    QList<std::pair<UserRecord, QString>> practisingMembers(
        const QString& orgId, const std::optional<QStringList>& teamIds);
    bool teamExists(const QString& orgId, const QString& teamId);

    QString createOrg(const QString& name, qint64 nowMs);
    QString createTeam(const QString& orgId, const QString& name, qint64 nowMs);
    void setTeamManager(const QString& teamId, const QString& managerId);
    QString createUser(const UserRecord& user, qint64 nowMs);
    bool isEmpty();

private:
    Database& m_db;
};

QString newId();

} // namespace vt::server
