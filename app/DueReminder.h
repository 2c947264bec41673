#pragma once

#include "PracticeTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace vt::app {

// The tray's reminder: once a day, the assignments that are overdue or due today and not
// completed, in one sentence. Nothing when there are none, or when today's was given.
class DueReminder final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::DueReminder)

public:
    struct Message {
        QString title;
        QString body;
    };
    static std::optional<Message> due(
        const QList<AssignmentCard>& assignments, const QDateTime& now, const QDate& lastReminded);
};

} // namespace vt::app
