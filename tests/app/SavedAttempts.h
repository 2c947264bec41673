#pragma once

#include <QJsonObject>
#include <QString>

namespace vt::test {

class DemoPlatform;
class IsolatedHome;

// The CLI's (and the app's) store in `home`: its app data folder, made.
QString cliStorePath(const IsolatedHome& home);

// What the app does when a call ends while the platform may not answer: the call started on
// the demo platform by `who` (POST /calls, Rate shopper), then journaled and queued in the
// store at `storePath` for `platformKey`, with `completion` (the seed's rate-shopper call
// scored 80 when empty). The attempt id, or empty with `error`.
QString saveCallLikeTheApp(DemoPlatform& demo, const QString& who, const QString& storePath,
    const QString& platformKey, QString* error, const QJsonObject& completion = {});

} // namespace vt::test
