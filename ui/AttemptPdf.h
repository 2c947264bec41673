#pragma once

#include <QString>

namespace vt::app {
class AttemptReview;
}

namespace vt::ui {

// A one-page A4 PDF report of a reviewed attempt (QPdfWriter and QTextDocument): the
// scenario, rep, date and how the call went; the score against the pass mark; a chart of the
// breakdown; each criterion with its points, value, target and up to two evidence quotes at
// their moments; the numbers; the feedback or tips; the comments. Written whole or not at
// all. Returns an error sentence, or empty. Printed in the light palette whatever the theme.
QString writeAttemptPdf(const app::AttemptReview& review, const QString& path);

} // namespace vt::ui
