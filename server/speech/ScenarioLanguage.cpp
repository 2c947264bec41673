#include "ScenarioLanguage.h"

#include "LanguageModelBuilder.h"
#include "SpokenText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSaveFile>

namespace vt::server {
namespace {

// Bumped when what a scenario's model is built from, or how, changes: old files are not used.
constexpr char builderVersion[] = "scenario-language-1";

// How much a text counts in the scenario's model against the general corpus (1): what the rep
// is expected to say most, the rest of the scenario next.
constexpr int repWeight = 3;
constexpr int scenarioWeight = 2;
constexpr int corpusWeight = 1;

// Words always written one way, whatever the scenario says.
const QHash<QString, QString>& builtInForms()
{
    static const QHash<QString, QString> forms = [] {
        QHash<QString, QString> f;
        for (const char* w : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday", "January", "February", "March", "April", "June", "July", "August",
                 "September", "October", "November", "December", "I", "I'm", "I'll", "I've", "I'd",
                 "NMLS", "APR", "FHA", "VA", "USDA", "ARM", "LTV", "PMI", "HOA", "DTI", "HELOC",
                 "PITI", "FICO", "IRS", "OK", "CEO", "IT", "AI", "ID", "CRM", "SaaS"}) {
            const QString word = QString::fromLatin1(w);
            f.insert(word.toLower(), word);
        }
        f.remove(QStringLiteral("it")); // "IT" the department is rarer than "it"
        return f;
    }();
    return forms;
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue& v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QStringList field(const QJsonObject& o, const char* name)
{
    return strings(o.value(QLatin1String(name)));
}

QStringList eachField(const QJsonValue& array, const char* name)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out += field(v.toObject(), name);
    return out;
}

struct Texts {
    QStringList rep;      // what the rep is expected to say
    QStringList scenario; // everything else the scenario says
};

Texts textsOf(const ScenarioLanguage::Source& source)
{
    const QJsonObject& s = source.scenario;
    const QJsonObject scoring = s.value(QStringLiteral("scoring")).toObject();
    const QJsonObject agent = s.value(QStringLiteral("agent")).toObject();
    const QJsonObject persona = s.value(QStringLiteral("persona")).toObject();
    const QJsonObject goal = scoring.value(QStringLiteral("goal")).toObject();
    const QJsonObject agentGoal = agent.value(QStringLiteral("goal")).toObject();
    const QJsonObject hangUp = agent.value(QStringLiteral("hang_up")).toObject();
    Texts t;
    t.rep += eachField(scoring.value(QStringLiteral("required_phrases")), "variants");
    t.rep += eachField(scoring.value(QStringLiteral("objections")), "handling");
    t.rep += eachField(agent.value(QStringLiteral("objections")), "rep_triggers");
    t.rep += eachField(agent.value(QStringLiteral("intents")), "keywords");
    t.rep += field(agentGoal, "ask_keywords");
    if (goal.value(QStringLiteral("speaker")).toString() == QLatin1String("rep"))
        t.rep += field(goal, "phrases");
    else
        t.scenario += field(goal, "phrases");

    // The names the rep says: the prospect's, their own, their organisation's.
    const QString prospect = persona.value(QStringLiteral("name")).toString();
    const QString prospectFirst = prospect.section(QLatin1Char(' '), 0, 0);
    const QString repFirst = source.repName.section(QLatin1Char(' '), 0, 0);
    if (!prospectFirst.isEmpty())
        t.rep << QStringLiteral("Hi %1.").arg(prospectFirst)
              << QStringLiteral("Thanks, %1.").arg(prospectFirst)
              << QStringLiteral("Is this %1?").arg(prospect);
    if (!repFirst.isEmpty())
        t.rep << QStringLiteral("This is %1.").arg(repFirst)
              << QStringLiteral("My name is %1.").arg(source.repName);
    if (!source.orgName.isEmpty()) {
        t.rep << QStringLiteral("I'm calling from %1.").arg(source.orgName)
              << QStringLiteral("Thanks for choosing %1.").arg(source.orgName);
        if (!repFirst.isEmpty())
            t.rep << QStringLiteral("This is %1 from %2.").arg(repFirst, source.orgName)
                  << QStringLiteral("This is %1 with %2.").arg(repFirst, source.orgName);
    }

    t.scenario += field(s, "title");
    t.scenario += field(s, "summary");
    t.scenario += field(s, "briefing");
    for (const char* key : {"name", "role", "temperament", "background", "opening_line"})
        t.scenario += field(persona, key);
    t.scenario += eachField(scoring.value(QStringLiteral("required_phrases")), "label");
    t.scenario += eachField(scoring.value(QStringLiteral("objections")), "triggers");
    t.scenario += eachField(scoring.value(QStringLiteral("objections")), "label");
    t.scenario += field(goal, "label");
    t.scenario += field(agent, "opening");
    t.scenario += eachField(agent.value(QStringLiteral("objections")), "line");
    t.scenario += eachField(agent.value(QStringLiteral("objections")), "handled_line");
    t.scenario += eachField(agent.value(QStringLiteral("objections")), "preempted_line");
    t.scenario += eachField(agent.value(QStringLiteral("intents")), "replies");
    t.scenario += field(agent, "fallbacks");
    t.scenario += field(agent, "clarify_lines");
    for (const char* key : {"agree_line", "not_yet_line"})
        t.scenario += field(agentGoal, key);
    for (const char* key :
        {"rude_line", "silence_prompt_line", "silence_hang_up_line", "time_limit_line"})
        t.scenario += field(hangUp, key);
    return t;
}

// Written forms: words with a capital inside a sentence ("Summit Lending", "Tuesday"), all-caps
// words anywhere ("NMLS"), and the names.
void collectForms(const QString& text, QHash<QString, QString>& forms)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z']*|[.!?]"));
    bool sentenceStart = true;
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w == QLatin1String(".") || w == QLatin1String("!") || w == QLatin1String("?")) {
            sentenceStart = true;
            continue;
        }
        const bool allCaps = w.size() >= 2 && w == w.toUpper();
        const bool capital = w.at(0).isUpper();
        if ((allCaps || (capital && !sentenceStart)) && w.toLower() != QLatin1String("i"))
            forms.insert(w.toLower(), w);
        sentenceStart = false;
    }
}

QByteArray corpusText()
{
    QFile file(QStringLiteral(":/vt/server/speech/corpus/sales-conversation.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void addText(LanguageModelBuilder& model, const QString& text, int weight)
{
    const QByteArray utf8 = text.toUtf8();
    for (const SpokenSentence& s :
        spokenSentences(std::string_view(utf8.constData(), std::size_t(utf8.size()))))
        model.add(s, weight);
}

} // namespace

QString ScenarioLanguage::keyOf(const Source& source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(builderVersion));
    hash.addData(corpusText());
    const Texts texts = textsOf(source);
    for (const QStringList* list : {&texts.rep, &texts.scenario}) {
        hash.addData(QByteArrayView("\x1e"));
        for (const QString& s : *list) {
            hash.addData(s.toUtf8());
            hash.addData(QByteArrayView("\x1f"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

ScenarioLanguage ScenarioLanguage::build(const Source& source, QByteArray* arpa)
{
    ScenarioLanguage language;
    language.key = keyOf(source);
    const Texts texts = textsOf(source);
    LanguageModelBuilder model;
    for (const QString& t : texts.rep)
        addText(model, t, repWeight);
    for (const QString& t : texts.scenario)
        addText(model, t, scenarioWeight);
    for (const QByteArray& line : corpusText().split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            addText(model, QString::fromUtf8(line), corpusWeight);
    }
    *arpa = QByteArray::fromStdString(model.arpa());
    language.sentences = int(model.sentences());
    language.vocabularySize = int(model.vocabularySize());

    language.displayForms = builtInForms();
    for (const QStringList* list : {&texts.rep, &texts.scenario}) {
        for (const QString& t : *list)
            collectForms(t, language.displayForms);
    }
    // Names are written capitalised even where a scenario wrote them otherwise.
    const QString persona = source.scenario.value(QStringLiteral("persona"))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString();
    for (const QString& name : {persona, source.orgName, source.repName}) {
        for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part.at(0).isLetter())
                language.displayForms.insert(part.toLower(), part.at(0).toUpper() + part.mid(1));
        }
    }
    return language;
}

ScenarioLanguageCache::ScenarioLanguageCache(QString directory)
    : m_directory(std::move(directory))
{
}

std::shared_ptr<const ScenarioLanguage> ScenarioLanguageCache::get(
    const ScenarioLanguage::Source& source, QString* error)
{
    const QString key = ScenarioLanguage::keyOf(source);
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_loaded.constFind(key); it != m_loaded.constEnd()) {
        m_recent.removeOne(key);
        m_recent.append(key);
        return *it;
    }
    QByteArray arpa;
    auto language = std::make_shared<ScenarioLanguage>(ScenarioLanguage::build(source, &arpa));
    ++m_builds;
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create the speech cache folder %1")
                     .arg(QDir::toNativeSeparators(m_directory));
        return nullptr;
    }
    language->arpaPath = QDir(m_directory).filePath(key + QStringLiteral(".arpa"));
    if (!QFile::exists(language->arpaPath)) {
        QSaveFile file(language->arpaPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(arpa) != arpa.size() || !file.commit()) {
            *error = QStringLiteral("cannot write the scenario's language model %1: %2")
                         .arg(QDir::toNativeSeparators(language->arpaPath), file.errorString());
            return nullptr;
        }
    }
    m_loaded.insert(key, language);
    m_recent.append(key);
    while (m_recent.size() > keptInMemory)
        m_loaded.remove(m_recent.takeFirst());
    return language;
}

int ScenarioLanguageCache::builds() const
{
    QMutexLocker lock(&m_mutex);
    return m_builds;
}

} // namespace vt::server
