#pragma once

// The `voicetraining-cli audio` subcommands beside `devices`; each takes the arguments after
// its own name. Internal to the CLI.
#include "Cli.h"

namespace vt::app {

int runAudioMeter(const Settings& settings, const QStringList& args, CliIo io);
int runAudioEchoTest(const Settings& settings, const QStringList& args, CliIo io);
int runAudioEncode(const QStringList& args, CliIo io);
int runAudioDecode(const QStringList& args, CliIo io);

} // namespace vt::app
