-- The platform's schema, version 1. Runs on SQLite and PostgreSQL alike: ids are UUID text,
-- times are milliseconds since the epoch (BIGINT), flags are INTEGER 0/1, JSON is TEXT.

CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    name TEXT NOT NULL,
    manager_id TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX teams_org ON teams (org_id);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    team_id TEXT REFERENCES teams (id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('trainee', 'manager', 'admin', 'hr')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX users_org_team ON users (org_id, team_id);

CREATE TABLE scenarios (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    difficulty TEXT NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    duration_minutes INTEGER NOT NULL,
    persona TEXT NOT NULL,
    briefing TEXT NOT NULL,
    scoring TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX scenarios_org_status ON scenarios (org_id, status);

CREATE TABLE tracks (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tracks_org ON tracks (org_id);

CREATE TABLE track_scenarios (
    track_id TEXT NOT NULL REFERENCES tracks (id),
    position INTEGER NOT NULL,
    scenario_id TEXT NOT NULL REFERENCES scenarios (id),
    prerequisites TEXT NOT NULL,
    PRIMARY KEY (track_id, position)
);

CREATE TABLE assignments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    scenario_id TEXT REFERENCES scenarios (id),
    track_id TEXT REFERENCES tracks (id),
    user_id TEXT REFERENCES users (id),
    team_id TEXT REFERENCES teams (id),
    assigned_by TEXT NOT NULL REFERENCES users (id),
    due_at BIGINT,
    pass_threshold DOUBLE PRECISION NOT NULL,
    assessment INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CHECK ((scenario_id IS NULL) <> (track_id IS NULL)),
    CHECK ((user_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX assignments_user ON assignments (org_id, user_id);
CREATE INDEX assignments_team ON assignments (org_id, team_id);

CREATE TABLE scenario_attempts (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    scenario_id TEXT NOT NULL REFERENCES scenarios (id),
    assignment_id TEXT REFERENCES assignments (id),
    status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    completed_at BIGINT,
    duration_ms BIGINT,
    score DOUBLE PRECISION,
    passed INTEGER,
    pass_score DOUBLE PRECISION,
    scoring_version TEXT,
    client_score DOUBLE PRECISION,
    client_scoring_version TEXT,
    client_version TEXT,
    interrupted INTEGER,
    ended_by TEXT,
    score_mismatch INTEGER NOT NULL DEFAULT 0,
    completion_hash TEXT,
    recording_path TEXT,
    recording_bytes BIGINT,
    recording_sha256 TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The large JSON columns come last: SQLite reads a row's columns in order, so the small
    -- ones above never wait behind a transcript's overflow pages.
    transcript TEXT,
    kpis TEXT,
    score_breakdown TEXT,
    client_kpis TEXT,
    client_breakdown TEXT,
    turn_latencies TEXT,
    feedback TEXT
);
-- Lists: an org's attempts newest first, or one user's. The leaderboard: an org's completed
-- attempts by completion time, covering what it aggregates so no row is read.
CREATE INDEX attempts_org_started ON scenario_attempts (org_id, started_at, id);
CREATE INDEX attempts_org_user_started ON scenario_attempts (org_id, user_id, started_at, id);
CREATE INDEX attempts_leaderboard ON scenario_attempts (org_id, status, completed_at, user_id, scenario_id, score, passed);
-- Assignment progress: a user's best completed score per scenario, from the index alone.
CREATE INDEX attempts_user_best ON scenario_attempts (org_id, user_id, status, scenario_id, score, started_at);

CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    attempt_id TEXT NOT NULL REFERENCES scenario_attempts (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    span_start_ms BIGINT,
    span_end_ms BIGINT,
    utterance_id TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX comments_attempt ON comments (attempt_id, created_at);

CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    family_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    revoked_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE idempotency_keys (
    org_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response_headers TEXT NOT NULL,
    response_body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id, idem_key)
);
