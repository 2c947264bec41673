// voicetraining-cli: settings, diagnostics, sign-in, sync and headless practice.
#include "BuildInfo.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    vt::app::applyApplicationIdentity();
    return vt::app::Cli::run(QCoreApplication::arguments());
}
