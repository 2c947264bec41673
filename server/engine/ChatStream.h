#pragma once

// The answer of an OpenAI-compatible Chat Completions endpoint asked with "stream": true
// (docs/engines.md): server-sent events, each "data: " line a chat.completion.chunk, the
// last "data: [DONE]". Read incrementally as the bytes come, so the prospect's first
// sentence can be spoken before the model has finished. No Qt network here: a pure reader
// with a fuzz target (tests/fuzz).

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vt::server {

// What one chunk brought.
struct ChatDelta {
    QString content;       // words of the answer, in order
    QString toolName;      // a tool call began (its name), or empty
    QString toolArguments; // a fragment of the tool call's arguments (JSON text)
    QString finishReason;  // stop, length, tool_calls, content_filter; empty while it goes on
};

class ChatStream final {
public:
    static constexpr qsizetype maxLineBytes = 64 * 1024;

    // Feeds the next bytes of the body; the deltas they completed.
    QList<ChatDelta> feed(const QByteArray& bytes);
    // "data: [DONE]" was read.
    bool done() const { return m_done; }
    // What was wrong with the stream, naming it; empty while it is well formed. Once set,
    // feed() reads nothing more.
    const QString& error() const { return m_error; }

    // The message of an error body ({"error": {"message", "type", "code"}}), or the body's
    // start when it is not one.
    static QString errorMessage(const QByteArray& body);

private:
    void line(const QByteArray& line, QList<ChatDelta>& out);

    QByteArray m_pending;
    bool m_done = false;
    QString m_error;
};

// Splits streamed text into sentences as they complete: a sentence ends at ".", "!", "?"
// (or "…") followed by a space, so "Dr. Smith" and "$3.5" stay whole at a stream's seams.
class SentenceSplitter final {
public:
    // Adds text; the sentences it completed, trimmed.
    QList<QString> add(const QString& text);
    // What is left at the end of the stream, trimmed (may be empty).
    QString finish();

private:
    QString m_text;
};

} // namespace vt::server
