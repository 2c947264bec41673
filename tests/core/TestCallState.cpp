// The call's one state machine, move by move, and its words.
#include "CallState.h"

#include <QSet>
#include <QTest>

using vt::app::CallState;
using vt::app::callStateAllowed;

class TestCallState final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theMachine();
    void everyStateHasItsOwnWords();
};

void TestCallState::theMachine()
{
    const QList<CallState> all{CallState::Idle, CallState::Connecting, CallState::Live,
        CallState::Reconnecting, CallState::Ending, CallState::Ended, CallState::Failed};
    const QSet<QPair<int, int>> allowed{
        {int(CallState::Idle), int(CallState::Connecting)},
        {int(CallState::Connecting), int(CallState::Live)},
        {int(CallState::Reconnecting), int(CallState::Live)},
        {int(CallState::Live), int(CallState::Reconnecting)},
        {int(CallState::Connecting), int(CallState::Ending)},
        {int(CallState::Live), int(CallState::Ending)},
        {int(CallState::Reconnecting), int(CallState::Ending)},
        {int(CallState::Ending), int(CallState::Ended)},
        {int(CallState::Idle), int(CallState::Failed)},
        {int(CallState::Connecting), int(CallState::Failed)},
        {int(CallState::Live), int(CallState::Failed)},
        {int(CallState::Reconnecting), int(CallState::Failed)},
        {int(CallState::Ending), int(CallState::Failed)},
        {int(CallState::Failed), int(CallState::Failed)},
    };
    for (CallState from : all) {
        for (CallState to : all) {
            QCOMPARE(callStateAllowed(from, to), allowed.contains({int(from), int(to)}));
        }
    }
}

void TestCallState::everyStateHasItsOwnWords()
{
    QSet<QString> words;
    for (int s = int(CallState::Idle); s <= int(CallState::Failed); ++s)
        words.insert(vt::app::callStateText(CallState(s)));
    QCOMPARE(words.size(), 7);
    QVERIFY(!words.contains(QString()));
    QCOMPARE(vt::app::callStateText(CallState::Failed), QStringLiteral("Call failed"));
}

QTEST_GUILESS_MAIN(TestCallState)
#include "TestCallState.moc"
