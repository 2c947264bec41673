#include "AccessPolicy.h"

namespace vt::server {

QString roleName(Role role)
{
    switch (role) {
    case Role::Trainee:
        return QStringLiteral("trainee");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Hr:
        break;
    }
    return QStringLiteral("hr");
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::Trainee, Role::Manager, Role::Admin, Role::Hr}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

bool AccessPolicy::allows(Role role, Action action)
{
    switch (action) {
    case Action::ReadProfile:
    case Action::ReadCatalog:
    case Action::ReadAssignments:
    case Action::ListAttempts:
    case Action::ReadAttempt:
    case Action::ReadLeaderboard:
        return true;
    case Action::ReadDrafts:
        return role == Role::Manager || role == Role::Admin;
    case Action::StartCall:
    case Action::CompleteAttempt:
    case Action::UploadRecording:
        // Practice is for everyone who sells or coaches; HR reviews but does not role-play.
        return role != Role::Hr;
    case Action::Comment:
        return role == Role::Manager || role == Role::Admin;
    case Action::ReadTeam:
        return role != Role::Trainee;
    case Action::ReadVoiceEngine:
        return role == Role::Admin;
    }
    return false;
}

bool AccessPolicy::canSeeUser(
    const Caller& caller, const QString& userId, const QString& userTeamId)
{
    if (userId == caller.userId)
        return true;
    switch (caller.role) {
    case Role::Trainee:
        return false;
    case Role::Manager:
        return !userTeamId.isEmpty() && caller.managedTeamIds.contains(userTeamId);
    case Role::Admin:
    case Role::Hr:
        return true;
    }
    return false;
}

bool AccessPolicy::canComment(
    const Caller& caller, const QString& userId, const QString& userTeamId)
{
    if (!allows(caller.role, Action::Comment) || userId == caller.userId)
        return false;
    return canSeeUser(caller, userId, userTeamId);
}

} // namespace vt::server
