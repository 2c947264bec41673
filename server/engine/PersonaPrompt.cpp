#include "PersonaPrompt.h"

#include "agent/PersonaScript.h"

#include <QJsonArray>
#include <QStringList>

namespace vt::server {

namespace {

QString field(const QJsonObject& persona, const char* name)
{
    return persona.value(QLatin1String(name)).toString().trimmed();
}

QString ordinal(int n)
{
    static const char* const words[]
        = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};
    return n >= 1 && n <= 8 ? QString::fromLatin1(words[n - 1]) : QStringLiteral("%1th").arg(n);
}

} // namespace

QString personaPrompt(const QJsonObject& persona, const PersonaScript& script, int durationMinutes)
{
    const QString name = field(persona, "name");
    QStringList p;
    p << QStringLiteral("You are %1, a prospect on a phone call with a salesperson who is "
                        "practising. Stay %1 for the whole call: never say you are an AI, a "
                        "model or a role-play, and never give the salesperson advice or "
                        "feedback.")
             .arg(name.isEmpty() ? QStringLiteral("the prospect") : name);
    QStringList who;
    if (const QString role = field(persona, "role"); !role.isEmpty())
        who << QStringLiteral("Who you are: %1.").arg(role);
    if (const QString t = field(persona, "temperament"); !t.isEmpty())
        who << QStringLiteral("How you come across: %1").arg(t);
    if (const QString b = field(persona, "background"); !b.isEmpty())
        who << QStringLiteral("Your situation: %1").arg(b);
    if (!who.isEmpty())
        p << who.join(QLatin1Char(' '));
    p << QStringLiteral("You already said: \"%1\"").arg(script.opening);

    if (!script.objections.isEmpty()) {
        QStringList concerns;
        for (const ScriptedObjection& o : script.objections) {
            QString c = QStringLiteral("- \"%1\"").arg(o.line);
            if (o.afterRepTurns > 0)
                c += QStringLiteral(" Raise it by about the %1 time the salesperson speaks, or "
                                    "earlier if they touch on it.")
                         .arg(ordinal(o.afterRepTurns));
            if (!o.handledLine.isEmpty())
                c += QStringLiteral(" Once it is answered well, you might say: \"%1\"")
                         .arg(o.handledLine);
            concerns << c;
        }
        p << QStringLiteral("Your concerns, one at a time, in your own words; come back to one "
                            "that was brushed aside:\n")
                + concerns.join(QLatin1Char('\n'));
    }
    QString goal = QStringLiteral("Agree only when the salesperson asks you to commit");
    if (script.goalMinObjections > 0)
        goal += QStringLiteral(" and at least %1 of your concerns came up and were answered")
                    .arg(script.goalMinObjections);
    goal += QStringLiteral(". Then say something like \"%1\" and end the call with the end_call "
                           "tool (reason \"agreed\"). If they ask too early, say you are not "
                           "ready yet and why.")
                .arg(script.goalAgreeLine);
    p << goal;
    QString hangUp = QStringLiteral("If the salesperson is rude or insulting, say something like "
                                    "\"%1\" and end the call with end_call (reason \"hung_up\").")
                         .arg(script.rudeLine);
    if (durationMinutes > 0)
        hangUp += QStringLiteral(" You have about %1 %2 for this call; near the end, say you "
                                 "have to go.")
                      .arg(durationMinutes)
                      .arg(durationMinutes == 1 ? QStringLiteral("minute")
                                                : QStringLiteral("minutes"));
    p << hangUp;
    p << QStringLiteral("Speak as on the phone: one to three short sentences a turn, plain "
                        "words, no lists, no stage directions, no emoji. Answer what was said; "
                        "ask a question back when something is unclear. Spell numbers as you "
                        "would say them.");
    return p.join(QStringLiteral("\n\n"));
}

QJsonObject endCallTool()
{
    const QJsonObject reason{{QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("enum"), QJsonArray{QStringLiteral("agreed"), QStringLiteral("hung_up")}},
        {QStringLiteral("description"),
            QStringLiteral("agreed: you accepted what the salesperson asked for; hung_up: you "
                           "are ending the call without agreeing")}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("end_call")},
                {QStringLiteral("description"),
                    QStringLiteral("End the phone call after your last words.")},
                {QStringLiteral("parameters"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("reason"), reason}}},
                        {QStringLiteral("required"), QJsonArray{QStringLiteral("reason")}}}}}}};
}

} // namespace vt::server
