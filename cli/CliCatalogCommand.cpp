// voicetraining-cli scenarios | assignments: what the rep can practise and what they were
// given to do, from the platform, or from this computer's copy (marked with its time) when
// the platform cannot be reached.
#include "Cli.h"
#include "CliPlatform.h"
#include "CliWait.h"

#include "LocalStore.h"
#include "PlatformApi.h"

#include <QDateTime>

namespace vt::app {
namespace {

class CatalogCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::CatalogCommand)

public:
    CatalogCommand(const Settings& settings, CliIo io)
        : m_io(io)
        , m_platform(io, settings)
    {
    }
    int runScenarios(const QStringList& args);
    int runAssignments(const QStringList& args);

private:
    static QString usage(const QString& command);
    std::optional<int> parse(const QStringList& args, const QString& command);
    // Opens the platform's API; false (said on stderr) when signing in fails.
    bool open();
    // Says where the list comes from when it is not fresh; false when there is none.
    template <typename T> bool report(const net::Fetched<T>& f, const QString& what);

    CliIo m_io;
    CliPlatform m_platform;
    protocol::SystemClock m_clock;
    std::unique_ptr<net::PlatformApi> m_api;
};

QString CatalogCommand::usage(const QString& command)
{
    const QString what = command == QLatin1String("scenarios")
        ? tr("Lists the scenarios you can practise: id, difficulty, minutes and title.\n")
        : tr("Lists your assignments by due date: what, when it is due (and whether it is\n"
             "overdue), the score to pass, your progress and best score so far.\n");
    return tr("Usage: voicetraining-cli %1 [--local | --server URL]\n"
              "\n"
              "%2"
              "When the platform cannot be reached, shows this computer's copy from the last\n"
              "sync, and says when that was.\n"
              "\n"
              "%3")
        .arg(command, what, CliPlatform::optionsHelp());
}

std::optional<int> CatalogCommand::parse(const QStringList& args, const QString& command)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool bad = false;
        if (args.at(i) == QLatin1String("--help") || args.at(i) == QLatin1String("-h")) {
            m_io.out << usage(command);
            return exitcode::ok;
        }
        if (!m_platform.option(args, i, &bad) || bad) {
            m_io.err << usage(command);
            return exitcode::usage;
        }
    }
    return std::nullopt;
}

bool CatalogCommand::open()
{
    if (!m_platform.signIn())
        return false;
    m_api = std::make_unique<net::PlatformApi>(m_platform.client(), &m_platform.store(), m_clock);
    return true;
}

template <typename T> bool CatalogCommand::report(const net::Fetched<T>& f, const QString& what)
{
    if (!f.ok()) {
        m_io.err << tr("voicetraining-cli: %1 could not be listed: %2").arg(what, f.error.message)
                 << '\n';
        return false;
    }
    if (f.fromCache) {
        m_io.out << tr("Offline: as of %1, the last sync (%2)")
                        .arg(QDateTime::fromMSecsSinceEpoch(f.syncedAt)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            f.error.message)
                 << '\n';
    }
    return true;
}

int CatalogCommand::runScenarios(const QStringList& args)
{
    if (const std::optional<int> code = parse(args, QStringLiteral("scenarios")))
        return *code;
    if (!open())
        return exitcode::failure;
    const auto f = waitFor<net::Fetched<QList<protocol::ScenarioSummary>>>(
        [&](net::PlatformApi::Callback<QList<protocol::ScenarioSummary>> done) {
            m_api->scenarios(nullptr, std::move(done));
        });
    if (!report(f, tr("the scenarios")))
        return exitcode::failure;
    for (const protocol::ScenarioSummary& s : *f.value) {
        m_io.out << s.id << "  " << s.difficulty.leftJustified(6) << "  "
                 << tr("%n min", nullptr, int(s.durationMinutes)).leftJustified(7) << "  "
                 << s.title << '\n';
    }
    return exitcode::ok;
}

int CatalogCommand::runAssignments(const QStringList& args)
{
    if (const std::optional<int> code = parse(args, QStringLiteral("assignments")))
        return *code;
    if (!open())
        return exitcode::failure;
    const auto f = waitFor<net::Fetched<QList<protocol::Assignment>>>(
        [&](net::PlatformApi::Callback<QList<protocol::Assignment>> done) {
            m_api->assignments(nullptr, std::move(done));
        });
    if (!report(f, tr("the assignments")))
        return exitcode::failure;
    if (f.value->isEmpty())
        m_io.out << tr("No assignments: practise any scenario (voicetraining-cli scenarios).")
                 << '\n';
    for (const protocol::Assignment& a : *f.value) {
        QString due = a.dueAt
            ? tr("due %1").arg(a.dueAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
            : tr("no due date");
        if (a.overdue)
            due += QStringLiteral(" ") + tr("(OVERDUE)");
        const QString state = a.status == QLatin1String("completed") ? tr("passed")
            : a.status == QLatin1String("in_progress")               ? tr("in progress")
                                                                     : tr("not started");
        m_io.out << a.title << '\n';
        m_io.out << "  " << (a.kind == QLatin1String("track") ? tr("track") : tr("scenario"))
                 << ", " << due << ", " << tr("pass at %1").arg(a.passThreshold) << ", " << state
                 << ", " << tr("%1 of %2 done").arg(a.completed).arg(a.total) << ", "
                 << (a.bestScore ? tr("best %1").arg(*a.bestScore, 0, 'f', 0) : tr("no score yet"));
        if (a.assessment)
            m_io.out << ", " << tr("assessment (no live hints)");
        m_io.out << '\n';
    }
    return exitcode::ok;
}

} // namespace

int runScenariosCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return CatalogCommand(settings, io).runScenarios(args);
}

int runAssignmentsCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return CatalogCommand(settings, io).runAssignments(args);
}

} // namespace vt::app
