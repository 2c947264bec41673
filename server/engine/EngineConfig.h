#pragma once

// Which voice engine plays the prospect, per organisation and per scenario, and how each
// engine is reached (docs/engines.md): the file --engines names. Credentials are never in it:
// it names an environment variable or a file only the server's user can read, and the key is
// read when a call needs it, kept in memory for that call only.

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace vt::server {

// One engine of the file's "engines".
struct EngineSpec {
    enum class Type { Script, Chat };
    QString name; // its key in "engines"
    Type type = Type::Script;
    // chat: an OpenAI-compatible Chat Completions endpoint.
    QUrl url; // the API base, such as https://api.openai.com/v1 (chat/completions is added)
    QString model;
    QString keyEnv;  // the credential's environment variable, or
    QString keyFile; // the file holding it (its first line), readable only by the server's user
    bool apiKeyHeader = false; // "auth": "api-key" (Azure) instead of a bearer token
    double temperature = 0.8;
    int maxTokens = 160;
    int firstTokenTimeoutMs = 10000; // the model's first words, else the call ends
    int replyTimeoutMs = 30000;      // the whole reply
    // The embedded platform only (never read from a file): the key, from the app's keychain,
    // asked for when a call starts.
    std::function<QByteArray()> keyProvider;
};

struct EngineConfig {
    QHash<QString, EngineSpec> engines; // by name
    QString defaultEngine;              // "script" or a name in engines
    struct Org {
        QString engine;                    // empty: the default
        QHash<QString, QString> scenarios; // scenario id -> engine
    };
    QHash<QString, Org> orgs; // by organisation id or name

    // The file's JSON; the error names the file's field ("$.engines.house.url: ...").
    [[nodiscard]] static Result<EngineConfig> parse(const QByteArray& json);
    [[nodiscard]] static Result<EngineConfig> load(const QString& path);

    // The engine for a call; nullptr for the practice script.
    const EngineSpec* engineFor(
        const QString& orgId, const QString& orgName, const QString& scenarioId) const;

    // Every engine's credential can be read (for --check-config); the error names the engine.
    [[nodiscard]] Result<void> checkCredentials() const;
};

// The engine's key: from its environment variable or file; empty when it names neither.
// The error names the variable or file, never the key.
[[nodiscard]] Result<QByteArray> engineCredential(const EngineSpec& spec);

} // namespace vt::server
