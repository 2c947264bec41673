// The role rules as one table: every action for every role, and who may see and comment on
// whose attempts.
#include "api/AccessPolicy.h"

#include <QTest>

using namespace vt::server;

class TestAccessPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void actions_data();
    void actions();
    void attemptsVisibility();
};

void TestAccessPolicy::actions_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QList<bool>>("allowed"); // trainee, manager, admin, hr
    const auto row = [](const char* name, Action a, QList<bool> allowed) {
        QTest::newRow(name) << int(a) << allowed;
    };
    row("read profile", Action::ReadProfile, {true, true, true, true});
    row("read catalog", Action::ReadCatalog, {true, true, true, true});
    row("read drafts", Action::ReadDrafts, {false, true, true, false});
    row("read assignments", Action::ReadAssignments, {true, true, true, true});
    row("start call", Action::StartCall, {true, true, true, false});
    row("complete attempt", Action::CompleteAttempt, {true, true, true, false});
    row("upload recording", Action::UploadRecording, {true, true, true, false});
    row("list attempts", Action::ListAttempts, {true, true, true, true});
    row("read attempt", Action::ReadAttempt, {true, true, true, true});
    row("comment", Action::Comment, {false, true, true, false});
    row("leaderboard", Action::ReadLeaderboard, {true, true, true, true});
    row("team", Action::ReadTeam, {false, true, true, true});
}

void TestAccessPolicy::actions()
{
    QFETCH(int, action);
    QFETCH(QList<bool>, allowed);
    const Role roles[] = {Role::Trainee, Role::Manager, Role::Admin, Role::Hr};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(AccessPolicy::allows(roles[i], Action(action)), allowed[i]);
}

void TestAccessPolicy::attemptsVisibility()
{
    Caller trainee{QStringLiteral("t1"), QStringLiteral("o"), Role::Trainee, QStringLiteral("team"),
        {}, {}, {}};
    Caller manager{QStringLiteral("m1"), QStringLiteral("o"), Role::Manager, QStringLiteral("team"),
        {QStringLiteral("team")}, {}, {}};
    Caller admin{QStringLiteral("a1"), QStringLiteral("o"), Role::Admin, {}, {}, {}, {}};
    Caller hr{QStringLiteral("h1"), QStringLiteral("o"), Role::Hr, {}, {}, {}, {}};
    QVERIFY(AccessPolicy::canSeeUser(trainee, QStringLiteral("t1"), QStringLiteral("team")));
    QVERIFY(!AccessPolicy::canSeeUser(trainee, QStringLiteral("t2"), QStringLiteral("team")));
    QVERIFY(AccessPolicy::canSeeUser(manager, QStringLiteral("t2"), QStringLiteral("team")));
    QVERIFY(!AccessPolicy::canSeeUser(manager, QStringLiteral("t3"), QStringLiteral("other")));
    QVERIFY(!AccessPolicy::canSeeUser(manager, QStringLiteral("t4"), QString()));
    QVERIFY(AccessPolicy::canSeeUser(admin, QStringLiteral("t3"), QStringLiteral("other")));
    QVERIFY(AccessPolicy::canSeeUser(hr, QStringLiteral("t3"), QString()));
    QVERIFY(AccessPolicy::canComment(manager, QStringLiteral("t2"), QStringLiteral("team")));
    QVERIFY(!AccessPolicy::canComment(
        manager, QStringLiteral("m1"), QStringLiteral("team"))); // not on one's own
    QVERIFY(!AccessPolicy::canComment(manager, QStringLiteral("t3"), QStringLiteral("other")));
    QVERIFY(AccessPolicy::canComment(admin, QStringLiteral("t3"), QStringLiteral("other")));
    QVERIFY(!AccessPolicy::canComment(hr, QStringLiteral("t3"), QStringLiteral("other")));
    QVERIFY(!AccessPolicy::canComment(trainee, QStringLiteral("t2"), QStringLiteral("team")));
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "TestAccessPolicy.moc"
