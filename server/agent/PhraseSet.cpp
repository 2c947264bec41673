#include "PhraseSet.h"

#include <algorithm>

namespace vt::server {

scoring::MatchTokens heardTokens(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return scoring::matchTokens(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

PhraseSet::PhraseSet(QStringList phrases)
    : m_texts(std::move(phrases))
{
    m_tokens.reserve(std::size_t(m_texts.size()));
    for (const QString& phrase : std::as_const(m_texts))
        m_tokens.push_back(heardTokens(phrase));
}

bool PhraseSet::saidIn(const scoring::MatchTokens& heard) const
{
    return std::any_of(m_tokens.begin(), m_tokens.end(),
        [&heard](const scoring::MatchTokens& phrase) { return scoring::isSaid(phrase, heard); });
}

} // namespace vt::server
