#include "DemoSeed.h"

#include "Platform.h"
#include "auth/Passwords.h"
#include "db/Sql.h"
#include "domain/Rescoring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <map>

namespace vt::server {
namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
const char* const scenarioFiles[] = {"first-time-buyer", "rate-shopper", "refinance-cold-call"};

QJsonObject resourceObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("the seed file %1 is missing").arg(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString randomPassword()
{
    static const QString alphabet
        = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < 14; ++i)
        out += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return out;
}

// The scripted calls, and lesser versions of them: a variant drops the utterances tagged
// "disclosure", "objection" or "goal" (bits 0, 1, 2), so seeded scores differ the way real
// ones do.
QJsonObject variantOf(const QJsonObject& transcript, int mask)
{
    static const char* const tags[] = {"disclosure", "objection", "goal"};
    QJsonArray kept;
    for (const auto& v : transcript.value(QStringLiteral("utterances")).toArray()) {
        QJsonObject u = v.toObject();
        const QString tag = u.take(QStringLiteral("seed_optional")).toString();
        bool drop = false;
        for (int bit = 0; bit < 3; ++bit)
            drop = drop || ((mask >> bit) & 1 && tag == QLatin1String(tags[bit]));
        if (!drop)
            kept.append(u);
    }
    QJsonObject out = transcript;
    out.insert(QStringLiteral("utterances"), kept);
    return out;
}

class Seeder final {
public:
    explicit Seeder(Platform& platform)
        : p(platform)
        , now(platform.clock.nowMs())
    {
    }

    QString user(const QString& org, const QString& orgName, const QString& team, Role role,
        const QString& name, const QString& email)
    {
        const QString password = randomPassword();
        UserRecord u;
        u.orgId = org;
        u.teamId = team;
        u.email = email;
        u.displayName = name;
        u.role = role;
        u.passwordHash = Passwords::hash(password);
        if (u.passwordHash.isEmpty())
            throw StorageError(QStringLiteral("cannot hash a password (out of memory)"));
        QString id = p.directory.createUser(u, now);
        result.accounts.append({orgName, roleName(role), name, email, password});
        return id;
    }

    QString scenario(const QString& org, int index, const QString& draftTitle = QString())
    {
        const QJsonObject s = resourceObject(
            QStringLiteral(":/vt/server/seed/%1.json").arg(QLatin1String(scenarioFiles[index])));
        ScenarioRecord r;
        r.orgId = org;
        r.title = s.value(QStringLiteral("title")).toString();
        r.summary = s.value(QStringLiteral("summary")).toString();
        r.difficulty = s.value(QStringLiteral("difficulty")).toString();
        r.status = s.value(QStringLiteral("status")).toString();
        r.durationMinutes = s.value(QStringLiteral("duration_minutes")).toInt();
        r.persona = s.value(QStringLiteral("persona")).toObject();
        r.briefing = s.value(QStringLiteral("briefing")).toString();
        r.scoring = s.value(QStringLiteral("scoring")).toObject();
        r.agent = s.value(QStringLiteral("agent")).toObject();
        if (!draftTitle.isEmpty()) { // an unfinished copy, for managers to try before publishing
            r.title = draftTitle;
            r.status = QStringLiteral("draft");
        }
        scorings[index] = r.scoring;
        return p.catalog.createScenario(r, now);
    }

    // A completed attempt `daysAgo` back, scored by the platform like any other.
    void attempt(const QString& org, const QString& userId, int scenarioIndex,
        const QString& scenarioId, int variant, double daysAgo,
        const QString& assignmentId = QString())
    {
        const auto key = std::make_pair(scenarioIndex, variant);
        if (!scored.count(key)) {
            const QJsonObject transcript
                = variantOf(resourceObject(QStringLiteral(":/vt/server/seed/transcripts/%1.json")
                                               .arg(QLatin1String(scenarioFiles[scenarioIndex]))),
                    variant);
            Rescored r = rescore(scorings[scenarioIndex], transcript);
            if (!r.ok())
                throw StorageError(
                    QStringLiteral("seed transcript %1 does not score").arg(scenarioIndex));
            scored.emplace(key, std::make_pair(transcript, std::move(r)));
        }
        const auto& [transcript, r] = scored.at(key);
        const qint64 started = now - qint64(daysAgo * double(dayMs));
        const qint64 duration = transcript.value(QStringLiteral("duration_ms")).toInteger();
        AttemptRecord a;
        a.id = p.attempts.create(org, userId, scenarioId, assignmentId, started);
        a.orgId = org;
        a.endedAt = started + duration;
        a.durationMs = duration;
        a.transcript = QJsonDocument(transcript).toJson(QJsonDocument::Compact);
        recordPlatformScore(a, r);
        a.clientScore = r.score;
        a.clientScoringVersion = r.scoringVersion;
        a.clientVersion = QStringLiteral("seed");
        a.turnLatencies = "[620,540,710,580]";
        a.endedBy = QStringLiteral("rep");
        p.attempts.complete(a, started + duration);
        ++result.attempts;
    }

    Platform& p;
    qint64 now;
    DemoSeed::Result result;
    QJsonObject scorings[3];
    std::map<std::pair<int, int>, std::pair<QJsonObject, Rescored>> scored;
};

} // namespace

DemoSeed::Result DemoSeed::run(Platform& platform, int extraAttempts)
{
    if (!platform.directory.isEmpty())
        return {};
    Seeder s(platform);
    DirectoryStore& dir = platform.directory;
    Transaction transaction(platform.db);

    // Summit Lending.
    const QString summit = dir.createOrg(QStringLiteral("Summit Lending"), s.now);
    const QString desk = dir.createTeam(summit, QStringLiteral("Refinance Desk"), s.now);
    const QString org1 = QStringLiteral("Summit Lending");
    const QString manager = s.user(summit, org1, desk, Role::Manager, QStringLiteral("Dana Reyes"),
        QStringLiteral("dana.reyes@summitlending.example"));
    dir.setTeamManager(desk, manager);
    s.user(summit, org1, QString(), Role::Admin, QStringLiteral("Alex Kim"),
        QStringLiteral("alex.kim@summitlending.example"));
    s.user(summit, org1, QString(), Role::Hr, QStringLiteral("Morgan Hale"),
        QStringLiteral("morgan.hale@summitlending.example"));
    const QString jordan = s.user(summit, org1, desk, Role::Trainee, QStringLiteral("Jordan Lee"),
        QStringLiteral("jordan.lee@summitlending.example"));
    const QString sam = s.user(summit, org1, desk, Role::Trainee, QStringLiteral("Sam Patel"),
        QStringLiteral("sam.patel@summitlending.example"));
    const QString riley = s.user(summit, org1, desk, Role::Trainee, QStringLiteral("Riley Chen"),
        QStringLiteral("riley.chen@summitlending.example"));
    QString scenario[3];
    for (int i = 0; i < 3; ++i)
        scenario[i] = s.scenario(summit, i);
    s.scenario(summit, 0, QStringLiteral("Home equity line: the cautious retiree (draft)"));
    const QString track = platform.catalog.createTrack(summit,
        QStringLiteral("Refinance readiness"),
        QStringLiteral(
            "From discovery to objection handling to the cold call: pass each before the next."),
        {{1, scenario[0], {}, {}}, {2, scenario[1], {}, {scenario[0]}},
            {3, scenario[2], {}, {scenario[1]}}},
        s.now);
    AssignmentRecord toTeam;
    toTeam.trackId = track;
    toTeam.teamId = desk;
    toTeam.assignedBy = manager;
    toTeam.dueAt = s.now + 14 * dayMs;
    toTeam.passThreshold = 70;
    platform.assignments.create(summit, toTeam, s.now - 10 * dayMs);
    AssignmentRecord overdue;
    overdue.scenarioId = scenario[2];
    overdue.userId = jordan;
    overdue.assignedBy = manager;
    overdue.dueAt = s.now - 3 * dayMs;
    overdue.passThreshold = 80;
    overdue.assessment = true;
    platform.assignments.create(summit, overdue, s.now - 12 * dayMs);
    AssignmentRecord samRate;
    samRate.scenarioId = scenario[1];
    samRate.userId = sam;
    samRate.assignedBy = manager;
    samRate.dueAt = s.now + 7 * dayMs;
    samRate.passThreshold = 70;
    platform.assignments.create(summit, samRate, s.now - 2 * dayMs);
    // History: Riley is strong, Sam middling, Jordan still learning the disclosures.
    s.attempt(summit, riley, 0, scenario[0], 0, 9.2);
    s.attempt(summit, riley, 1, scenario[1], 0, 6.5);
    s.attempt(summit, riley, 2, scenario[2], 2, 3.1);
    s.attempt(summit, sam, 0, scenario[0], 2, 8.3);
    s.attempt(summit, sam, 1, scenario[1], 3, 1.4);
    s.attempt(summit, jordan, 2, scenario[2], 1, 11.0);
    s.attempt(summit, jordan, 2, scenario[2], 5, 4.2);
    s.attempt(summit, jordan, 0, scenario[0], 1, 0.8);

    // Harbor Mortgage: another tenant, never visible from Summit.
    const QString harbor = dir.createOrg(QStringLiteral("Harbor Mortgage"), s.now);
    const QString harborTeam = dir.createTeam(harbor, QStringLiteral("Harbor Team"), s.now);
    const QString org2 = QStringLiteral("Harbor Mortgage");
    const QString casey = s.user(harbor, org2, harborTeam, Role::Manager,
        QStringLiteral("Casey Nguyen"), QStringLiteral("casey.nguyen@harbormortgage.example"));
    dir.setTeamManager(harborTeam, casey);
    s.user(harbor, org2, QString(), Role::Admin, QStringLiteral("Devon Brooks"),
        QStringLiteral("devon.brooks@harbormortgage.example"));
    const QString avery = s.user(harbor, org2, harborTeam, Role::Trainee,
        QStringLiteral("Avery Stone"), QStringLiteral("avery.stone@harbormortgage.example"));
    const QString quinn = s.user(harbor, org2, harborTeam, Role::Trainee,
        QStringLiteral("Quinn Rivera"), QStringLiteral("quinn.rivera@harbormortgage.example"));
    const QString harborScenario = s.scenario(harbor, 0);
    AssignmentRecord harborAssignment;
    harborAssignment.scenarioId = harborScenario;
    harborAssignment.teamId = harborTeam;
    harborAssignment.assignedBy = casey;
    harborAssignment.dueAt = s.now + 5 * dayMs;
    harborAssignment.passThreshold = 65;
    platform.assignments.create(harbor, harborAssignment, s.now - 4 * dayMs);
    s.attempt(harbor, avery, 0, harborScenario, 0, 2.0);
    s.attempt(harbor, quinn, 0, harborScenario, 6, 1.0);

    // Load: more attempts by Summit's trainees over the last 60 days.
    const QString trainees[] = {jordan, sam, riley};
    for (int i = 0; i < extraAttempts; ++i) {
        const int which = i % 3;
        s.attempt(summit, trainees[(i / 3) % 3], which, scenario[which], (i * 5) % 8,
            60.0 * (i + 1) / (extraAttempts + 1));
    }
    transaction.commit();

    // The credentials, for the person who seeded (and for test harnesses).
    QJsonArray list;
    for (const Account& a : s.result.accounts) {
        list.append(QJsonObject{{QStringLiteral("org"), a.org}, {QStringLiteral("role"), a.role},
            {QStringLiteral("name"), a.name}, {QStringLiteral("email"), a.email},
            {QStringLiteral("password"), a.password}});
    }
    const QString path
        = QDir(platform.config.dataDir).filePath(QStringLiteral("demo-credentials.json"));
    QSaveFile file(path);
    if (!QDir().mkpath(platform.config.dataDir) || !file.open(QIODevice::WriteOnly))
        throw StorageError(QStringLiteral("cannot write %1").arg(path));
    file.write(QJsonDocument(list).toJson(QJsonDocument::Indented));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        throw StorageError(QStringLiteral("cannot write %1").arg(path));
    s.result.created = true;
    s.result.credentialsFile = path;
    return s.result;
}

} // namespace vt::server
