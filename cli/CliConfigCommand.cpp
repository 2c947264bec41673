// voicetraining-cli config: list, get, set and unset settings, showing where each value
// comes from (default, the user's file, or the managed policy that locks it).
#include "Cli.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vt::app {

class ConfigCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::ConfigCommand)

public:
    static int run(Settings& settings, const QStringList& args, CliIo io);

private:
    static QString usage();
    static QString describeSource(const Settings& settings, const QString& key);
    static int errorExit(const SettingError& error, CliIo io);
    static int list(const Settings& settings, CliIo io);
    static int get(const Settings& settings, const QString& key, bool json, CliIo io);
};

namespace {

QString sourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::User:
        return QStringLiteral("user");
    case SettingSource::Policy:
        return QStringLiteral("policy");
    }
    return {};
}

} // namespace

QString ConfigCommand::usage()
{
    return tr("Usage: voicetraining-cli config list\n"
              "       voicetraining-cli config get <key> [--json]\n"
              "       voicetraining-cli config set <key> <value>\n"
              "       voicetraining-cli config unset <key>\n"
              "\n"
              "Keys are listed by “config list”. Settings named by your organisation's policy\n"
              "are locked and cannot be changed here.\n");
}

// "policy /etc/xdg/VoiceTraining/policy.conf (locked)", "user ~/.config/...", "default"
QString ConfigCommand::describeSource(const Settings& settings, const QString& key)
{
    switch (settings.source(key)) {
    case SettingSource::Default:
        return tr("default");
    case SettingSource::User:
        return tr("user settings %1").arg(settings.userStorePath());
    case SettingSource::Policy:
        return tr("policy %1 (locked)").arg(settings.policy().origin(key));
    }
    return {};
}

int ConfigCommand::errorExit(const SettingError& error, CliIo io)
{
    io.err << QStringLiteral("voicetraining-cli: ") << error.message << '\n';
    return error.code == SettingError::Code::Locked ? exitcode::locked : exitcode::usage;
}

int ConfigCommand::list(const Settings& settings, CliIo io)
{
    for (const SettingSpec& spec : SettingsRegistry::all()) {
        const QString key = QLatin1String(spec.key);
        io.out << QStringLiteral("%1 = %2\n").arg(key, settings.value(key));
        io.out << QStringLiteral("    %1\n").arg(SettingsRegistry::summary(spec));
        io.out << QStringLiteral("    ") << tr("source: %1").arg(describeSource(settings, key))
               << '\n';
    }
    for (const QString& warning : settings.policy().warnings())
        io.err << tr("warning: %1").arg(warning) << '\n';
    return exitcode::ok;
}

int ConfigCommand::get(const Settings& settings, const QString& key, bool json, CliIo io)
{
    if (!SettingsRegistry::find(key)) {
        io.err << tr("voicetraining-cli: there is no setting “%1”; see “config list”.").arg(key)
               << '\n';
        return exitcode::usage;
    }
    if (json) {
        const QJsonObject object{{QStringLiteral("key"), key},
            {QStringLiteral("value"), settings.value(key)},
            {QStringLiteral("source"), sourceName(settings.source(key))},
            {QStringLiteral("locked"), settings.isLocked(key)},
            {QStringLiteral("policy_origin"), settings.policy().origin(key)}};
        io.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return exitcode::ok;
    }
    io.out << QStringLiteral("%1 = %2\n").arg(key, settings.value(key));
    io.out << tr("source: %1").arg(describeSource(settings, key)) << '\n';
    return exitcode::ok;
}

int ConfigCommand::run(Settings& settings, const QStringList& args, CliIo io)
{
    if (args.isEmpty() || args.contains(QLatin1String("--help"))
        || args.contains(QLatin1String("-h"))) {
        (args.isEmpty() ? io.err : io.out) << usage();
        return args.isEmpty() ? exitcode::usage : exitcode::ok;
    }
    const QString& verb = args.first();
    if (verb == QLatin1String("list") && args.size() == 1)
        return list(settings, io);
    if (verb == QLatin1String("get") && (args.size() == 2 || args.size() == 3)) {
        const bool json = args.size() == 3 && args.at(2) == QLatin1String("--json");
        if (args.size() == 2 || json)
            return get(settings, args.at(1), json, io);
    }
    if (verb == QLatin1String("set") && args.size() == 3) {
        if (auto error = settings.setValue(args.at(1), args.at(2)))
            return errorExit(*error, io);
        settings.sync();
        return get(settings, args.at(1), false, io);
    }
    if (verb == QLatin1String("unset") && args.size() == 2) {
        if (auto error = settings.resetValue(args.at(1)))
            return errorExit(*error, io);
        settings.sync();
        return get(settings, args.at(1), false, io);
    }
    io.err << usage();
    return exitcode::usage;
}

int runConfigCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return ConfigCommand::run(settings, args, io);
}

} // namespace vt::app
