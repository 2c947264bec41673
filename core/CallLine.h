#pragma once

#include "Speaker.h"

#include <QString>

namespace vt::app {

// One line of a call's transcript, as the app shows and scores it: the call as it runs
// (CallTranscript), the call screen and a review (TranscriptModel).
struct CallLine {
    QString id; // the utterance id: r1, a1, ...
    Speaker speaker = Speaker::Rep;
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool final = false;
    bool truncated = false;
    bool heard = true; // prospect lines: the speaker actually played it
};

} // namespace vt::app
