#include "DirectoryStore.h"

#include "db/Sql.h"

#include <QUuid>

namespace vt::server {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

UserRecord userFrom(const Sql& q)
{
    UserRecord u;
    u.id = q.text(0);
    u.orgId = q.text(1);
    u.teamId = q.text(2);
    u.email = q.text(3);
    u.displayName = q.text(4);
    u.role = roleFromName(q.text(5)).value_or(Role::Trainee);
    u.passwordHash = q.text(6).toLatin1();
    u.disabled = q.flag(7);
    return u;
}

const QString userColumns
    = QStringLiteral("id, org_id, team_id, email, display_name, role, password_hash, disabled");

} // namespace

std::optional<UserRecord> DirectoryStore::userByEmail(const QString& email)
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(userColumns));
    q.bind(email.trimmed().toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<UserRecord> DirectoryStore::user(const QString& orgId, const QString& userId)
{
    Sql q(
        m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ? AND org_id = ?").arg(userColumns));
    q.bind(userId.toLower()).bind(orgId).exec();
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<Caller> DirectoryStore::caller(const QString& userId, const QString& orgId)
{
    const std::optional<UserRecord> u = user(orgId, userId);
    if (!u || u->disabled)
        return std::nullopt;
    Caller caller;
    caller.userId = u->id;
    caller.orgId = u->orgId;
    caller.role = u->role;
    caller.teamId = u->teamId;
    caller.displayName = u->displayName;
    caller.email = u->email;
    Sql teams(m_db,
        QStringLiteral("SELECT id FROM teams WHERE org_id = ? AND manager_id = ? ORDER BY id"));
    teams.bind(orgId).bind(u->id).exec();
    while (teams.next())
        caller.managedTeamIds.append(teams.text(0));
    return caller;
}

QString DirectoryStore::orgName(const QString& orgId)
{
    Sql org(m_db, QStringLiteral("SELECT name FROM orgs WHERE id = ?"));
    org.bind(orgId).exec();
    return org.next() ? org.text(0) : QString();
}

ProfileRecord DirectoryStore::profile(const Caller& caller)
{
    ProfileRecord p;
    p.orgName = orgName(caller.orgId);
    p.teamId = !caller.teamId.isEmpty() ? caller.teamId : caller.managedTeamIds.value(0);
    if (!p.teamId.isEmpty()) {
        Sql team(m_db, QStringLiteral("SELECT name FROM teams WHERE id = ? AND org_id = ?"));
        team.bind(p.teamId).bind(caller.orgId).exec();
        if (team.next())
            p.teamName = team.text(0);
    }
    return p;
}

QStringList DirectoryStore::teamMembers(const QString& orgId, const QString& teamId)
{
    QStringList ids;
    Sql q(
        m_db, QStringLiteral("SELECT id FROM users WHERE org_id = ? AND team_id = ? ORDER BY id"));
    q.bind(orgId).bind(teamId).exec();
    while (q.next())
        ids.append(q.text(0));
    return ids;
}

QList<std::pair<UserRecord, QString>> DirectoryStore::practisingMembers(
    const QString& orgId, const std::optional<QStringList>& teamIds)
{
    Sql q(m_db,
        QStringLiteral("SELECT u.id, u.org_id, u.team_id, u.email, u.display_name, u.role, "
                       "u.password_hash, u.disabled, t.name FROM users u LEFT JOIN teams t ON "
                       "t.id = u.team_id WHERE u.org_id = ? AND u.disabled = 0 AND u.role IN "
                       "('trainee', 'manager') ORDER BY u.display_name, u.id"));
    q.bind(orgId).exec();
    QList<std::pair<UserRecord, QString>> out;
    while (q.next()) {
        UserRecord u = userFrom(q);
        if (teamIds && !teamIds->contains(u.teamId))
            continue;
        out.append({std::move(u), q.text(8)});
    }
    return out;
}

bool DirectoryStore::teamExists(const QString& orgId, const QString& teamId)
{
    Sql q(m_db, QStringLiteral("SELECT 1 FROM teams WHERE org_id = ? AND id = ?"));
    q.bind(orgId).bind(teamId.toLower()).exec();
    return q.next();
}

QString DirectoryStore::createOrg(const QString& name, qint64 nowMs)
{
    QString id = newId();
    Sql(m_db, QStringLiteral("INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)"))
        .bind(id)
        .bind(name)
        .bind(nowMs)
        .exec();
    return id;
}

QString DirectoryStore::createTeam(const QString& orgId, const QString& name, qint64 nowMs)
{
    QString id = newId();
    Sql(m_db,
        QStringLiteral("INSERT INTO teams (id, org_id, name, created_at) VALUES (?, ?, ?, ?)"))
        .bind(id)
        .bind(orgId)
        .bind(name)
        .bind(nowMs)
        .exec();
    return id;
}

void DirectoryStore::setTeamManager(const QString& teamId, const QString& managerId)
{
    Sql(m_db, QStringLiteral("UPDATE teams SET manager_id = ? WHERE id = ?"))
        .bind(managerId)
        .bind(teamId)
        .exec();
}

QString DirectoryStore::createUser(const UserRecord& user, qint64 nowMs)
{
    QString id = user.id.isEmpty() ? newId() : user.id;
    Sql(m_db,
        QStringLiteral("INSERT INTO users (id, org_id, team_id, email, display_name, role, "
                       "password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(user.orgId)
        .bind(user.teamId.isEmpty() ? QVariant() : QVariant(user.teamId))
        .bind(user.email.trimmed().toLower())
        .bind(user.displayName)
        .bind(roleName(user.role))
        .bind(QString::fromLatin1(user.passwordHash))
        .bind(user.disabled)
        .bind(nowMs)
        .exec();
    return id;
}

bool DirectoryStore::isEmpty()
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM orgs"));
    q.exec();
    return !q.next() || q.integer(0) == 0;
}

} // namespace vt::server
