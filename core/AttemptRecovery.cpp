#include "AttemptRecovery.h"

#include "AppLog.h"
#include "AttemptCompletion.h"
#include "Speaker.h"

#include "AttemptJournal.h"
#include "Scenario.h"
#include "Transcript.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace vt::app {
namespace {

// The transcript as it was last scored: each "scored_line" record replaces the line with its
// id, a "scored_line_removed" one drops it; events of other kinds (the gateway's raw
// transcript) are skipped.
scoring::Transcript scoredLines(const QList<QByteArray>& events)
{
    std::map<QString, scoring::Utterance> lines;
    for (const QByteArray& event : events) {
        const QJsonObject o = QJsonDocument::fromJson(event).object();
        if (o.contains(QStringLiteral("scored_line_removed"))) {
            lines.erase(o.value(QStringLiteral("scored_line_removed")).toString());
            continue;
        }
        const QJsonObject line = o.value(QStringLiteral("scored_line")).toObject();
        const QString id = line.value(QStringLiteral("id")).toString();
        const QString text = line.value(QStringLiteral("text")).toString();
        if (id.isEmpty() || text.isEmpty())
            continue;
        scoring::Utterance u;
        u.id = id.toStdString();
        u.speaker
            = speakerFromName(line.value(QStringLiteral("speaker")).toString()) == Speaker::Rep
            ? scoring::Speaker::Rep
            : scoring::Speaker::Prospect;
        u.text = text.toStdString();
        u.startMs = line.value(QStringLiteral("start_ms")).toInteger();
        u.endMs
            = std::max<std::int64_t>(u.startMs, line.value(QStringLiteral("end_ms")).toInteger());
        u.truncated = line.value(QStringLiteral("truncated")).toBool();
        lines[id] = std::move(u);
    }
    scoring::Transcript t;
    for (auto& [id, u] : lines) {
        t.durationMs = std::max(t.durationMs, u.endMs);
        t.utterances.push_back(std::move(u));
    }
    std::stable_sort(t.utterances.begin(), t.utterances.end(),
        [](const scoring::Utterance& a, const scoring::Utterance& b) {
            return a.startMs < b.startMs;
        });
    return t;
}

// A call practised offline journals where its attempt belongs ("offline_origin"), so that the
// recovered attempt is created on the platform like a finished one would be.
QJsonObject offlineOrigin(const QList<QByteArray>& events)
{
    for (const QByteArray& event : events) {
        const QJsonObject o = QJsonDocument::fromJson(event).object();
        if (o.contains(QStringLiteral("offline_origin")))
            return o.value(QStringLiteral("offline_origin")).toObject();
    }
    return {};
}

} // namespace

QList<AttemptRecovery::Recovered> AttemptRecovery::run(
    net::AttemptJournal& journal, QStringList* problems)
{
    QList<Recovered> recovered;
    for (const net::AttemptJournal::Entry& e :
        journal.entries(net::AttemptJournal::State::InProgress)) {
        if (journal.isClaimed(e.attemptId))
            continue; // a call running in another process
        const scoring::Parsed<scoring::Scenario> scenario
            = scoring::parseScenario(e.scoring.toStdString());
        if (!scenario) {
            problems->append(
                tr("The interrupted call %1 cannot be scored: its scenario was not "
                   "kept (%2).")
                    .arg(e.attemptId, QString::fromStdString(scenario.error().line())));
            continue;
        }
        const scoring::Transcript transcript = scoredLines(journal.events(e.attemptId));
        CompletionInput input;
        input.startedAt = e.startedAt;
        input.durationMs = transcript.durationMs;
        input.clientVersion = e.clientVersion;
        input.interrupted = true;
        input.endedBy = QStringLiteral("error");
        input.offline = offlineOrigin(journal.events(e.attemptId));
        QJsonObject report;
        const QJsonObject completion = completionBody(scenario.value(), transcript, input, &report);
        if (!journal.save(e.attemptId, completion)) {
            problems->append(tr("The interrupted call %1 could not be saved: %2")
                                 .arg(e.attemptId, journal.lastError()));
            continue;
        }
        Recovered r;
        r.attemptId = e.attemptId;
        r.lines = int(transcript.utterances.size());
        r.durationMs = transcript.durationMs;
        if (report.value(QStringLiteral("score")).isDouble())
            r.score = report.value(QStringLiteral("score")).toDouble();
        qCInfo(lcApp, "recovered the interrupted call %s: %d lines, %lld ms, %s",
            qPrintable(r.attemptId), r.lines, r.durationMs,
            qPrintable(r.score ? QStringLiteral("score %1").arg(*r.score, 0, 'f', 1)
                               : QStringLiteral("not scored")));
        recovered.append(r);
    }
    return recovered;
}

} // namespace vt::app
