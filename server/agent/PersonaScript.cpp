#include "PersonaScript.h"

#include "Scenario.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace vt::server {
namespace {

using protocol::ObjectReader;
using protocol::Presence;

constexpr qsizetype maxLineChars = 600;
constexpr qsizetype maxPhrases = 64;
constexpr qsizetype maxItems = 64;

QStringList phrases(ObjectReader& r, QStringView name, Presence presence)
{
    QStringList out;
    const std::optional<QJsonArray> array = r.array(name, presence, maxPhrases);
    if (!array)
        return out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString text = array->at(i).toString();
        if (!array->at(i).isString() || text.trimmed().isEmpty() || text.size() > maxLineChars)
            r.errors().add(protocol::indexPath(r.pathOf(name), i),
                QStringLiteral("must be a non-empty string of at most %1 characters")
                    .arg(maxLineChars));
        else
            out.append(text);
    }
    return out;
}

QString line(ObjectReader& r, QStringView name, Presence presence)
{
    return r.text(name, presence, 1, maxLineChars).value_or(QString());
}

// Each element of an array of objects, read by `read`.
template <typename Read>
void eachObject(ObjectReader& r, QStringView name, Presence presence, Read read)
{
    const std::optional<QJsonArray> array = r.array(name, presence, maxItems);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = protocol::indexPath(r.pathOf(name), i);
        if (!array->at(i).isObject()) {
            r.errors().add(path, QStringLiteral("must be an object"));
            continue;
        }
        ObjectReader item(array->at(i).toObject(), path, r.errors());
        read(item);
    }
}

QStringList texts(const std::vector<scoring::Phrase>& phrases)
{
    QStringList out;
    for (const scoring::Phrase& p : phrases)
        out.append(QString::fromStdString(p.text));
    return out;
}

std::optional<scoring::Scenario> scoringOf(
    const QJsonObject& scoring, protocol::FieldErrors& errors)
{
    const QByteArray text = QJsonDocument(scoring).toJson(QJsonDocument::Compact);
    scoring::Parsed<scoring::Scenario> parsed
        = scoring::parseScenario(std::string_view(text.constData(), std::size_t(text.size())));
    if (!parsed) {
        const scoring::ScoringError& e = parsed.error();
        errors.add(QStringLiteral("$.scoring")
                + (e.path.empty() ? QString()
                                  : (e.path.front() == '[' ? QString() : QStringLiteral("."))
                            + QString::fromStdString(e.path)),
            QString::fromStdString(e.message));
        return std::nullopt;
    }
    return std::move(parsed).value();
}

// The objection takes the scoring objection's triggers and handling; its line must raise it.
void bindToScoring(ScriptedObjection& o, const scoring::Scenario& scoring, ObjectReader& r)
{
    const auto it = std::find_if(scoring.objections.begin(), scoring.objections.end(),
        [&o](const scoring::Objection& s) { return QString::fromStdString(s.tag) == o.tag; });
    if (it == scoring.objections.end()) {
        if (!o.tag.isEmpty())
            r.errors().add(r.pathOf(u"tag"),
                QStringLiteral("“%1” is no objection of the scenario's scoring "
                               "(scoring.objections[].tag)")
                    .arg(o.tag));
        return;
    }
    o.triggers = PhraseSet(texts(it->triggers));
    o.handling = PhraseSet(texts(it->handling));
    for (const auto& [field, text] :
        {std::pair{u"line", o.line}, {u"preempted_line", o.preemptedLine}}) {
        if (!text.isEmpty() && !o.triggers.saidIn(text))
            r.errors().add(r.pathOf(field),
                QStringLiteral("says none of the scoring objection's triggers (%1), so the score "
                               "would never count it raised")
                    .arg(o.triggers.texts().join(QStringLiteral(", "))));
    }
}

// A string or a non-empty array of strings: the field `name` of `object`, read through `r`.
QStringList lines(ObjectReader& r, const QJsonObject& object, QStringView name)
{
    if (object.value(name).isArray()) {
        QStringList out = phrases(r, name, Presence::Required);
        if (out.isEmpty())
            r.errors().add(r.pathOf(name), QStringLiteral("needs at least one line"));
        return out;
    }
    const QString one = line(r, name, Presence::Required);
    return one.isEmpty() ? QStringList() : QStringList{one};
}

} // namespace

QString voiceForPersona(const QString& personaVoice)
{
    const QStringList words = personaVoice.toLower().split(QLatin1Char('-'));
    if (words.contains(QLatin1String("female")) || words.contains(QLatin1String("woman")))
        return QStringLiteral("slt");
    if (words.contains(QLatin1String("young")))
        return QStringLiteral("rms");
    return QStringLiteral("kal");
}

std::optional<PersonaScript> readPersonaScript(const QJsonObject& agent,
    const QJsonObject& scoringObject, protocol::FieldErrors& errors, const QJsonObject& persona)
{
    const std::optional<scoring::Scenario> scoring = scoringOf(scoringObject, errors);
    ObjectReader r(agent, QStringLiteral("$.agent"), errors);
    PersonaScript s;
    s.voice = r.oneOf(u"voice", Presence::Optional, {u"kal", u"awb", u"rms", u"slt"})
                  .value_or(voiceForPersona(persona.value(QStringLiteral("voice")).toString()));
    s.opening = line(r, u"opening", Presence::Required);
    eachObject(r, u"objections", Presence::Required, [&s, &scoring](ObjectReader& o) {
        ScriptedObjection obj;
        obj.tag = o.text(u"tag", Presence::Required, 1, 64).value_or(QString());
        obj.line = line(o, u"line", Presence::Required);
        obj.repTriggers = PhraseSet(phrases(o, u"rep_triggers", Presence::Optional));
        obj.afterRepTurns
            = int(o.integer(u"after_rep_turns", Presence::Optional, 0, 100).value_or(-1));
        obj.handledLine = line(o, u"handled_line", Presence::Required);
        obj.preemptedLine = line(o, u"preempted_line", Presence::Optional);
        if (obj.preemptedLine.isEmpty() && !obj.line.isEmpty())
            obj.preemptedLine
                = QStringLiteral("Good, you answered what I was going to bring up: ") + obj.line;
        if (scoring)
            bindToScoring(obj, *scoring, o);
        if (obj.repTriggers.isEmpty() && obj.afterRepTurns < 0)
            o.errors().add(o.path(),
                QStringLiteral("needs rep_triggers or after_rep_turns, or it is never raised"));
        s.objections.append(obj);
    });
    eachObject(r, u"intents", Presence::Optional, [&s](ObjectReader& o) {
        Intent intent;
        intent.id = o.text(u"id", Presence::Required, 1, 64).value_or(QString());
        intent.keywords = PhraseSet(phrases(o, u"keywords", Presence::Required));
        intent.replies = phrases(o, u"replies", Presence::Required);
        s.intents.append(intent);
    });
    s.fallbacks = phrases(r, u"fallbacks", Presence::Required);
    if (s.fallbacks.isEmpty())
        errors.add(r.pathOf(u"fallbacks"), QStringLiteral("needs at least one line"));
    s.clarifyLines = phrases(r, u"clarify_lines", Presence::Optional);
    if (const std::optional<QJsonObject> goal = r.object(u"goal", Presence::Required)) {
        ObjectReader g(*goal, r.pathOf(u"goal"), errors);
        s.goalAskKeywords = PhraseSet(phrases(g, u"ask_keywords", Presence::Required));
        s.goalMinObjections = int(g.integer(u"min_objections", Presence::Optional, 0, maxItems)
                                      .value_or(qint64(s.objections.size())));
        s.goalAgreeLine = line(g, u"agree_line", Presence::Required);
        if (scoring && scoring->goal && scoring->goal->speaker == scoring::Speaker::Prospect
            && !s.goalAgreeLine.isEmpty()
            && !PhraseSet(texts(scoring->goal->phrases)).saidIn(s.goalAgreeLine))
            errors.add(g.pathOf(u"agree_line"),
                QStringLiteral("says none of the scoring goal's phrases, so the score would "
                               "never count the goal reached"));
        s.goalNotYetLines = lines(g, *goal, u"not_yet_line");
    }
    if (const std::optional<QJsonObject> hang = r.object(u"hang_up", Presence::Required)) {
        ObjectReader h(*hang, r.pathOf(u"hang_up"), errors);
        s.rudeWords = PhraseSet(phrases(h, u"rude_words", Presence::Required));
        s.rudeLine = line(h, u"rude_line", Presence::Required);
        s.silencePromptMs = h.integer(u"silence_prompt_ms", Presence::Optional, 3000, 120000)
                                .value_or(s.silencePromptMs);
        s.silencePromptLine = line(h, u"silence_prompt_line", Presence::Required);
        s.silenceHangUpMs = h.integer(u"silence_hang_up_ms", Presence::Optional, 3000, 300000)
                                .value_or(s.silenceHangUpMs);
        s.silenceHangUpLine = line(h, u"silence_hang_up_line", Presence::Required);
        s.timeLimitLine = line(h, u"time_limit_line", Presence::Required);
        if (s.silenceHangUpMs <= s.silencePromptMs)
            errors.add(h.pathOf(u"silence_hang_up_ms"),
                QStringLiteral("must be longer than silence_prompt_ms"));
    }
    static const QRegularExpression phoneSet(QStringLiteral("^[A-Z]{1,3}( [A-Z]{1,3})*$"));
    eachObject(r, u"vocabulary", Presence::Optional, [&s](ObjectReader& o) {
        VocabularyWord word;
        word.word = o.text(u"word", Presence::Required, 1, 40).value_or(QString()).toLower();
        word.phones = o.text(u"phones", Presence::Required, 1, 200).value_or(QString());
        if (!word.phones.isEmpty() && !phoneSet.match(word.phones).hasMatch())
            o.errors().add(o.pathOf(u"phones"),
                QStringLiteral("must be upper-case phones separated by single spaces"));
        s.vocabulary.append(word);
    });
    if (!errors.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace vt::server
