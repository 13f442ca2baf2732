// Fuzz target: the bytes as the client receives them from the server, a sync page (GET /api/v1/sync) and a
// stream frame (one event), decoded by the JSON codec and applied by EventApplier to a real cache, as
// SyncEngine does (tests/fuzz/README.md).
//
// Properties checked beyond "no crash, no sanitizer report":
// - a refusal names its reason; whatever decodes encodes back to the same value (page, envelope, each
//   event's data decoded by its type);
// - a batch either commits with the cursor at max(cursor, last seq, next_since) and every event counted as
//   applied, ignored or skipped, or rolls back with the cursor unchanged and a reason;
// - what a batch reports as changed reads back from the cache (messages, conversations, customers, carts,
//   orders);
// - the same batch again (a reconnect replaying it) applies nothing.
//
// Every input starts from the same cache: one cache file per process, created once with the baseline below
// and copied to memory; before an input that follows one that wrote, the copy is written back (SQLite's
// backup API). So the cache stays small, and an input fails alone (its artifact, the replay test) exactly as
// it failed during fuzzing.
#include "fuzzsupport.h"

#include "codec/jsoncodec.h"
#include "domain/eventtype.h"
#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/eventapplier.h"
#include "storage/messagestore.h"
#include "storage/orderstore.h"
#include "storage/syncstatestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>
#include <optional>

using namespace shopinbox;

namespace {

// What every cache holds before an input: staff 1, customer 1 and their conversation 1, so that a lone
// event (a stream frame) about them is applied rather than skipped as unknown.
constexpr const char *BaselinePage = R"json({"events": [
{"seq": 1, "type": "staff.upserted", "at": "2026-11-24T12:00:00.000Z",
 "data": {"id": 1, "name": "Olivia Owner", "email": "owner@demo.shop", "chat_permission": true}},
{"seq": 2, "type": "customer.upserted", "at": "2026-11-24T12:00:00.000Z",
 "data": {"id": 1, "name": "Ana Lima", "visitor_name": "Visitor 1", "email": "ana@example.com", "phone": null,
          "location": "Utrecht, Netherlands", "time_zone": "Europe/Amsterdam", "customer_since": null,
          "lifetime_spend": {"amount": 0, "currency": "EUR"}, "order_count": 0, "email_marketing": false,
          "sms_marketing": false, "note": null, "note_updated_at": null, "online": true}},
{"seq": 3, "type": "conversation.upserted", "at": "2026-11-24T12:00:00.000Z",
 "data": {"id": 1, "customer_id": 1, "status": "open", "unread": true, "assignee_id": null, "topics": [],
          "platform": "online_store", "started_at": "2026-11-24T12:00:00.000Z",
          "last_activity_at": "2026-11-24T12:00:00.000Z"}}
], "next_since": 3, "has_more": false})json";

/** decode(encode(x)) == x for what @p decode accepted; a refusal says why. */
template<typename T>
void checkEntity(const QJsonObject &data, Decoded<T> (*decode)(const QJsonValue &, const QString &))
{
    const Decoded<T> decoded = decode(QJsonValue(data), QStringLiteral("data"));
    if (!decoded) {
        FUZZ_CHECK(!decoded.error().message.isEmpty());
        return;
    }
    const Decoded<T> again = decode(QJsonValue(json::encode(decoded.value())), QStringLiteral("data"));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value() == decoded.value());
}

/** The round trip of an event's data, decoded by its type as EventApplier does. */
void checkData(const ServerEvent &event)
{
    const std::optional<EventType> type = EventTypes.fromWire(event.type);
    if (!type)
        return;
    switch (*type) {
    case EventType::MessageCreated:
    case EventType::MessageUpdated:
        return checkEntity(event.data, &json::decodeMessage);
    case EventType::ConversationUpserted:
        return checkEntity(event.data, &json::decodeConversation);
    case EventType::CustomerUpserted:
        return checkEntity(event.data, &json::decodeCustomer);
    case EventType::PresenceChanged:
        return checkEntity(event.data, &json::decodePresence);
    case EventType::CartUpdated:
        return checkEntity(event.data, &json::decodeCart);
    case EventType::OrderUpserted:
        return checkEntity(event.data, &json::decodeOrder);
    case EventType::StaffUpserted:
        return checkEntity(event.data, &json::decodeStaff);
    case EventType::ProductUpserted:
        return checkEntity(event.data, &json::decodeProduct);
    case EventType::DiscountUpserted:
        return checkEntity(event.data, &json::decodeDiscountCode);
    case EventType::SavedReplyUpserted:
        return checkEntity(event.data, &json::decodeSavedReply);
    case EventType::SavedReplyDeleted:
        return checkEntity(event.data, &json::decodeSavedReplyDeletion);
    case EventType::SettingsUpdated:
        return; // stored as a whole, not decoded
    }
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

class Harness
{
public:
    Harness() = default;
    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;
    ~Harness()
    {
        m_cache.reset();
        sqlite3_close(m_snapshot);
    }

    void run(const QByteArray &bytes)
    {
        prepareCache();
        const Decoded<json::SyncPage> page = json::decodeSyncPage(bytes);
        if (page) {
            const Decoded<json::SyncPage> again = json::decodeSyncPage(toJson(json::encode(page.value())));
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(again.value() == page.value());
            for (const ServerEvent &event : page.value().events)
                checkData(event);
            applyPage(page.value());
        } else {
            FUZZ_CHECK(!page.error().message.isEmpty());
        }
        const Decoded<ServerEvent> frame = json::decodeEvent(bytes);
        if (frame) {
            const Decoded<ServerEvent> again = json::decodeEvent(toJson(json::encode(frame.value())));
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(again.value() == frame.value());
            checkData(frame.value());
            prepareCache(); // the frame starts from the baseline too, not from what the page left
            apply({frame.value()}, std::nullopt);
        } else {
            FUZZ_CHECK(!frame.error().message.isEmpty());
        }
    }

private:
    /** The cache as the baseline left it: created on the first input, restored from the snapshot after. */
    void prepareCache()
    {
        if (!m_cache) {
            createCache();
            return;
        }
        // Most inputs are refused before anything is written: then the cache is the baseline still.
        sqlite3 *db = m_cache->database().handle();
        if (sqlite3_total_changes64(db) == m_changesAtBaseline)
            return;
        sqlite3_backup *restore = sqlite3_backup_init(db, "main", m_snapshot, "main");
        FUZZ_CHECK(restore != nullptr);
        FUZZ_CHECK(sqlite3_backup_step(restore, -1) == SQLITE_DONE);
        FUZZ_CHECK(sqlite3_backup_finish(restore) == SQLITE_OK);
        m_changesAtBaseline = sqlite3_total_changes64(db);
    }

    void createCache()
    {
        FUZZ_CHECK(m_dir.isValid());
        m_cache = std::make_unique<Cache>();
        FUZZ_CHECK(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))).status ==
                   Cache::Status::Created);
        // Durability is not under test: no fsync at the WAL checkpoints (restoring the baseline writes a
        // lot).
        FUZZ_CHECK(m_cache->database().exec(QStringLiteral("PRAGMA synchronous = OFF")));
        const Decoded<json::SyncPage> baseline = json::decodeSyncPage(QByteArray(BaselinePage));
        FUZZ_CHECK(baseline.ok());
        const EventApplier::Result result = EventApplier(*m_cache).apply(baseline.value().events);
        FUZZ_CHECK(result.ok && result.applied == 3);
        FUZZ_CHECK(m_cache->syncState().setCursor(0));
        FUZZ_CHECK(sqlite3_open(":memory:", &m_snapshot) == SQLITE_OK);
        sqlite3_backup *copy = sqlite3_backup_init(m_snapshot, "main", m_cache->database().handle(), "main");
        FUZZ_CHECK(copy != nullptr);
        FUZZ_CHECK(sqlite3_backup_step(copy, -1) == SQLITE_DONE);
        FUZZ_CHECK(sqlite3_backup_finish(copy) == SQLITE_OK);
        m_changesAtBaseline = sqlite3_total_changes64(m_cache->database().handle());
    }

    /** A page as SyncEngine applies it, then what the engine notes about the server. */
    void applyPage(const json::SyncPage &page)
    {
        if (!apply(page.events, page.nextSince))
            return;
        SyncStateStore &state = m_cache->syncState();
        QJsonObject server = state.document(QStringLiteral("server"));
        server.insert(QStringLiteral("email_replies"), page.emailReplies);
        FUZZ_CHECK(state.setDocument(QStringLiteral("server"), server));
        FUZZ_CHECK(state.document(QStringLiteral("server")).value(QStringLiteral("email_replies")).toBool() ==
                   page.emailReplies);
    }

    /** Applies @p events and checks the outcome; true when the batch committed. */
    bool apply(const QList<ServerEvent> &events, std::optional<qint64> nextSince)
    {
        Cache &cache = *m_cache;
        const qint64 before = cache.syncState().cursor();
        const EventApplier::Result result = EventApplier(cache).apply(events, nextSince);
        const qint64 after = cache.syncState().cursor();
        if (!result.ok) {
            FUZZ_CHECK(!result.error.isEmpty());
            FUZZ_CHECK(after == before);
            FUZZ_CHECK(result.cursor == before);
            FUZZ_CHECK(result.changes.isEmpty());
            return false;
        }
        qint64 expected = before;
        for (const ServerEvent &event : events)
            expected = qMax(expected, event.seq);
        if (nextSince)
            expected = qMax(expected, *nextSince);
        FUZZ_CHECK(result.cursor == expected);
        FUZZ_CHECK(after == expected);
        FUZZ_CHECK(result.error.isEmpty());
        FUZZ_CHECK(result.applied + result.ignored + result.skipped.size() == events.size());

        const CacheChanges &changes = result.changes;
        for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
            FUZZ_CHECK(cache.conversations().get(it.key()).has_value());
            for (const qint64 localId : it.value()) {
                // A later event of the batch may have moved the message to another conversation that the
                // changes name as well (the applier takes conversation_id as sent).
                const std::optional<Message> message = cache.messages().get(localId);
                FUZZ_CHECK(message.has_value());
                FUZZ_CHECK(changes.messages.value(message->conversationId).contains(localId));
            }
        }
        for (const qint64 id : changes.conversations)
            FUZZ_CHECK(cache.conversations().get(id).has_value());
        for (const qint64 id : changes.customers)
            FUZZ_CHECK(cache.customers().get(id).has_value());
        for (const qint64 id : changes.carts)
            FUZZ_CHECK(cache.carts().get(id).has_value());
        for (const qint64 id : changes.orders)
            FUZZ_CHECK(!cache.orders().forCustomer(id).isEmpty());

        // A reconnect sends the batch again: everything is at or below the cursor now.
        const EventApplier::Result replayed = EventApplier(cache).apply(events, nextSince);
        FUZZ_CHECK(replayed.ok);
        FUZZ_CHECK(replayed.applied == 0 && replayed.skipped.isEmpty());
        FUZZ_CHECK(replayed.ignored == events.size());
        FUZZ_CHECK(replayed.cursor == expected);
        FUZZ_CHECK(replayed.changes.isEmpty());
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    sqlite3 *m_snapshot = nullptr;         ///< The baseline cache, in memory; lives as long as the process.
    sqlite3_int64 m_changesAtBaseline = 0; ///< sqlite3_total_changes64() when the cache was the baseline.
};

Harness &harness()
{
    static Harness instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::MaxInputBytes)
        return 0;
    harness().run(fuzz::toBytes(data, size));
    return 0;
}
