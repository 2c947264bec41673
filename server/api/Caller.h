#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vt::server {

enum class Role { Trainee, Manager, Admin, Hr };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

// Who is asking: from the verified token, completed from the database on every request (so a
// disabled account or a changed team takes effect at once).
struct Caller {
    QString userId;
    QString orgId;
    Role role = Role::Trainee;
    QString teamId;             // the team the user belongs to, if any
    QStringList managedTeamIds; // managers: the teams they lead
    QString displayName;
    QString email;
};

} // namespace vt::server
