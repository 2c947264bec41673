#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::server {

// voicetraining-server's command line.
struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    QString database;      // --db; default sqlite:<data dir>/platform.sqlite
    QString dataDir;       // --data-dir; default the user's app data folder
    QString seed;          // --seed demo
    int seedAttempts = 0;  // --seed-attempts N
    QString jwtSecretFile; // default <data dir>/jwt-secret
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxRecordingBytes = 64 * 1024 * 1024;
    QString accessLog = QStringLiteral("-"); // a file, "-" for stdout, "off"
    QString publicUrl;
    bool help = false;
    bool version = false;

    // Parses the arguments after the program name; nothing (and `error`) when wrong.
    static std::optional<ServerOptions> parse(const QStringList& arguments, QString* error);
    static QString usage();
};

} // namespace vt::server
