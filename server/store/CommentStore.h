#pragma once

#include "db/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace vt::server {

struct CommentRecord {
    QString id;
    QString attemptId;
    QString authorId;
    QString authorName;
    QString body;
    std::optional<qint64> spanStartMs;
    std::optional<qint64> spanEndMs;
    QString utteranceId;
    qint64 createdAt = 0;
};

// Managers' comments on attempts, oldest first.
class CommentStore final {
public:
    explicit CommentStore(Database& db)
        : m_db(db)
    {
    }
    CommentRecord add(const QString& orgId, const CommentRecord& comment, qint64 nowMs);
    QList<CommentRecord> forAttempt(const QString& orgId, const QString& attemptId);

private:
    Database& m_db;
};

} // namespace vt::server
