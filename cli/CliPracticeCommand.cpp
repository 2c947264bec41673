// voicetraining-cli practice | scenarios: a practice call from the command line, on the
// embedded local platform or a given one.
#include "AppPaths.h"
#include "CallSession.h"
#include "Cli.h"
#include "CliPlatform.h"
#include "CliWait.h"
#include "RubricText.h"
#include "Settings.h"

#include "AudioFile.h"
#include "DeviceStreams.h"
#include "FileEndpoints.h"
#include "PlatformApi.h"
#include "PlatformClient.h"
#include "SyncEngine.h"
#include "TurnLatency.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <optional>

namespace vt::app {
namespace {

class PracticeCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::PracticeCommand)

public:
    PracticeCommand(Settings& settings, CliIo io)
        : m_settings(settings)
        , m_io(io)
        , m_platform(io, settings)
    {
    }
    int runPractice(const QStringList& args);

private:
    static QString practiceUsage();
    void printLine(const CallLine& line);
    void printOutcome(const CallOutcome& outcome, double passScore);
    bool writeJson(const QString& path, const CallOutcome& outcome);
    static QString clock(qint64 ms);

    Settings& m_settings;
    CliIo m_io;
    CliPlatform m_platform;
    QHash<QString, QString> m_printed; // utterance id → text printed
};

QString PracticeCommand::clock(qint64 ms)
{
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 100) % 10);
}

QString PracticeCommand::practiceUsage()
{
    return tr("Usage: voicetraining-cli practice [--local | --server URL [--user EMAIL "
              "--password-file FILE]]\n"
              "                               --scenario ID [--assignment ID]\n"
              "                               [--mic-file FILE | --mic DEVICE] [--speaker DEVICE]\n"
              "                               [--speaker-file OUT.wav] [--json OUT.json]\n"
              "\n"
              "Has a practice call with the AI prospect and scores it. The live transcript is\n"
              "printed as the call goes, then the KPIs, the score and its breakdown.\n"
              "\n"
              "%1"
              "  --scenario ID       the scenario (see “voicetraining-cli scenarios”)\n"
              "  --mic-file FILE     a WAV or Ogg Opus recording plays the rep's part, in real\n"
              "                      time; the rep hangs up once it is over and the prospect is\n"
              "                      quiet\n"
              "  --mic, --speaker    audio devices (default: the configured ones)\n"
              "  --speaker-file OUT  with --mic-file: the prospect's audio, as WAV\n"
              "  --json OUT          the attempt (transcript, report, latencies) as JSON\n"
              "\n"
              "Exit status: 0 when the call completed and was scored, 1 when it failed.\n")
        .arg(CliPlatform::optionsHelp());
}

void PracticeCommand::printLine(const CallLine& line)
{
    if (!line.final || line.text.isEmpty())
        return;
    const QString shown = line.truncated ? line.text + QStringLiteral(" —") : line.text;
    if (m_printed.value(line.id) == shown)
        return;
    const bool correction = m_printed.contains(line.id);
    m_printed.insert(line.id, shown);
    const QString who = line.speaker == Speaker::Rep ? tr("Rep") : tr("Prospect");
    m_io.out << QStringLiteral("[%1] ").arg(clock(line.startMs)) << who << ": " << shown;
    if (correction && line.truncated)
        m_io.out << "  " << tr("(cut off)");
    m_io.out << '\n';
    m_io.out.flush();
}

void PracticeCommand::printOutcome(const CallOutcome& o, double passScore)
{
    const QJsonObject kpis = o.report.value(QStringLiteral("kpis")).toObject();
    m_io.out << '\n'
             << tr("Call ended: %1 (%2), %3 long").arg(o.endReason, o.endedBy, clock(o.durationMs))
             << '\n';
    m_io.out << '\n' << tr("KPIs") << '\n';
    for (auto it = kpis.begin(); it != kpis.end(); ++it) {
        QString value;
        if (it.value().isObject() || it.value().isArray())
            value = QString::fromUtf8(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        else
            value = it.value().toVariant().toString();
        m_io.out << "  " << it.key().leftJustified(24) << value << '\n';
    }
    if (!o.report.value(QStringLiteral("scored")).toBool(true)) {
        // Scoring 2.0.0: too little said to judge; the breakdown would be all zeros.
        m_io.out
            << '\n'
            << tr("Not scored: %1 %2").arg(RubricText::notEnoughSpeech(), RubricText::speechBar())
            << '\n';
    } else {
        const int score = o.report.value(QStringLiteral("score")).toInt();
        const bool passed = o.report.value(QStringLiteral("passed")).toBool();
        m_io.out << '\n'
                 << tr("Score: %1 / 100 (pass mark %2): %3")
                        .arg(score)
                        .arg(passScore)
                        .arg(passed ? tr("PASSED") : tr("NOT PASSED"))
                 << '\n';
    }
    const QJsonArray breakdown = o.report.value(QStringLiteral("scored")).toBool(true)
        ? o.report.value(QStringLiteral("breakdown")).toArray()
        : QJsonArray();
    for (const QJsonValue& v : breakdown) {
        const QJsonObject c = v.toObject();
        m_io.out << "  " << c.value(QStringLiteral("label")).toString().leftJustified(32)
                 << QStringLiteral("%1 / %2")
                        .arg(c.value(QStringLiteral("points")).toDouble(), 0, 'f', 1)
                        .arg(c.value(QStringLiteral("max_points")).toDouble(), 0, 'f', 1)
                 << '\n';
        for (const QJsonValue& e : c.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject ev = e.toObject();
            if (ev.contains(QStringLiteral("missing"))) {
                m_io.out << "      "
                         << tr("missing: %1").arg(ev.value(QStringLiteral("missing")).toString())
                         << '\n';
            } else if (ev.contains(QStringLiteral("quote"))) {
                m_io.out << "      "
                         << QStringLiteral("[%1] “%2”")
                                .arg(clock(qint64(ev.value(QStringLiteral("start_ms")).toDouble())),
                                    ev.value(QStringLiteral("quote")).toString())
                         << '\n';
            }
        }
    }
    if (const std::optional<protocol::TurnLatencySummary> latency
        = protocol::summarizeTurnLatencies(o.turnLatenciesMs)) {
        m_io.out << '\n'
                 << tr("Turn latency: p50 %1 ms, p95 %2 ms over %n turn(s)", nullptr,
                        int(latency->turns))
                        .arg(latency->p50Ms)
                        .arg(latency->p95Ms)
                 << '\n';
    }
    if (o.completed)
        m_io.out << tr("Saved to the platform as attempt %1%2")
                        .arg(o.attemptId,
                            o.platformScore ? tr(" (platform score %1)").arg(*o.platformScore)
                                            : QString())
                 << '\n';
    if (!o.syncError.isEmpty())
        m_io.out << o.syncError << '\n';
}

bool PracticeCommand::writeJson(const QString& path, const CallOutcome& o)
{
    QJsonArray lines;
    for (const CallLine& l : o.transcript) {
        QJsonObject line{{QStringLiteral("utterance_id"), l.id},
            {QStringLiteral("speaker"), speakerName(l.speaker)}, {QStringLiteral("text"), l.text},
            {QStringLiteral("start_ms"), l.startMs}, {QStringLiteral("end_ms"), l.endMs}};
        if (l.truncated)
            line.insert(QStringLiteral("truncated"), true);
        lines.append(line);
    }
    QJsonArray latencies;
    for (qint64 v : o.turnLatenciesMs)
        latencies.append(v);
    const QJsonObject doc{{QStringLiteral("attempt_id"), o.attemptId},
        {QStringLiteral("ended_by"), o.endedBy}, {QStringLiteral("end_reason"), o.endReason},
        {QStringLiteral("interrupted"), o.interrupted},
        {QStringLiteral("duration_ms"), o.durationMs}, {QStringLiteral("transcript"), lines},
        {QStringLiteral("report"), o.report}, {QStringLiteral("turn_latencies_ms"), latencies},
        {QStringLiteral("completed"), o.completed},
        {QStringLiteral("platform_score"),
            o.platformScore ? QJsonValue(*o.platformScore) : QJsonValue()},
        {QStringLiteral("recording"), o.recordingPath}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_io.err << tr("voicetraining-cli: cannot write %1: %2").arg(path, file.errorString())
                 << '\n';
        return false;
    }
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    return file.commit();
}

int PracticeCommand::runPractice(const QStringList& args)
{
    QString scenarioId;
    QString assignmentId;
    QString micFile;
    QString micDevice = m_settings.inputDevice();
    QString speakerDevice = m_settings.outputDevice();
    QString speakerFile;
    QString jsonPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        bool bad = false;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_io.out << practiceUsage();
            return exitcode::ok;
        }
        if (m_platform.option(args, i, &bad)) {
            if (bad) {
                m_io.err << practiceUsage();
                return exitcode::usage;
            }
            continue;
        }
        QString* target = nullptr;
        if (arg == QLatin1String("--scenario"))
            target = &scenarioId;
        else if (arg == QLatin1String("--assignment"))
            target = &assignmentId;
        else if (arg == QLatin1String("--mic-file"))
            target = &micFile;
        else if (arg == QLatin1String("--mic"))
            target = &micDevice;
        else if (arg == QLatin1String("--speaker"))
            target = &speakerDevice;
        else if (arg == QLatin1String("--speaker-file"))
            target = &speakerFile;
        else if (arg == QLatin1String("--json"))
            target = &jsonPath;
        if (!target || i + 1 >= args.size()) {
            m_io.err << practiceUsage();
            return exitcode::usage;
        }
        *target = args.at(++i);
    }
    if (scenarioId.isEmpty()) {
        m_io.err << tr("voicetraining-cli: practice needs --scenario ID (see “voicetraining-cli "
                       "scenarios”)")
                 << '\n';
        return exitcode::usage;
    }
    std::optional<audio::AudioClip> micClip;
    if (!micFile.isEmpty()) {
        const audio::LoadedClip loaded
            = audio::readAudioFile(QFile::encodeName(micFile).toStdString());
        if (!loaded) {
            m_io.err << tr("voicetraining-cli: %1: %2")
                            .arg(micFile, QString::fromStdString(loaded.error))
                     << '\n';
            return exitcode::usage;
        }
        micClip = loaded.clip;
    }

    if (!m_platform.signIn())
        return exitcode::failure;
    net::PlatformClient* client = &m_platform.client();
    // The scenario, from the platform or, when it cannot be reached, from the last sync.
    protocol::SystemClock clock;
    net::PlatformApi api(*client, &m_platform.store(), clock);
    const auto scenario = waitFor<net::Fetched<protocol::Scenario>>(
        [&](net::PlatformApi::Callback<protocol::Scenario> done) {
            api.scenario(nullptr, scenarioId, done);
        });
    if (!scenario.ok()) {
        m_io.err << tr("voicetraining-cli: the scenario %1 could not be loaded: %2")
                        .arg(scenarioId, scenario.error.message)
                 << '\n';
        return exitcode::failure;
    }
    const QJsonObject& scoring = scenario.value->scoring;

    std::optional<CallSession::Setup::UploadTo> uploadTo;
    if (scenario.fromCache && !m_platform.isLocal()) {
        // The platform cannot be reached: the practice agent on this computer plays the
        // scenario, and the attempt waits for the platform.
        if (!m_platform.startOfflinePractice(scenario.value->document))
            return exitcode::failure;
        client = &m_platform.offlineClient();
        uploadTo
            = CallSession::Setup::UploadTo{m_platform.client().key(), scenarioId, assignmentId};
        m_io.out << tr("%1 cannot be reached: practising with the practice agent on this "
                       "computer (the scenario as of %2). The attempt uploads when %1 can be "
                       "reached.")
                        .arg(m_platform.client().key(),
                            QDateTime::fromMSecsSinceEpoch(scenario.syncedAt)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                 << '\n';
    }

    m_platform.sync().start();
    CallSession session(*client, m_platform.journal(), m_platform.sync());
    CallSession::Setup setup;
    setup.scenarioId = scenarioId;
    setup.assignmentId = assignmentId;
    setup.uploadTo = uploadTo;
    setup.scoringScenario = scoring;
    setup.clientVersion = QCoreApplication::applicationVersion();
    setup.recordingPath
        = QDir(paths::recordings())
              .filePath(QStringLiteral("call-%1.opus").arg(QDateTime::currentMSecsSinceEpoch()));
    if (micClip) {
        setup.openAudio
            = [clip = *micClip, speakerFile]() -> Result<std::unique_ptr<audio::AudioIo>> {
            return std::unique_ptr<audio::AudioIo>(
                std::make_unique<audio::FileIo>(clip, speakerFile.toStdString(), true));
        };
    } else {
        setup.openAudio = CallSession::deviceOpener(micDevice, speakerDevice);
    }
    m_io.out << tr("Practice call: %1 with %2")
                    .arg(scenario.value->summary.title, scenario.value->summary.persona.name)
             << '\n';
    m_io.out.flush();

    QEventLoop loop;
    std::optional<CallOutcome> outcome;
    QObject::connect(&session, &CallSession::lineChanged, &session,
        [this](const CallLine& line) { printLine(line); });
    QObject::connect(&session, &CallSession::stateChanged, &session,
        [this](CallSession::State state, const QString& detail) {
            if (state == CallSession::State::Reconnecting || state == CallSession::State::Failed)
                m_io.err << tr("[call] %1: %2").arg(callStateText(state), detail) << '\n'
                         << Qt::flush;
        });
    const QString persona = scenario.value->summary.persona.name;
    QObject::connect(&session, &CallSession::prospectKnown, &session,
        [this, persona](protocol::CallStarted::Prospect prospect) {
            if (prospect == protocol::CallStarted::Prospect::Ai)
                m_io.out << tr("%1 is played by an AI model: the answers are its own.").arg(persona)
                         << '\n'
                         << Qt::flush;
            else if (prospect == protocol::CallStarted::Prospect::Script)
                m_io.out << tr("%1 follows the scenario's practice script.").arg(persona) << '\n'
                         << Qt::flush;
        });
    QObject::connect(&session, &CallSession::audioDeviceChanged, &session,
        [this](bool working, const QString& devices) {
            m_io.err << (working ? tr("[audio] back on %1").arg(devices)
                                 : tr("[audio] %1 stopped; reconnecting").arg(devices))
                     << '\n'
                     << Qt::flush;
        });
    QObject::connect(
        &session, &CallSession::journalTrouble, &session, [this](const QString& message) {
            m_io.err << (message.isEmpty()
                    ? tr("[journal] the call's records are written again")
                    : tr("[journal] the call's records cannot be written to this computer now "
                         "(%1); they are kept and retried")
                          .arg(message))
                     << '\n'
                     << Qt::flush;
        });
    QObject::connect(&session, &CallSession::microphoneSilent, &session,
        [this](bool silent, const QString& microphone) {
            m_io.err << (silent
                    ? tr("[audio] %1").arg(CallSession::microphoneSilentText(microphone))
                    : tr("[audio] we hear you again on %1").arg(microphone))
                     << '\n'
                     << Qt::flush;
        });
    QObject::connect(&session, &CallSession::finished, &session, [&](const CallOutcome& o) {
        outcome = o;
        loop.quit();
    });
    // A recorded rep hangs up once the recording is over and the prospect has been quiet a while.
    QString agentState;
    qint64 quietSince = -1;
    QObject::connect(&session, &CallSession::agentStateChanged, &session, [&](const QString& s) {
        agentState = s;
        quietSince = -1;
    });
    QTimer hangUpCheck;
    const qint64 micMs
        = micClip ? qint64(micClip->frames()) * 1000 / std::max(1, micClip->sampleRate) : -1;
    QObject::connect(&hangUpCheck, &QTimer::timeout, &session, [&] {
        if (micMs < 0 || session.state() != CallSession::State::Live)
            return;
        const qint64 now = session.callClockMs();
        if (now < micMs + 1000 || agentState != QLatin1String("listening")) {
            quietSince = -1;
            return;
        }
        if (quietSince < 0)
            quietSince = now;
        else if (now - quietSince >= 4000)
            session.hangUp();
    });
    hangUpCheck.start(200);
    session.start(setup);
    if (!outcome)
        loop.exec();
    hangUpCheck.stop();

    for (const CallLine& line : outcome->transcript)
        printLine(line);
    const double passScore = scoring.value(QStringLiteral("rubric"))
                                 .toObject()
                                 .value(QStringLiteral("pass_score"))
                                 .toDouble();
    if (!outcome->report.isEmpty())
        printOutcome(*outcome, passScore);
    if (!outcome->failure.isEmpty())
        m_io.err << tr("voicetraining-cli: the call failed: %1").arg(outcome->failure) << '\n';
    if (!jsonPath.isEmpty() && !writeJson(jsonPath, *outcome))
        return exitcode::failure;
    const bool completed = session.state() == CallSession::State::Ended && !outcome->interrupted;
    return completed ? exitcode::ok : exitcode::failure;
}

} // namespace

int runPracticeCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return PracticeCommand(settings, io).runPractice(args);
}

} // namespace vt::app
