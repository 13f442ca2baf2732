// The SyncEngine against a stub server that sends malformed data (see stubserver.h for why a stub: the real
// server cannot be made to produce garbage). The design: a sync page that cannot be read is not applied at
// all, the engine records lastError, goes Offline and retries after its backoff from the same cursor; inside
// a well-formed page, individual events that do not decode are skipped and the rest is applied; malformed
// stream frames are ignored, and a gap in the stream's seqs starts a catch-up.
#include "syncsupport.h"

#include "cachegenerator.h"
#include "codec/jsoncodec.h"
#include "storage/eventapplier.h"
#include "storage/syncstatestore.h"
#include "stubserver.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <memory>

using namespace shopinbox;
using namespace synctest;
using State = SyncEngine::State;

namespace {

QByteArray encodePage(const QList<ServerEvent> &events, qint64 nextSince, bool hasMore)
{
    return QJsonDocument(json::encode(json::SyncPage{events, nextSince, hasMore}))
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeEvent(const ServerEvent &event)
{
    return QJsonDocument(json::encode(event)).toJson(QJsonDocument::Compact);
}

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> states;
    for (const QList<QVariant> &change : spy)
        states.append(change.at(0).value<State>());
    return states;
}

/** Offline, and later Connecting again: the engine gave up on the attempt and tried again by itself. */
bool retriedAfterOffline(const QList<State> &states)
{
    const qsizetype offline = states.indexOf(State::Offline);
    return offline >= 0 && states.indexOf(State::Connecting, offline) > offline;
}

class Malformed : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_stub.listen());
        GeneratorOptions options;
        options.staff = 2;
        options.products = 4;
        options.customers = 10;
        options.conversations = 4;
        options.messages = 40;
        options.seed = 7;
        CacheGenerator generator(options);
        while (!generator.atEnd())
            m_all.append(generator.next(1000));
        ASSERT_GT(m_all.size(), 20);
        // The cache already holds everything but the last ten messages.
        m_baseline = m_all.mid(0, m_all.size() - 10);
        m_extra = m_all.mid(m_all.size() - 10);
        for (const ServerEvent &event : m_extra)
            ASSERT_EQ(event.type, QStringLiteral("message.created"));
        m_cursor = m_baseline.constLast().seq;
        ASSERT_TRUE(applyEvents(cache(), m_baseline));
        ASSERT_EQ(cache().syncState().cursor(), m_cursor);
        m_before = canonicalDump(cache());

        m_api.setBaseUrl(m_stub.url());
        m_api.setToken(QStringLiteral("stub-token"));
        m_api.setTimeout(5000);
        m_engine = std::make_unique<SyncEngine>(cache(), m_api);
        m_states = std::make_unique<QSignalSpy>(m_engine.get(), &SyncEngine::stateChanged);
        m_errors = std::make_unique<QSignalSpy>(m_engine.get(), &SyncEngine::lastErrorChanged);
    }
    void TearDown() override
    {
        if (m_engine)
            m_engine->stop();
        m_stub.setSyncHandler({});
    }

    Cache &cache() { return m_cache.cache(); }
    /** The dump of a cache holding the baseline plus @p events. */
    QString dumpWith(const QList<ServerEvent> &events)
    {
        TempCache reference;
        EXPECT_TRUE(applyEvents(reference.cache(), m_baseline));
        EventApplier applier(reference.cache());
        EXPECT_TRUE(applier.apply(events).ok);
        return canonicalDump(reference.cache());
    }
    QByteArray emptyPage(const StubServer::SyncRequest &request) const
    {
        return StubServer::json(encodePage({}, request.since, false));
    }

    /**
     * The first sync request is answered with @p bad, later ones with an empty page. The page must not be
     * applied; the engine reports it, goes offline, retries by itself from the same cursor and gets online.
     */
    void expectPageRefused(const QByteArray &bad)
    {
        m_stub.setSyncHandler([this, bad](const StubServer::SyncRequest &request) {
            return m_stub.syncRequests().size() == 1 ? bad : emptyPage(request);
        });
        m_engine->start();
        ASSERT_TRUE(waitFor([&] { return !m_errors->isEmpty() && m_engine->state() == State::Offline; }))
            << "the engine did not give up on the page";
        EXPECT_FALSE(m_engine->lastError().isEmpty());
        std::printf("[ error    ] %s\n", qPrintable(m_engine->lastError().left(300)));
        EXPECT_EQ(cache().syncState().cursor(), m_cursor);
        EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
        // The retry comes from the backoff alone (about a second), not from the test.
        ASSERT_TRUE(waitFor([&] { return m_engine->state() == State::Online; }, 15000))
            << "no retry; last error " << m_engine->lastError().toStdString();
        EXPECT_TRUE(retriedAfterOffline(statesOf(*m_states)));
        ASSERT_EQ(m_stub.syncRequests().size(), 2);
        for (const StubServer::SyncRequest &request : m_stub.syncRequests()) {
            EXPECT_EQ(request.since, m_cursor);
            EXPECT_EQ(request.authorization, QByteArray("Bearer stub-token"));
        }
        EXPECT_EQ(cache().syncState().cursor(), m_cursor);
        EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
    }

    /** A good page of @p events after the cursor, as JSON text (to be broken by the test). */
    QByteArray goodPage(const QList<ServerEvent> &events) const
    {
        return encodePage(events, events.constLast().seq, false);
    }
    /** Serves an empty page and waits until the engine is online on the stream. */
    void goOnline()
    {
        m_stub.setSyncHandler([this](const StubServer::SyncRequest &request) { return emptyPage(request); });
        m_engine->start();
        ASSERT_TRUE(waitFor([&] { return m_engine->state() == State::Online && m_stub.openStreams() == 1; }));
        m_states->clear();
        m_errors->clear();
    }

    StubServer m_stub;
    TempCache m_cache;
    QNetworkAccessManager m_network;
    ApiClient m_api{&m_network};
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<QSignalSpy> m_states;
    std::unique_ptr<QSignalSpy> m_errors;
    QList<ServerEvent> m_all;
    QList<ServerEvent> m_baseline;
    QList<ServerEvent> m_extra;
    qint64 m_cursor = 0;
    QString m_before;
};

} // namespace

// --- pages that cannot be read: nothing applied, offline, retried ---------------------------------------

TEST_F(Malformed, InvalidJsonPageIsNotApplied)
{
    QByteArray body = goodPage(m_extra);
    body.replace("\"events\":[", "\"events\":[,");
    expectPageRefused(StubServer::json(body));
}

TEST_F(Malformed, WrongTypesInTheEnvelopeRefuseThePage)
{
    // A valid first event, then one whose seq is a string: the whole page is refused, not the first event
    // applied.
    QJsonObject page = json::encode(json::SyncPage{m_extra.mid(0, 3), m_extra.at(2).seq, false});
    QJsonArray events = page.value(QStringLiteral("events")).toArray();
    QJsonObject second = events.at(1).toObject();
    second.insert(QStringLiteral("seq"), QString::number(m_extra.at(1).seq));
    events[1] = second;
    page.insert(QStringLiteral("events"), events);
    expectPageRefused(StubServer::json(QJsonDocument(page).toJson(QJsonDocument::Compact)));
}

TEST_F(Malformed, WrongTypeOfHasMoreRefusesThePage)
{
    QByteArray body = goodPage(m_extra);
    body.replace("\"has_more\":false", "\"has_more\":\"no\"");
    ASSERT_TRUE(body.contains("\"has_more\":\"no\""));
    expectPageRefused(StubServer::json(body));
}

TEST_F(Malformed, SeqGoingBackwardsInsideAPageRefusesThePage)
{
    QList<ServerEvent> events = m_extra.mid(0, 4);
    std::swap(events[1], events[2]);
    expectPageRefused(StubServer::json(encodePage(events, m_extra.at(3).seq, false)));
}

TEST_F(Malformed, NextSinceBeforeTheLastEventRefusesThePage)
{
    expectPageRefused(StubServer::json(encodePage(m_extra.mid(0, 4), m_extra.at(1).seq, false)));
}

TEST_F(Malformed, TwoHundredKilobyteStringInTheEnvelopeRefusesThePage)
{
    QList<ServerEvent> events = m_extra.mid(0, 3);
    events[1].type = QString(200 * 1024, QLatin1Char('x'));
    const QByteArray body = encodePage(events, events.constLast().seq, false);
    ASSERT_GT(body.size(), 200 * 1024);
    expectPageRefused(StubServer::json(body));
}

TEST_F(Malformed, TruncatedBodyIsNotApplied)
{
    const QByteArray body = goodPage(m_extra);
    expectPageRefused(StubServer::truncated(body, body.size() / 2));
}

TEST_F(Malformed, HtmlErrorPageWithStatus200IsNotApplied)
{
    expectPageRefused(StubServer::http(200, "text/html",
                                       "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                                       "<body><h1>Bad Gateway</h1><p>nginx</p></body></html>"));
}

TEST_F(Malformed, EmptyBodyIsNotApplied)
{
    expectPageRefused(StubServer::json(QByteArray()));
}

TEST_F(Malformed, TopLevelArrayIsNotApplied)
{
    expectPageRefused(StubServer::json("[" + encodeEvent(m_extra.at(0)) + "]"));
}

// --- well-formed pages with bad events: the bad ones are skipped, the rest applied -------------------------

TEST_F(Malformed, UndecodableEventsInAGoodPageAreSkipped)
{
    QList<ServerEvent> events = m_extra.mid(0, 6);
    // A message body of 200 kB (the protocol's limit is 100,000 characters).
    events[1].data.insert(QStringLiteral("body"), QString(200 * 1024, QLatin1Char('y')));
    // A conversation id of the wrong type.
    events[2].data.insert(QStringLiteral("conversation_id"), QStringLiteral("not a number"));
    // A type this client does not know (a newer server): ignored.
    events[3].type = QStringLiteral("coupon.invented");
    // A message of a conversation the cache has never heard of.
    events[4].data.insert(QStringLiteral("conversation_id"), 987654);
    m_stub.setSyncHandler([this, events](const StubServer::SyncRequest &request) {
        return m_stub.syncRequests().size() == 1 ? StubServer::json(goodPage(events)) : emptyPage(request);
    });
    m_engine->start();
    ASSERT_TRUE(waitFor([&] { return m_engine->state() == State::Online; }));
    EXPECT_EQ(cache().syncState().cursor(), events.constLast().seq);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), dumpWith({events.at(0), events.at(5)})));
    EXPECT_EQ(m_stub.syncRequests().size(), 1);
    ASSERT_EQ(m_stub.streamOpens().size(), 1);
    EXPECT_EQ(m_stub.streamOpens().constFirst(), events.constLast().seq);
    // The skipped events are reported, not only logged.
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_TRUE(m_engine->lastError().contains(QString::number(events.at(1).seq)))
        << m_engine->lastError().toStdString();
}

TEST_F(Malformed, PageEntirelyBeforeTheCursorChangesNothing)
{
    // A server that went back in time: every event is at or below the cursor.
    const QList<ServerEvent> old = m_baseline.mid(m_baseline.size() - 5);
    m_stub.setSyncHandler([this, old](const StubServer::SyncRequest &request) {
        return m_stub.syncRequests().size() == 1
                   ? StubServer::json(encodePage(old, old.constLast().seq, false))
                   : emptyPage(request);
    });
    m_engine->start();
    ASSERT_TRUE(waitFor([&] { return m_engine->state() == State::Online; }));
    EXPECT_EQ(cache().syncState().cursor(), m_cursor);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
    ASSERT_EQ(m_stub.streamOpens().size(), 1);
    EXPECT_EQ(m_stub.streamOpens().constFirst(), m_cursor) << "the stream must continue from the cursor";
}

TEST_F(Malformed, PagesThatNeverAdvanceAreNotRequestedInALoop)
{
    // has_more, but the page is behind the cursor and so is next_since: asking again for the same since
    // would get the same page forever.
    const QList<ServerEvent> old = m_baseline.mid(m_baseline.size() - 5);
    m_stub.setSyncHandler([old](const StubServer::SyncRequest &) {
        return StubServer::json(encodePage(old, old.constLast().seq, true));
    });
    m_engine->start();
    ASSERT_TRUE(waitFor([&] { return m_engine->state() == State::Offline && !m_errors->isEmpty(); }, 5000))
        << m_stub.syncRequests().size() << " requests";
    EXPECT_LE(m_stub.syncRequests().size(), 2);
    EXPECT_EQ(cache().syncState().cursor(), m_cursor);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
    ASSERT_TRUE(waitFor([&] { return m_stub.syncRequests().size() >= 2; }, 10000));
    EXPECT_TRUE(retriedAfterOffline(statesOf(*m_states)));
}

// --- the stream ------------------------------------------------------------------------------------------

TEST_F(Malformed, GarbageFramesAreIgnoredAndAGapCatchesUp)
{
    goOnline();
    const qint64 b = m_cursor;
    // Garbage of every kind.
    m_stub.sendTextFrame("this is not JSON");
    m_stub.sendTextFrame("[1, 2, 3]");
    m_stub.sendTextFrame("{\"seq\": \"" + QByteArray::number(b + 1) + "\", \"type\": \"message.created\"}");
    QJsonObject noObjectData = json::encode(m_extra.at(0));
    noObjectData.insert(QStringLiteral("data"), 5);
    m_stub.sendTextFrame(QJsonDocument(noObjectData).toJson(QJsonDocument::Compact));
    m_stub.sendTextFrame(QByteArray(200 * 1024, 'z'));
    m_stub.sendBinaryFrame(encodeEvent(m_extra.at(0)));
    ASSERT_TRUE(waitFor([&] { return m_errors->size() >= 5; }))
        << m_errors->size() << " errors; last " << m_engine->lastError().toStdString();
    // Nothing changed so far; the later point that proves it is the good event below, which the engine
    // handles after every frame above (a stream delivers in order): the dump then holds exactly that event.
    EXPECT_EQ(cache().syncState().cursor(), b);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
    EXPECT_EQ(m_engine->state(), State::Online);
    EXPECT_TRUE(m_states->isEmpty()) << "the stream survives garbage";

    // A good event applies; its replay is ignored.
    m_stub.sendTextFrame(encodeEvent(m_extra.at(0)));
    ASSERT_TRUE(waitFor([&] { return cache().syncState().cursor() == b + 1; }));
    m_stub.sendTextFrame(encodeEvent(m_extra.at(0)));
    // The replay must change nothing; the later point that proves it is the catch-up below, which ends
    // with exactly the three events in the cache.
    EXPECT_EQ(cache().syncState().cursor(), b + 1);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), dumpWith({m_extra.at(0)})));

    // A gap (b + 2 never came): catch up through the sync endpoint, from the cursor.
    const QList<ServerEvent> missing = m_extra.mid(1, 2);
    m_stub.setSyncHandler([this, missing, b](const StubServer::SyncRequest &request) {
        return request.since == b + 1 ? StubServer::json(encodePage(missing, missing.constLast().seq, false))
                                      : emptyPage(request);
    });
    const qsizetype requestsBefore = m_stub.syncRequests().size();
    m_stub.sendTextFrame(encodeEvent(m_extra.at(2)));
    ASSERT_TRUE(
        waitFor([&] { return cache().syncState().cursor() == b + 3 && m_engine->state() == State::Online; }));
    ASSERT_EQ(m_stub.syncRequests().size(), requestsBefore + 1);
    EXPECT_EQ(m_stub.syncRequests().constLast().since, b + 1);
    EXPECT_EQ(m_stub.streamOpens().constLast(), b + 3);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), dumpWith(m_extra.mid(0, 3))));
    EXPECT_TRUE(statesOf(*m_states).contains(State::Connecting));
}

TEST_F(Malformed, BrokenWebSocketFramingDropsTheStreamAndReconnects)
{
    goOnline();
    // A frame with a reserved opcode: a protocol error, the client must drop the connection.
    m_stub.sendRaw(QByteArray("\x8b\x03"
                              "abc",
                              5));
    ASSERT_TRUE(waitFor([&] { return m_engine->state() != State::Online; }));
    ASSERT_TRUE(
        waitFor([&] { return m_engine->state() == State::Online && m_stub.openStreams() >= 1; }, 15000));
    EXPECT_TRUE(retriedAfterOffline(statesOf(*m_states)));
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_EQ(m_stub.streamOpens().size(), 2);
    EXPECT_EQ(cache().syncState().cursor(), m_cursor);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
}

TEST_F(Malformed, StreamDroppedWithoutCloseReconnectsFromTheCursor)
{
    goOnline();
    m_stub.sendTextFrame(encodeEvent(m_extra.at(0)));
    ASSERT_TRUE(waitFor([&] { return cache().syncState().cursor() == m_cursor + 1; }));
    m_stub.dropStreams();
    ASSERT_TRUE(waitFor([&] { return m_engine->state() == State::Offline; }));
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    ASSERT_TRUE(
        waitFor([&] { return m_engine->state() == State::Online && m_stub.openStreams() == 1; }, 15000));
    EXPECT_EQ(m_stub.syncRequests().constLast().since, m_cursor + 1);
    EXPECT_EQ(m_stub.streamOpens().constLast(), m_cursor + 1);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), dumpWith({m_extra.at(0)})));
}

TEST_F(Malformed, StreamEventWithBadDataIsSkippedAndReported)
{
    goOnline();
    // A well-formed envelope whose message does not decode: skipped (the cursor moves past it), reported.
    ServerEvent bad = m_extra.at(0);
    bad.data.insert(QStringLiteral("kind"), QStringLiteral("hologram"));
    m_stub.sendTextFrame(encodeEvent(bad));
    ASSERT_TRUE(waitFor([&] { return cache().syncState().cursor() == m_cursor + 1; }));
    EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
    ASSERT_FALSE(m_errors->isEmpty());
    EXPECT_TRUE(m_engine->lastError().contains(QStringLiteral("seq %1").arg(bad.seq)))
        << m_engine->lastError().toStdString();
    m_stub.sendTextFrame(encodeEvent(m_extra.at(1)));
    ASSERT_TRUE(waitFor([&] { return cache().syncState().cursor() == m_cursor + 2; }));
    EXPECT_TRUE(sameDump(canonicalDump(cache()), dumpWith({m_extra.at(1)})));
    EXPECT_EQ(m_engine->state(), State::Online);
    EXPECT_TRUE(m_states->isEmpty());
}

TEST_F(Malformed, TextFrameWithInvalidUtf8DropsTheStreamAndReconnects)
{
    goOnline();
    // RFC 6455: a text frame that is not UTF-8 fails the connection.
    m_stub.sendTextFrame("{\"seq\": 1, \"type\": \"\xff\xfe\"}");
    ASSERT_TRUE(waitFor([&] { return m_engine->state() != State::Online; }));
    ASSERT_TRUE(
        waitFor([&] { return m_engine->state() == State::Online && m_stub.openStreams() >= 1; }, 15000));
    EXPECT_TRUE(retriedAfterOffline(statesOf(*m_states)));
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_EQ(cache().syncState().cursor(), m_cursor);
    EXPECT_TRUE(sameDump(canonicalDump(cache()), m_before));
}
