#include "NudgeAdvisor.h"

#include <QCoreApplication>

#include <algorithm>

namespace vt::app {

std::optional<NudgeAdvisor::Nudge> NudgeAdvisor::advise(
    const QList<Line>& lines, int openQuestions, qint64 nowMs)
{
    if (nowMs < quietStartMs || (m_lastAt >= 0 && nowMs - m_lastAt < cooldownMs))
        return std::nullopt;
    const qint64 from = nowMs - windowMs;
    qint64 repMs = 0;
    qint64 prospectMs = 0;
    int repWords = 0;
    qint64 repWordMs = 0;
    for (const Line& l : lines) {
        const qint64 start = std::max(l.startMs, from);
        if (l.endMs <= start)
            continue;
        const qint64 in = l.endMs - start;
        (l.rep ? repMs : prospectMs) += in;
        if (l.rep && l.startMs >= from) {
            repWords += l.words;
            repWordMs += l.endMs - l.startMs;
        }
    }
    // The monologue running now: rep lines back from the latest, less than 1 s apart.
    qint64 monologueMs = 0;
    qint64 stretchStart = -1;
    qint64 stretchEnd = -1;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->rep)
            break;
        if (stretchStart >= 0 && stretchStart - it->endMs >= 1000)
            break;
        stretchStart = it->startMs;
        stretchEnd = std::max(stretchEnd, it->endMs);
    }
    if (stretchStart >= 0)
        monologueMs = stretchEnd - stretchStart;

    std::optional<Nudge> nudge;
    const qint64 spoken = repMs + prospectMs;
    if (monologueMs >= 45000 || (repMs >= 20000 && spoken > 0 && repMs * 10 >= spoken * 7))
        nudge = Nudge::LetThemTalk;
    else if (repWords >= 40 && repWordMs > 0 && repWords * 60000.0 / double(repWordMs) >= 185.0)
        nudge = Nudge::SlowDown;
    else if (nowMs >= 90000 && openQuestions == 0)
        nudge = Nudge::AskOpenQuestion;
    if (nudge)
        m_lastAt = nowMs;
    return nudge;
}

QString NudgeAdvisor::text(Nudge nudge)
{
    switch (nudge) {
    case Nudge::LetThemTalk:
        return QCoreApplication::translate(
            "vt::app::NudgeAdvisor", "Let them talk: ask, then listen.");
    case Nudge::SlowDown:
        return QCoreApplication::translate("vt::app::NudgeAdvisor", "Slow down a little.");
    case Nudge::AskOpenQuestion:
        return QCoreApplication::translate(
            "vt::app::NudgeAdvisor", "Try an open question: what, how or why.");
    }
    return {};
}

} // namespace vt::app
