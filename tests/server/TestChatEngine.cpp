// The `chat` voice engine's parts that need no call (docs/engines.md): the streamed answer
// read from the documented examples (tests/data/openai-chat) with exact values, cut at every
// byte; sentences as they complete; the engines file and its errors by field; credentials
// from a variable or a private file, never a world-readable one; the persona prompt of every
// seeded scenario, which must never hold what the rep is scored on; the test double's chunks
// checked against the documented examples; and ChatMind against that double.
#include "ChatDouble.h"
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "agent/PersonaScript.h"
#include "engine/ChatMind.h"
#include "engine/ChatStream.h"
#include "engine/EngineConfig.h"
#include "engine/PersonaPrompt.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vt::server;

namespace {

QByteArray fixture(const char* name)
{
    return vt::test::readTestFile(
        QStringLiteral(VT_SOURCE_DIR "/tests/data/openai-chat/") + QLatin1String(name));
}

QJsonObject seedScenario(const QString& name)
{
    return QJsonDocument::fromJson(
        vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR "/server/seed/") + name))
        .object();
}

PersonaScript scriptOf(const QJsonObject& scenario)
{
    vt::protocol::FieldErrors errors;
    return readPersonaScript(scenario.value(QStringLiteral("agent")).toObject(),
        scenario.value(QStringLiteral("scoring")).toObject(), errors,
        scenario.value(QStringLiteral("persona")).toObject())
        .value_or(PersonaScript());
}

// Every key path of a JSON value ("choices[].delta.content"), arrays as "[]".
void keyPaths(const QJsonValue& v, const QString& at, QSet<QString>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key();
            out.insert(path);
            keyPaths(it.value(), path, out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            keyPaths(item, at + QStringLiteral("[]"), out);
    }
}

} // namespace

class TestChatEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedStream();
    void streamCutAtEveryByte();
    void toolCallStream();
    void badStreams_data();
    void badStreams();
    void errorBody();
    void sentences();
    void engineFile();
    void engineFileErrors_data();
    void engineFileErrors();
    void credentials();
    void personaPromptKeepsTheRubricOut_data();
    void personaPromptKeepsTheRubricOut();
    void doubleSpeaksLikeTheDocumentation();
    void mindAgainstTheDouble();
    void mindFailures_data();
    void mindFailures();
};

void TestChatEngine::documentedStream()
{
    ChatStream stream;
    const QList<ChatDelta> deltas = stream.feed(fixture("stream.txt"));
    QVERIFY2(stream.error().isEmpty(), qPrintable(stream.error()));
    QVERIFY(stream.done());
    QCOMPARE(deltas.size(), 2);
    QCOMPARE(deltas[0].content, QStringLiteral("Hello"));
    QCOMPARE(deltas[0].finishReason, QString());
    QCOMPARE(deltas[1].content, QString());
    QCOMPARE(deltas[1].finishReason, QStringLiteral("stop"));
}

void TestChatEngine::streamCutAtEveryByte()
{
    const QByteArray all = fixture("tool-call-stream.txt").replace("\n", "\r\n");
    for (qsizetype cut = 0; cut <= all.size(); ++cut) {
        ChatStream stream;
        QList<ChatDelta> deltas = stream.feed(all.left(cut));
        deltas += stream.feed(all.mid(cut));
        QString name, arguments, finish;
        for (const ChatDelta& d : deltas) {
            name += d.toolName;
            arguments += d.toolArguments;
            finish += d.finishReason;
        }
        QVERIFY2(stream.error().isEmpty(), qPrintable(stream.error()));
        QVERIFY(stream.done());
        QCOMPARE(name, QStringLiteral("get_current_weather"));
        QCOMPARE(arguments, QStringLiteral("{\"location\": \"Boston, MA\"}"));
        QCOMPARE(finish, QStringLiteral("tool_calls"));
    }
}

void TestChatEngine::toolCallStream()
{
    ChatStream stream;
    const QList<ChatDelta> deltas = stream.feed(fixture("tool-call-stream.txt"));
    QCOMPARE(deltas.size(), 4);
    QCOMPARE(deltas[0].toolName, QStringLiteral("get_current_weather"));
    QCOMPARE(deltas[0].content, QString()); // "content": null
    QCOMPARE(deltas[1].toolArguments, QStringLiteral("{\"location\":"));
    QCOMPARE(deltas[3].finishReason, QStringLiteral("tool_calls"));
}

void TestChatEngine::badStreams_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("data: {\"choices\": [\n\n")
                              << QStringLiteral("an event that is not JSON: unterminated array");
    QTest::newRow("no choices") << QByteArray("data: {\"id\":\"x\"}\n\n")
                                << QStringLiteral("$.choices: an array is expected");
    QTest::newRow("error event") << QByteArray(
        "data: {\"error\":{\"message\":\"Rate limit reached\",\"code\":"
        "\"rate_limit_exceeded\"}}\n\n")
                                 << QStringLiteral("Rate limit reached (rate_limit_exceeded)");
    QTest::newRow("endless line") << QByteArray(ChatStream::maxLineBytes + 1, 'x')
                                  << QStringLiteral("an event line longer than 65536 bytes");
}

void TestChatEngine::badStreams()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    ChatStream stream;
    stream.feed(bytes);
    QCOMPARE(stream.error(), error);
    QVERIFY(stream.feed(fixture("stream.txt")).isEmpty()); // nothing more is read
}

void TestChatEngine::errorBody()
{
    QCOMPARE(ChatStream::errorMessage(fixture("error-invalid-api-key.json")),
        QStringLiteral("Incorrect API key provided: sk-abc***xyz. You can find your API key at "
                       "https://platform.openai.com/account/api-keys. (invalid_api_key)"));
    QCOMPARE(ChatStream::errorMessage("Bad Gateway"), QStringLiteral("Bad Gateway"));
}

void TestChatEngine::sentences()
{
    SentenceSplitter s;
    QCOMPARE(s.add(QStringLiteral("Well, Dr. Ortiz said the rate is 6.5")), QList<QString>());
    QCOMPARE(s.add(QStringLiteral("%. Is that")),
        QList<QString>{QStringLiteral("Well, Dr. Ortiz said the rate is 6.5%.")});
    QCOMPARE(s.add(QStringLiteral(" right? I")), QList<QString>{QStringLiteral("Is that right?")});
    QCOMPARE(
        s.add(QStringLiteral(" doubt it! Hmm")), QList<QString>{QStringLiteral("I doubt it!")});
    QCOMPARE(s.add(QStringLiteral(". Mr. No, e.g. not")), QList<QString>{QStringLiteral("Hmm.")});
    QCOMPARE(s.finish(), QStringLiteral("Mr. No, e.g. not"));
    QCOMPARE(s.finish(), QString());
}

void TestChatEngine::engineFile()
{
    const vt::Result<EngineConfig> config = EngineConfig::parse(R"({
        "engines": {
            "house": {"type": "chat", "url": "http://127.0.0.1:11434/v1", "model": "llama3.1:8b"},
            "openai": {"type": "chat", "url": "https://api.openai.com/v1", "model": "gpt-4o-mini",
                       "key_env": "VT_TEST_OPENAI_KEY", "temperature": 0.5, "max_tokens": 120}
        },
        "default": "house",
        "orgs": {
            "Summit Lending": {"engine": "openai", "scenarios": {"s-1": "script"}},
            "org-2": {"scenarios": {"s-2": "openai"}}
        }
    })");
    QVERIFY2(config, qPrintable(config.error()));
    QCOMPARE(config->engines.size(), 2);
    const EngineSpec& openai = config->engines.value(QStringLiteral("openai"));
    QCOMPARE(openai.model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(openai.temperature, 0.5);
    QCOMPARE(openai.maxTokens, 120);
    QCOMPARE(openai.keyEnv, QStringLiteral("VT_TEST_OPENAI_KEY"));
    // By organisation name or id, then by scenario; "script" is the practice script (nullptr).
    QCOMPARE(config
                 ->engineFor(QStringLiteral("org-1"), QStringLiteral("Summit Lending"),
                     QStringLiteral("s-9"))
                 ->name,
        QStringLiteral("openai"));
    QVERIFY(!config->engineFor(
        QStringLiteral("org-1"), QStringLiteral("Summit Lending"), QStringLiteral("s-1")));
    QCOMPARE(config->engineFor(QStringLiteral("org-2"), QString(), QStringLiteral("s-2"))->name,
        QStringLiteral("openai"));
    QCOMPARE(config->engineFor(QStringLiteral("org-2"), QString(), QStringLiteral("s-3"))->name,
        QStringLiteral("house"));
    QVERIFY(!EngineConfig::parse("{}")->engineFor(QStringLiteral("o"), {}, QStringLiteral("s")));
}

void TestChatEngine::engineFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{")
                              << QStringLiteral("not JSON: unterminated object at byte 1");
    QTest::newRow("unknown type") << QByteArray(
        R"({"engines": {"x": {"type": "gpt-9", "url": "http://h/v1", "model": "m"}}})")
                                  << QStringLiteral(
                                         "$.engines.x.type: must be one of \"script\", \"chat\"");
    QTest::newRow("no model") << QByteArray(
        R"({"engines": {"x": {"type": "chat", "url": "http://h/v1"}}})")
                              << QStringLiteral("$.engines.x.model: is required");
    QTest::newRow("ftp url")
        << QByteArray(R"({"engines": {"x": {"type": "chat", "url": "ftp://h/v1", "model": "m"}}})")
        << QStringLiteral(
               "$.engines.x.url: must be an http(s) address such as https://api.openai.com/v1");
    QTest::newRow("a key in the file")
        << QByteArray(R"({"engines": {"x": {"type": "chat", "url": "http://h/v1", "model": "m",
                         "api_key": "sk-live-123"}}})")
        << QStringLiteral("$.engines.x.api_key: a key is never written here: name it with key_env "
                          "or key_file");
    QTest::newRow("both key sources")
        << QByteArray(R"({"engines": {"x": {"type": "chat", "url": "http://h/v1", "model": "m",
                         "key_env": "A", "key_file": "/k"}}})")
        << QStringLiteral("$.engines.x.key_file: goes without key_env: one or the other");
    QTest::newRow("unknown default") << QByteArray(R"({"default": "gpt"})")
                                     << QStringLiteral("$.default: names no engine: \"script\" "
                                                       "or one of \"engines\"");
    QTest::newRow("unknown scenario engine")
        << QByteArray(R"({"orgs": {"o": {"scenarios": {"s": "nope"}}}})")
        << QStringLiteral(
               "$.orgs.o.scenarios.s: names no engine: \"script\" or one of \"engines\"");
}

void TestChatEngine::engineFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const vt::Result<EngineConfig> config = EngineConfig::parse(json);
    QVERIFY(!config);
    QCOMPARE(config.error(), error);
    QVERIFY(!config.error().contains(QLatin1String("sk-live-123"))); // never the key itself
}

void TestChatEngine::credentials()
{
    QTemporaryDir dir;
    EngineSpec spec;
    spec.name = QStringLiteral("x");
    QCOMPARE(*engineCredential(spec), QByteArray()); // a server that needs no key
    spec.keyEnv = QStringLiteral("VT_TEST_CHAT_KEY_UNSET");
    QCOMPARE(engineCredential(spec).error(),
        QStringLiteral("the environment variable VT_TEST_CHAT_KEY_UNSET is not set"));
    qputenv("VT_TEST_CHAT_KEY", "sk-env-456\n");
    spec.keyEnv = QStringLiteral("VT_TEST_CHAT_KEY");
    QCOMPARE(*engineCredential(spec), QByteArray("sk-env-456"));
    spec.keyEnv.clear();
    spec.keyFile = dir.filePath(QStringLiteral("key"));
    QFile file(spec.keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sk-file-789\n");
    file.close();
    QVERIFY(file.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const vt::Result<QByteArray> open = engineCredential(spec);
    QVERIFY(!open);
    QVERIFY2(open.error().contains(QLatin1String("can be read by other users")),
        qPrintable(open.error()));
    QVERIFY(!open.error().contains(QLatin1String("sk-file")));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(*engineCredential(spec), QByteArray("sk-file-789"));
}

void TestChatEngine::personaPromptKeepsTheRubricOut_data()
{
    QTest::addColumn<QString>("file");
    const QStringList seeds = QDir(QStringLiteral(VT_SOURCE_DIR "/server/seed"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(seeds.size() >= 3);
    for (const QString& seed : seeds)
        QTest::newRow(qPrintable(seed)) << seed;
}

void TestChatEngine::personaPromptKeepsTheRubricOut()
{
    QFETCH(QString, file);
    const QJsonObject scenario = seedScenario(file);
    const PersonaScript script = scriptOf(scenario);
    QVERIFY(!script.opening.isEmpty());
    const QJsonObject persona = scenario.value(QStringLiteral("persona")).toObject();
    const QString prompt = personaPrompt(
        persona, script, scenario.value(QStringLiteral("duration_minutes")).toInt());
    // Who the prospect is, what to raise, when to agree, when to hang up.
    QVERIFY(prompt.contains(persona.value(QStringLiteral("name")).toString()));
    QVERIFY(prompt.contains(persona.value(QStringLiteral("background")).toString()));
    for (const ScriptedObjection& o : script.objections)
        QVERIFY2(prompt.contains(o.line), qPrintable(o.line));
    QVERIFY(prompt.contains(script.goalAgreeLine));
    QVERIFY(prompt.contains(script.rudeLine));
    QVERIFY(prompt.contains(QLatin1String("end_call")));
    QVERIFY(prompt.contains(QStringLiteral("about %1 minutes")
                                .arg(scenario.value(QStringLiteral("duration_minutes")).toInt())));
    // Nothing the rep is scored on: no required phrase, no rubric criterion, no pass mark.
    const QString lower = prompt.toLower();
    const QJsonObject scoring = scenario.value(QStringLiteral("scoring")).toObject();
    for (const QJsonValue& p : scoring.value(QStringLiteral("required_phrases")).toArray()) {
        QVERIFY(!lower.contains(p.toObject().value(QStringLiteral("label")).toString().toLower()));
        for (const QJsonValue& v : p.toObject().value(QStringLiteral("variants")).toArray())
            QVERIFY2(!lower.contains(v.toString().toLower()), qPrintable(v.toString()));
    }
    const QJsonObject rubric = scoring.value(QStringLiteral("rubric")).toObject();
    for (const QJsonValue& c : rubric.value(QStringLiteral("criteria")).toArray())
        QVERIFY2(!lower.contains(c.toObject().value(QStringLiteral("label")).toString().toLower()),
            qPrintable(c.toObject().value(QStringLiteral("label")).toString()));
    for (const char* word : {"rubric", "scored", "pass mark", "disclosure", "nmls", "kpi"})
        QVERIFY2(!lower.contains(QLatin1String(word)), word);
}

void TestChatEngine::doubleSpeaksLikeTheDocumentation()
{
    // The key paths the documented examples use.
    QSet<QString> documented;
    for (const char* name : {"stream.txt", "tool-call-stream.txt"}) {
        for (const QByteArray& line : fixture(name).split('\n')) {
            if (line.startsWith("data: {"))
                keyPaths(QJsonDocument::fromJson(line.mid(6)).object(), {}, documented);
        }
    }
    QVERIFY(documented.contains(QStringLiteral("choices[].delta.tool_calls[].function.arguments")));

    vt::test::ChatDouble chat;
    QVERIFY(chat.listen());
    chat.setChunkDelayMs(1);
    chat.setReplies({{{QStringLiteral("apply")}, QStringLiteral("Fine. Send it over."),
        QStringLiteral("agreed")}});
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(chat.baseUrl() + QStringLiteral("/chat/completions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request,
        R"({"model":"m","stream":true,"messages":[{"role":"user","content":"Can you apply?"}]})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    ChatStream stream;
    const QList<ChatDelta> deltas = stream.feed(reply->readAll());
    reply->deleteLater();
    QVERIFY(stream.done());
    QString text, tool, arguments;
    for (const ChatDelta& d : deltas) {
        text += d.content;
        tool += d.toolName;
        arguments += d.toolArguments;
    }
    QCOMPARE(text, QStringLiteral("Fine. Send it over."));
    QCOMPARE(tool, QStringLiteral("end_call"));
    QCOMPARE(arguments, QStringLiteral("{\"reason\":\"agreed\"}"));
    QVERIFY(chat.sentChunks().size() >= 6);
    for (const QJsonObject& chunk : chat.sentChunks()) {
        QSet<QString> paths;
        keyPaths(chunk, {}, paths);
        for (const QString& p : std::as_const(paths))
            QVERIFY2(documented.contains(p), qPrintable(p + QStringLiteral(" is not documented")));
    }
}

void TestChatEngine::mindAgainstTheDouble()
{
    vt::test::ChatDouble chat;
    QVERIFY(chat.listen());
    chat.setChunkDelayMs(2);
    chat.setReplies({{{},
                         QStringLiteral("Hmm. I have a lower quote from an online lender. Why "
                                        "would I pay more with you?"),
                         {}},
        {{QStringLiteral("application")},
            QStringLiteral("Alright, send me the application and I'll submit it tonight."),
            QStringLiteral("agreed")}});
    const QJsonObject scenario = seedScenario(QStringLiteral("rate-shopper.json"));
    const PersonaScript script = scriptOf(scenario);
    EngineSpec spec;
    spec.name = QStringLiteral("double");
    spec.type = EngineSpec::Type::Chat;
    spec.url = QUrl(chat.baseUrl());
    spec.model = QStringLiteral("gpt-4o-mini");
    QNetworkAccessManager network;
    ChatMind mind(spec, "sk-test-1", QStringLiteral("You are Jamie."), script, network);
    QList<AgentTurn> said;
    QStringList ends;
    connect(&mind, &ProspectMind::says, this, [&said](const AgentTurn& t) { said.append(t); });
    connect(&mind, &ProspectMind::endsAfterSpeech, this,
        [&ends](const QString& reason) { ends.append(reason); });
    mind.begin();
    QCOMPARE(said.size(), 1);
    QCOMPARE(said[0].text, script.opening);
    mind.played(said[0], said[0].text, false);
    mind.hear(QStringLiteral("Hi Jamie, what matters most to you?"));
    QVERIFY(mind.busy());
    QTRY_VERIFY(!mind.busy());
    QCOMPARE(said.size(), 4); // a sentence at a time
    QCOMPARE(said[1].text, QStringLiteral("Hmm."));
    QCOMPARE(said[3].text, QStringLiteral("Why would I pay more with you?"));
    QCOMPARE(said[3].reply, said[1].reply);
    QCOMPARE(chat.authorizations().value(0), QByteArray("Bearer sk-test-1"));
    const QJsonObject first = chat.requests().value(0);
    QCOMPARE(first.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(first.value(QStringLiteral("stream")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("tools"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("function"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("end_call"));
    const QJsonArray sent = first.value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), 3); // system, the opening, the rep
    QCOMPARE(sent[0].toObject().value(QStringLiteral("content")).toString(),
        QStringLiteral("You are Jamie."));
    QCOMPARE(sent[1].toObject().value(QStringLiteral("content")).toString(), script.opening);

    // The rep talks over the third sentence: the conversation keeps what was heard of it.
    mind.played(said[1], said[1].text, false);
    mind.played(said[2], said[2].text, false);
    mind.played(said[3], QStringLiteral("Why would"), true);
    mind.hear(QStringLiteral("Let's compare side by side and start your application."));
    QTRY_VERIFY(!ends.isEmpty());
    QCOMPARE(ends, QStringList{QStringLiteral("goal_reached")});
    QVERIFY(mind.goalReached());
    QCOMPARE(said.last().text,
        QStringLiteral("Alright, send me the application and I'll submit it tonight."));
    const QJsonArray second = chat.requests().value(1).value(QStringLiteral("messages")).toArray();
    QCOMPARE(second[3].toObject().value(QStringLiteral("content")).toString(),
        QStringLiteral("Hmm. I have a lower quote from an online lender. Why would—"));
    QCOMPARE(second[4].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
}

void TestChatEngine::mindFailures_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("detail");
    QTest::newRow("wrong key") << int(vt::test::ChatDouble::Fault::Unauthorized)
                               << QStringLiteral("the AI prospect's service failed: answered 401: "
                                                 "Incorrect API key provided");
    QTest::newRow("server error") << int(vt::test::ChatDouble::Fault::ServerError)
                                  << QStringLiteral("answered 500: The server had an error");
    QTest::newRow("dropped") << int(vt::test::ChatDouble::Fault::DropMidAnswer)
                             << QStringLiteral("the AI prospect's service dropped the answer");
    QTest::newRow("silent") << int(vt::test::ChatDouble::Fault::NoAnswer)
                            << QStringLiteral("the AI prospect did not answer within 1 s");
}

void TestChatEngine::mindFailures()
{
    QFETCH(int, fault);
    QFETCH(QString, detail);
    vt::test::ChatDouble chat;
    QVERIFY(chat.listen());
    chat.setFault(vt::test::ChatDouble::Fault(fault));
    chat.setReplies({{{}, QStringLiteral("One. Two. Three. Four. Five. Six."), {}}});
    EngineSpec spec;
    spec.name = QStringLiteral("double");
    spec.type = EngineSpec::Type::Chat;
    spec.url = QUrl(chat.baseUrl());
    spec.model = QStringLiteral("m");
    spec.firstTokenTimeoutMs = 1000;
    QNetworkAccessManager network;
    ChatMind mind(spec, "sk-secret-failing", QStringLiteral("p"),
        scriptOf(seedScenario(QStringLiteral("rate-shopper.json"))), network);
    QSignalSpy failed(&mind, &ProspectMind::failed);
    mind.begin();
    mind.hear(QStringLiteral("Hello?"));
    QVERIFY(failed.wait(5000));
    const QString got = failed.at(0).at(0).toString();
    QVERIFY2(got.contains(detail), qPrintable(got));
    QVERIFY(!got.contains(QLatin1String("sk-secret")));
    QVERIFY(!mind.busy());
}

QTEST_GUILESS_MAIN(TestChatEngine)
#include "TestChatEngine.moc"
