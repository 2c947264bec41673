#include "ChatStreamFuzzTarget.h"

#include "engine/ChatStream.h"
#include "engine/EngineConfig.h"

#include <QStringList>

#include <cstdlib>

namespace vt::test {
namespace {

QString describe(const QList<server::ChatDelta>& deltas, QString* content)
{
    QString all;
    for (const server::ChatDelta& d : deltas) {
        all += d.content + QLatin1Char('|') + d.toolName + QLatin1Char('|') + d.toolArguments
            + QLatin1Char('|') + d.finishReason + QLatin1Char('\n');
        *content += d.content;
    }
    return all;
}

} // namespace

int fuzzChatStream(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    server::ChatStream whole;
    QString content;
    const QString once = describe(whole.feed(bytes), &content);
    const qsizetype cut
        = bytes.isEmpty() ? 0 : qsizetype(std::uint8_t(bytes[0])) % (bytes.size() + 1);
    server::ChatStream parts;
    QList<server::ChatDelta> deltas = parts.feed(bytes.left(cut));
    deltas += parts.feed(bytes.mid(cut));
    QString ignored;
    // An error stops the reading where it is found, wherever the cut: compare only clean runs.
    if (whole.error().isEmpty() && parts.error().isEmpty()
        && (describe(deltas, &ignored) != once || whole.done() != parts.done()))
        std::abort();

    server::SentenceSplitter splitter;
    QStringList sentences = splitter.add(content);
    sentences.append(splitter.finish());
    if (sentences.join(QString()).simplified().remove(QLatin1Char(' '))
        != content.simplified().remove(QLatin1Char(' ')))
        std::abort();

    if (const Result<server::EngineConfig> config = server::EngineConfig::parse(bytes)) {
        for (auto it = config->orgs.cbegin(); it != config->orgs.cend(); ++it) {
            for (auto s = it->scenarios.cbegin(); s != it->scenarios.cend(); ++s)
                (void)config->engineFor(it.key(), QString(), s.key());
        }
    }
    return 0;
}

} // namespace vt::test
