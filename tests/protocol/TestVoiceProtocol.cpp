// The voice gateway's wire format (docs/protocol/voice-gateway.md): the binary audio header
// byte for byte, every JSON message both ways, and what each malformed input is told.
#include "VoiceFrames.h"
#include "VoiceMessages.h"

#include <QTest>

using namespace vt::protocol::voice;

class TestVoiceProtocol final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void audioHeaderIsBigEndian();
    void badFrames_data();
    void badFrames();
    void unknownFrameTypesPassThrough();
    void messagesRoundTrip();
    void resumeHello();
    void serverEventsCarrySeq();
    void badMessages_data();
    void badMessages();
    void unknownMessagesAreIgnorable();
    void utteranceNumbers();
};

void TestVoiceProtocol::audioHeaderIsBigEndian()
{
    AudioFrame f;
    f.type = FrameType::AgentAudio;
    f.flags = flags::first;
    f.utterance = 0x0102;
    f.seq = 0x03040506;
    f.timestampMs = 0x0708090a;
    f.opus = QByteArray("\xf8\xff\xfe", 3);
    const QByteArray bytes = encodeAudioFrame(f);
    QCOMPARE(bytes.toHex(), QByteArray("02010102030405060708090af8fffe"));
    const FrameParse back = parseAudioFrame(bytes);
    QVERIFY2(back.frame, qPrintable(back.error));
    QCOMPARE(back.frame->type, FrameType::AgentAudio);
    QCOMPARE(back.frame->flags, flags::first);
    QCOMPARE(back.frame->utterance, quint16(0x0102));
    QCOMPARE(back.frame->seq, quint32(0x03040506));
    QCOMPARE(back.frame->timestampMs, quint32(0x0708090a));
    QCOMPARE(back.frame->opus, f.opus);
}

void TestVoiceProtocol::badFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("binary frame of 0 bytes");
    QTest::newRow("header only") << QByteArray(12, '\x01')
                                 << QStringLiteral("shorter than the 12-byte header");
    QTest::newRow("packet too big")
        << QByteArray(12 + 1276, '\x01') << QStringLiteral("an Opus packet is at most 1275");
    QByteArray reserved(20, '\0');
    reserved[0] = 1;
    reserved[1] = '\x04';
    QTest::newRow("reserved flag") << reserved << QStringLiteral("reserved flags set (0x04)");
}

void TestVoiceProtocol::badFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const FrameParse parsed = parseAudioFrame(bytes);
    QVERIFY(!parsed.frame);
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TestVoiceProtocol::unknownFrameTypesPassThrough()
{
    // A newer peer's frame type: parsed, for the receiver to ignore, even with flags and
    // lengths this version would refuse for audio.
    QByteArray bytes(12 + 2000, '\0');
    bytes[0] = 9;
    bytes[1] = '\x80';
    const FrameParse parsed = parseAudioFrame(bytes);
    QVERIFY2(parsed.frame, qPrintable(parsed.error));
    QVERIFY(!isKnownType(parsed.frame->type));
}

void TestVoiceProtocol::messagesRoundTrip()
{
    TranscriptEvent t;
    t.seq = 12;
    t.utteranceId = QStringLiteral("r3");
    t.speaker = QStringLiteral("rep");
    t.text = QStringLiteral("my NMLS number is 4471");
    t.final = true;
    t.startMs = 10480;
    t.endMs = 11920;
    t.words = {{QStringLiteral("my"), 10480, 10600}};
    const QByteArray json = toJson(t);
    const MessageParse parsed = parseMessage(json);
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    const auto* back = std::get_if<TranscriptEvent>(&*parsed.message);
    QVERIFY(back);
    QCOMPARE(back->seq, 12);
    QCOMPARE(back->utteranceId, t.utteranceId);
    QCOMPARE(back->text, t.text);
    QVERIFY(back->final);
    QVERIFY(!back->truncated);
    QCOMPARE(back->endMs, 11920);
    QCOMPARE(back->words, t.words);

    Playback p{QStringLiteral("a4"), 15020, 1840, true};
    const MessageParse pp = parseMessage(toJson(p));
    QVERIFY2(pp.message, qPrintable(pp.error));
    QCOMPARE(std::get<Playback>(*pp.message).playedMs, 1840);
    QVERIFY(std::get<Playback>(*pp.message).truncated);

    // A client's call.end has no seq and no "by"; the server's has both.
    CallEnd mine{0, QStringLiteral("rep"), QStringLiteral("rep_hung_up"), {}};
    QVERIFY(!toJson(mine).contains("\"by\""));
    QCOMPARE(std::get<CallEnd>(*parseMessage(toJson(mine)).message).by, QStringLiteral("rep"));
    CallEnd theirs{60, QStringLiteral("agent"), QStringLiteral("goal_reached"),
        QStringLiteral("Tuesday works.")};
    const CallEnd back2 = std::get<CallEnd>(*parseMessage(toJson(theirs)).message);
    QCOMPARE(back2.seq, 60);
    QCOMPARE(back2.by, QStringLiteral("agent"));
    QCOMPARE(back2.detail, QStringLiteral("Tuesday works."));
}

void TestVoiceProtocol::resumeHello()
{
    Hello h;
    h.token = QStringLiteral("t0k");
    h.client = QStringLiteral("voicetraining-desktop/test");
    const QByteArray first = toJson(h);
    QVERIFY(first.contains("\"session_id\":null"));
    QVERIFY(!first.contains("resume"));
    h.sessionId = QStringLiteral("5b1e0c5e-8d3c-4e0f-9c55-4f1a7c7e2d10");
    h.lastEventSeq = 41;
    h.lastAgentSeq = 812;
    const MessageParse parsed = parseMessage(toJson(h));
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    const Hello back = std::get<Hello>(*parsed.message);
    QCOMPARE(back.sessionId, h.sessionId);
    QCOMPARE(back.lastEventSeq, 41);
    QCOMPARE(back.lastAgentSeq, 812);
    QCOMPARE(back.audio, AudioFormat());
}

void TestVoiceProtocol::serverEventsCarrySeq()
{
    Ready r;
    r.seq = 1;
    r.sessionId = QStringLiteral("5b1e0c5e-8d3c-4e0f-9c55-4f1a7c7e2d10");
    r.limits = {maxMessageBytes, keepaliveMs, peerTimeoutMs, 900000};
    r.nextRepSeq = 250;
    const MessageParse parsed = parseMessage(toJson(r));
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    const Ready back = std::get<Ready>(*parsed.message);
    QCOMPARE(back.seq, 1);
    QCOMPARE(back.nextRepSeq, 250);
    QCOMPARE(back.limits.peerTimeoutMs, 25000);
    QCOMPARE(back.limits.maxMessageBytes, qint64(1) << 20);
}

void TestVoiceProtocol::badMessages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{\"type\":") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("object");
    QTest::newRow("no type") << QByteArray("{\"id\":1}") << QStringLiteral("$.type: is required");
    QTest::newRow("type not a string")
        << QByteArray("{\"type\":5}") << QStringLiteral("$.type: must be a string");
    QTest::newRow("hello without token")
        << QByteArray("{\"type\":\"hello\",\"protocol\":1,\"audio\":{\"codec\":\"opus\","
                      "\"sample_rate\":48000,\"channels\":1,\"frame_ms\":20}}")
        << QStringLiteral("hello message: $.token: is required");
    QTest::newRow("end before start")
        << QByteArray("{\"type\":\"transcript\",\"seq\":3,\"utterance_id\":\"r1\",\"speaker\":"
                      "\"rep\",\"text\":\"hi\",\"final\":true,\"start_ms\":900,\"end_ms\":100}")
        << QStringLiteral("$.end_ms: must be >= start_ms");
    QTest::newRow("bad speaker") << QByteArray(
        "{\"type\":\"transcript\",\"seq\":3,\"utterance_id\":\"r1\",\"speaker\":"
        "\"coach\",\"text\":\"hi\",\"final\":true,\"start_ms\":0,\"end_ms\":1}")
                                 << QStringLiteral("$.speaker");
    QTest::newRow("bad utterance id") << QByteArray(
        "{\"type\":\"playback\",\"utterance_id\":\"x9\",\"start_ms\":0,"
        "\"played_ms\":10}") << QStringLiteral("$.utterance_id: must be r<number> or a<number>");
    QTest::newRow("negative time") << QByteArray(
        "{\"type\":\"playback\",\"utterance_id\":\"a2\",\"start_ms\":-5,"
        "\"played_ms\":10}") << QStringLiteral("$.start_ms");
    QTest::newRow("deep nesting") << QByteArray("{\"type\":\"ping\",\"id\":1,\"x\":")
            + QByteArray(20, '[') + QByteArray(20, ']')
            + QByteArray("}") << QStringLiteral("nesting deeper than 8 levels");
    QTest::newRow("oversized") << QByteArray("{\"type\":\"ping\",\"id\":1,\"pad\":\"")
            + QByteArray(maxMessageBytes, 'x')
            + QByteArray("\"}") << QStringLiteral("bytes");
}

void TestVoiceProtocol::badMessages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const MessageParse parsed = parseMessage(json);
    QVERIFY(!parsed.message);
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TestVoiceProtocol::unknownMessagesAreIgnorable()
{
    const MessageParse parsed
        = parseMessage("{\"type\":\"agent.emotion\",\"seq\":9,\"mood\":\"wry\"}");
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    QCOMPARE(std::get<Unknown>(*parsed.message).type, QStringLiteral("agent.emotion"));
    // And unknown fields of known messages are ignored.
    const MessageParse ping = parseMessage("{\"type\":\"pong\",\"id\":3,\"rtt_hint\":12}");
    QVERIFY2(ping.message, qPrintable(ping.error));
    QVERIFY(std::get<Ping>(*ping.message).pong);
}

void TestVoiceProtocol::utteranceNumbers()
{
    QCOMPARE(utteranceNumber(u"a7"), 7);
    QCOMPARE(utteranceNumber(u"r12"), 12);
    QCOMPARE(utteranceNumber(u"a0"), 0);
    QCOMPARE(utteranceNumber(u"a-1"), 0);
    QCOMPARE(utteranceNumber(u"a+1"), 0);
    QCOMPARE(utteranceNumber(u"b1"), 0);
    QCOMPARE(utteranceNumber(u"a65536"), 0);
}

QTEST_GUILESS_MAIN(TestVoiceProtocol)
#include "TestVoiceProtocol.moc"
