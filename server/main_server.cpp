// voicetraining-server: the reference platform (docs/api/). The composition root is
// PlatformServer; this file is the process around it.
#include "PlatformServer.h"
#include "ServerLog.h"
#include "engine/EngineConfig.h"
#include "platform/ShutdownSignal.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VoiceTraining"));
    QCoreApplication::setApplicationName(QStringLiteral("VoiceTraining"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const vt::Result<vt::server::ServerOptions> options
        = vt::server::ServerOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        err << "voicetraining-server: " << options.error() << "\n"
            << vt::server::ServerOptions::usage();
        return 2;
    }
    if (options->help) {
        out << vt::server::ServerOptions::usage();
        return 0;
    }
    if (options->version) {
        out << "voicetraining-server " << VT_VERSION << "\n";
        return 0;
    }
    if (options->checkConfig) {
        // The options parsed; the engines file and every credential it names must be readable.
        if (!options->enginesFile.isEmpty()) {
            const vt::Result<vt::server::EngineConfig> engines
                = vt::server::EngineConfig::load(options->enginesFile);
            const vt::Result<void> keys = engines ? engines->checkCredentials()
                                                  : vt::Result<void>(vt::failure(engines.error()));
            if (!keys) {
                err << "voicetraining-server: --engines " << keys.error() << '\n';
                return 2;
            }
            out << "voice engines: " << engines->engines.size() << " configured, default \""
                << engines->defaultEngine << "\"\n";
        }
        out << "voicetraining-server: the configuration is valid\n";
        return 0;
    }
    // Catch SIGINT/SIGTERM before anyone can learn the address: a supervisor that stops the
    // server right after "listening on" must get the graceful path, not the default action.
    vt::server::ShutdownSignal signal;
    vt::server::PlatformServer server(*options);
    QStringList report;
    const vt::Result<void> started = server.start(&report);
    for (const QString& line : std::as_const(report))
        out << line << '\n';
    if (!started) {
        err << "voicetraining-server: " << started.error() << '\n';
        return 1;
    }
    out << "voicetraining-server voice gateway on " << server.voiceUrl() << '\n';
    out << "voicetraining-server listening on " << server.url() << Qt::endl;

    QObject::connect(&signal, &vt::server::ShutdownSignal::requested, &server, [&server, &out] {
        out << "voicetraining-server: stopping; finishing requests in flight" << Qt::endl;
        server.shutdown();
    });
    QObject::connect(&server, &vt::server::PlatformServer::stopped, &app, &QCoreApplication::quit);
    return app.exec();
}
