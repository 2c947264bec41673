#pragma once

#include "ApiResources.h"
#include "Clock.h"
#include "auth/AuthorizationCodes.h"
#include "auth/Jwt.h"
#include "auth/RateLimiter.h"
#include "db/Database.h"
#include "engine/EngineConfig.h"
#include "http/HttpMessage.h"
#include "store/AssignmentStore.h"
#include "store/AttemptStore.h"
#include "store/CatalogStore.h"
#include "store/CommentStore.h"
#include "store/DirectoryStore.h"
#include "store/IdempotencyStore.h"
#include "store/LeaderboardStore.h"
#include "store/TokenStore.h"

#include <QString>

namespace vt::server {

struct PlatformConfig {
    QString dataDir;
    QString publicUrl;      // for links the API hands out; empty: from the request's Host
    QString voicePublicUrl; // where clients reach the gateway; empty: the API host, voicePort
    quint16 voicePort = 0;  // where the voice gateway listens (set once it does)
    qint64 maxJsonBytes = 8 * 1024 * 1024;
    qint64 maxRecordingBytes = 64 * 1024 * 1024;
    qint64 accessTokenSeconds = 15 * 60;
    qint64 voiceTokenSeconds = 10 * 60;
    qint64 recordingUrlSeconds = 5 * 60;
    QList<protocol::Release> releases; // of the desktop app, from --releases
    EngineConfig engines;              // the voice engines, from --engines
};

// Everything the API's routes use, built once by the server's composition root and passed in.
struct Platform {
    Platform(Database& database, const protocol::Clock& clock, QByteArray jwtSecret,
        PlatformConfig config);

    // The address clients reach the platform at: --public-url, else the request's Host.
    QString baseUrl(const HttpRequest& request) const;
    // The voice gateway's address for an attempt: ws(s)://<the base URL's host>:<voice port>/...
    QString voiceUrl(const HttpRequest& request, const QString& attemptId) const;

    Database& db;
    const protocol::Clock& clock;
    QByteArray secret; // signs tokens and recording links
    JwtSigner jwt;
    RateLimiter signIns;
    PlatformConfig config;
    DirectoryStore directory;
    CatalogStore catalog;
    AssignmentStore assignments;
    AttemptStore attempts;
    CommentStore comments;
    TokenStore refreshTokens;
    AuthorizationCodes authorizationCodes;
    IdempotencyStore idempotency;
    LeaderboardStore leaderboard;
};

} // namespace vt::server
