#pragma once

#include <QString>
#include <QStringList>

namespace vt::test {

// Lower-case words of `text`, punctuation dropped (for comparing what was recognised).
QStringList wordsOf(const QString& text);

// Word-level edit distance of `heard` from `reference`, over the reference's length.
double wordErrorRate(const QStringList& reference, const QStringList& heard);

// The rep's lines of a sample script such as resources/sample-rep/rate-shopper.txt
// ("<seconds of silence before> | <text>" per line, "#" comments).
struct ScriptLine {
    double pauseSeconds = 0;
    QString text;
};
QList<ScriptLine> readRepScript(const QString& path);

} // namespace vt::test
