#pragma once

#include "Caller.h"

namespace vt::server {

// Every role rule of the API, in one place (docs/api/README.md has the same table).
//
// Tenancy comes first and is not here: every store query is scoped by the caller's org_id,
// so another org's object is never found (404, never a 403 that confirms it exists). Within
// the org:
enum class Action {
    ReadProfile,     // GET /me
    ReadCatalog,     // scenarios and tracks (trainees see published ones only)
    ReadDrafts,      // scenarios that are not published
    ReadAssignments, // the caller's own
    StartCall,       // POST /calls
    CompleteAttempt, // PUT /attempts/{id}: the attempt's owner only
    UploadRecording, // PUT /attempts/{id}/recording: the owner only
    ListAttempts,    // GET /attempts: within what the caller may see
    ReadAttempt,     // GET /attempts/{id} and its recording
    Comment,         // POST /attempts/{id}/comments
    ReadLeaderboard,
    ReadTeam,        // GET /team: managers (their teams), admins and HR (the org)
    ReadVoiceEngine, // a scenario's voice engine and persona prompt: admins
};

class AccessPolicy final {
public:
    // Whether the role may take the action at all.
    static bool allows(Role role, Action action);
    // Whether the caller may see a user's attempts: their own; a manager their team's; admin
    // and HR everyone's in the org.
    static bool canSeeUser(const Caller& caller, const QString& userId, const QString& userTeamId);
    // Whether the caller may comment on that user's attempt: managers for their team, admins
    // for the org; nobody on their own attempt.
    static bool canComment(const Caller& caller, const QString& userId, const QString& userTeamId);
};

} // namespace vt::server
