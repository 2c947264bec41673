#pragma once

#include "MatchText.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace vt::server {

// What the rep said, as the scoring module's matcher reads it (docs/scoring.md §2.3).
scoring::MatchTokens heardTokens(const QString& text);

// Phrases the practice agent listens for, matched by the scoring module's own matcher, so the
// prospect and the score never disagree on whether the rep said one ("45 days" is said in
// "forty-five days", "rate go up" in "the rate goes up").
class PhraseSet final {
public:
    PhraseSet() = default;
    explicit PhraseSet(QStringList phrases);

    bool saidIn(const scoring::MatchTokens& heard) const;
    bool saidIn(const QString& text) const { return saidIn(heardTokens(text)); }
    const QStringList& texts() const { return m_texts; }
    bool isEmpty() const { return m_texts.isEmpty(); }

private:
    QStringList m_texts;
    std::vector<scoring::MatchTokens> m_tokens;
};

} // namespace vt::server
