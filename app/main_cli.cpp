// voicetraining-cli: settings, diagnostics and (with later issues) headless practice.
#include "BuildInfo.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    vt::app::applyApplicationIdentity();
    return vt::app::Cli::run(QCoreApplication::arguments());
}
