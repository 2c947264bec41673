#pragma once

#include <QJsonObject>
#include <QString>

namespace vt::test {

// The scripted call of a seeded scenario ("refinance-cold-call", "rate-shopper",
// "first-time-buyer"), as a transcript in the scoring module's native form.
QJsonObject seedTranscript(const QString& name);

// A complete, valid PUT /attempts/{id} body around `transcript`, claiming `clientScore`.
QJsonObject completionBody(const QJsonObject& transcript, double clientScore);

} // namespace vt::test
