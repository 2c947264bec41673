#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vt::app {

// The gentle coaching during a call: at most one nudge per 30 s, none in the first 20 s, none
// in assessments (the caller does not ask). Rules over the last minute of final lines:
//  - let them talk: the rep took ≥ 70 % of the speaking time and spoke ≥ 20 s, or is in a
//    monologue of ≥ 45 s (rep lines less than 1 s apart, the prospect silent);
//  - slow down: the rep's pace ≥ 185 words a minute over ≥ 40 words;
//  - ask an open question: 90 s into the call without one.
// Deterministic: the same lines at the same time give the same nudge.
class NudgeAdvisor final {
public:
    enum class Nudge { LetThemTalk, SlowDown, AskOpenQuestion };
    struct Line {
        bool rep = false;
        qint64 startMs = 0;
        qint64 endMs = 0;
        int words = 0;
    };

    static constexpr qint64 cooldownMs = 30000;
    static constexpr qint64 quietStartMs = 20000;
    static constexpr qint64 windowMs = 60000;

    // A nudge due at `nowMs` (call clock), given the final lines so far and the open
    // questions asked; remembers it, so the next comes 30 s later at the earliest.
    std::optional<Nudge> advise(const QList<Line>& lines, int openQuestions, qint64 nowMs);

    static QString text(Nudge nudge);

private:
    qint64 m_lastAt = -1;
};

} // namespace vt::app
