#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vt::test {

struct ProcessResult {
    bool finished = false; // false: did not start, crashed or timed out
    int exitCode = -1;
    QString out;
    QString err;
};

// The whole file, or the test stops with a message naming it.
QByteArray readTestFile(const QString& path);

// Runs a program to completion and collects its output (UTF-8).
ProcessResult runProcess(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment, int timeoutMs = 120000);

} // namespace vt::test
