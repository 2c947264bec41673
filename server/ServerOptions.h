#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::server {

// voicetraining-server's command line.
struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    // The voice gateway, on the same address: --voice-port, else the API's port + 1 (any free
    // port when the API's is 0).
    std::optional<quint16> voicePort;
    QString speechModels;     // --speech-models; default Recognizer::defaultModelDir()
    QString database;         // --db; default sqlite:<data dir>/platform.sqlite
    QString dataDir;          // --data-dir; default the user's app data folder
    QString seed;             // --seed demo
    int seedAttempts = 0;     // --seed-attempts N
    QString jwtSecretFile;    // default <data dir>/jwt-secret
    QString releasesFile;     // --releases: the approved desktop releases (JSON); none by default
    QString enginesFile;      // --engines: the voice engines (docs/engines.md); none: the script
    bool checkConfig = false; // --check-config: validate, read every credential, and exit
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxRecordingBytes = 64 * 1024 * 1024;
    qint64 accessTokenSeconds = 15 * 60;     // --access-token-ttl
    QString accessLog = QStringLiteral("-"); // a file, "-" for stdout, "off"
    QString publicUrl;
    // --voice-public-url: where clients reach the voice gateway when it is behind a reverse
    // proxy (ws:// or wss://, no path); default the API's host with --voice-port.
    QString voicePublicUrl;
    bool help = false;
    bool version = false;

    // Parses the arguments after the program name; the error names the option.
    [[nodiscard]] static Result<ServerOptions> parse(const QStringList& arguments);
    // The help text (needs a QCoreApplication).
    static QString usage();
};

} // namespace vt::server
