#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace vt::server {

// What a scenario tells the recogniser and the transcript style about the words of its calls:
// a language model of the scenario's own words (its phrases, objections, persona, the
// prospect's lines, the numbers it uses, the organisation's and the rep's names) and the
// shipped sales-conversation corpus (server/speech/corpus), and how names and acronyms are
// written ("nmls" → "NMLS", "jamie" → "Jamie"). Built once per scenario, organisation and rep
// (ScenarioLanguageCache), not per call. (The words the dictionary lacks, with their phones,
// are the agent script's vocabulary.)
struct ScenarioLanguage {
    struct Source {
        QJsonObject scenario; // the record: title, summary, persona, briefing, scoring, agent
        QString orgName;
        QString repName;
    };

    QString key;      // SHA-256 of what it was built from, and of the builder's version
    QString arpaPath; // the language model, ARPA text
    QHash<QString, QString> displayForms; // lowercase word → how it is written
    int sentences = 0;
    int vocabularySize = 0;

    // The language model's text and the rest, from a scenario and the corpus (no files).
    static ScenarioLanguage build(const Source& source, QByteArray* arpa);
    // The cache key alone.
    static QString keyOf(const Source& source);
};

// Scenario language models on disk (the server's data folder, speech/), by key, and in memory
// while calls use them. Thread-safe: calls start on the gateway's thread, tools elsewhere.
class ScenarioLanguageCache final {
public:
    static constexpr int keptInMemory = 64; // the files stay; the least used are forgotten
    explicit ScenarioLanguageCache(QString directory);

    // The scenario's language, built on first use; null with `error` when its model cannot
    // be written.
    std::shared_ptr<const ScenarioLanguage> get(
        const ScenarioLanguage::Source& source, QString* error);
    int builds() const; // how many were built (not found): for tests and logs

private:
    QString m_directory;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<const ScenarioLanguage>> m_loaded;
    QStringList m_recent; // keys, least recently used first
    int m_builds = 0;
};

} // namespace vt::server
