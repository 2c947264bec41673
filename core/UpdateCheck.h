#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vt::net {
struct ApiResult;
}

namespace vt::app {

// A newer release of the app that the organisation's platform offers (the update.channel
// setting). The app never installs anything itself: it says so and links to the download;
// IT-managed computers set the channel off and push the packages themselves.
struct UpdateOffer {
    QString version;
    QString url; // https
    QString notes;
};

class UpdateCheck final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::UpdateCheck)

public:
    // GET path asking for the newest release of `channel` (stable or beta) for this platform.
    static QString requestPath(const QString& channel);
    // The platform's answer read: the offer when it names a version newer than `current`;
    // nothing when this one is as new or none is published (404); a sentence saying why when
    // the answer is not a release.
    static Result<std::optional<UpdateOffer>> read(
        const net::ApiResult& answer, const QString& current);
};

} // namespace vt::app
