// Tests of the local cache: opening, migrating, refusing and repairing the file; the full-text index;
// applying server events (atomically, skipping what is malformed); and round trips through every store.
#include <gtest/gtest.h>

#include "cachegenerator.h"
#include "codec/jsoncodec.h"
#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/discountstore.h"
#include "storage/eventapplier.h"
#include "storage/messagestore.h"
#include "storage/migrations.h"
#include "storage/orderstore.h"
#include "storage/outboxstore.h"
#include "storage/productstore.h"
#include "storage/staffstore.h"
#include "storage/syncstatestore.h"
#include "tempdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTimeZone>

#include <sqlite3.h>

#include <ostream>

// Readable failure output (gtest would otherwise dump raw bytes).
QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace shopinbox {
void PrintTo(Cache::Status status, std::ostream *os)
{
    *os << QMetaEnum::fromType<Cache::Status>().valueToKey(static_cast<int>(status));
}
} // namespace shopinbox

using namespace shopinbox;

namespace {

constexpr qint64 T0 = 1772442900000; // 2026-03-02T09:15:00Z
constexpr qint64 Minute = 60'000;

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

ServerEvent rawEvent(qint64 seq, const QString &type, const QJsonObject &data)
{
    return ServerEvent{seq, type, utc(T0 + seq), data};
}

template<typename T> ServerEvent event(qint64 seq, const char *type, const T &value)
{
    return rawEvent(seq, QString::fromLatin1(type), json::encode(value));
}

Customer customer(qint64 id, const QString &name, const QString &email = {})
{
    Customer c;
    c.id = id;
    c.name = name;
    c.visitorName = QStringLiteral("Visitor %1").arg(4000 + id);
    c.email = email;
    c.lifetimeSpend = Money{0, QStringLiteral("EUR")};
    return c;
}

Conversation conversation(qint64 id, qint64 customerId, qint64 activityMs,
                          ConversationStatus status = ConversationStatus::Open)
{
    Conversation c;
    c.id = id;
    c.customerId = customerId;
    c.status = status;
    c.platform = QStringLiteral("online_store");
    c.startedAt = utc(activityMs);
    c.lastActivityAt = utc(activityMs);
    return c;
}

Message text(qint64 id, qint64 conversationId, const QString &body, qint64 createdMs)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.body = body;
    m.createdAt = utc(createdMs);
    return m;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** A plain sqlite3 connection beside Cache, for what the cache deliberately does not offer. */
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << sqlite3_errmsg(m_db);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    /** Runs @p sql; the error message, empty on success. */
    QString exec(const QByteArray &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return error.isEmpty() ? QStringLiteral("error") : error;
    }
    /** First column of the first row as text, or "<error: ...>". */
    QString text(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        QString result;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            result = QStringLiteral("<error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        else if (sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else
            result = QStringLiteral("<error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(stmt);
        return result;
    }
    qint64 integer(const char *sql)
    {
        bool ok = false;
        const qint64 value = text(sql).toLongLong(&ok);
        return ok ? value : -1;
    }

private:
    sqlite3 *m_db = nullptr;
};

QString queryText(Cache &cache, const QString &sql)
{
    SqliteStatement q = cache.database().prepare(sql);
    return q.isValid() && q.step() ? q.text(0) : QStringLiteral("<no row>");
}

qint64 queryInt(Cache &cache, const QString &sql)
{
    return cache.database().queryInt(sql);
}

QList<qint64> queryIds(Cache &cache, const QString &sql, const QString &parameter = {})
{
    SqliteStatement q = cache.database().prepare(sql);
    if (!parameter.isNull())
        q.bind(1, parameter);
    QList<qint64> ids;
    while (q.step())
        ids.append(q.int64(0));
    EXPECT_TRUE(q.isValid() && q.ok()) << sql.toStdString() << ": " << q.errorMessage().toStdString();
    return ids;
}

QList<qint64> messageMatches(Cache &cache, const QString &query)
{
    return queryIds(cache,
                    QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH ?1 ORDER BY rowid"),
                    query);
}

QList<qint64> customerMatches(Cache &cache, const QString &query)
{
    return queryIds(
        cache, QStringLiteral("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?1 ORDER BY rowid"),
        query);
}

qint64 localIdOf(Cache &cache, qint64 serverId)
{
    return queryInt(cache, QStringLiteral("SELECT local_id FROM messages WHERE id = %1").arg(serverId));
}

/** FTS5's own check that the message index matches the messages table exactly (rank 1: content too). */
bool messageIndexConsistent(Cache &cache)
{
    return cache.database().exec(
        QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"));
}

bool hasCorruptCopy(const QString &directory)
{
    return !QDir(directory).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).isEmpty();
}

/** A cache of a few thousand messages, closed cleanly, then damaged inside the messages table. */
void makeDamagedCache(const QString &path)
{
    GeneratorOptions options;
    options.staff = 2;
    options.products = 10;
    options.customers = 40;
    options.conversations = 80;
    options.messages = 3000;
    ASSERT_EQ(CacheGenerator::fill(path, options), QString());
    ASSERT_FALSE(QFile::exists(path + QStringLiteral(".open")));

    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        RawDb raw(path);
        pageSize = raw.integer("PRAGMA page_size");
        rootPage = raw.integer("SELECT rootpage FROM sqlite_schema WHERE name = 'messages'");
        ASSERT_EQ(raw.text("PRAGMA quick_check"), QStringLiteral("ok"));
    }
    ASSERT_GT(pageSize, 0);
    ASSERT_GT(rootPage, 1);
    // The root of a table this size is an interior b-tree page (type 0x05). Overwriting its cell pointer
    // array cuts the tree off from its leaves, while the header and the schema (page 1) stay readable.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 offset = (rootPage - 1) * pageSize;
    ASSERT_TRUE(file.seek(offset));
    ASSERT_EQ(file.read(1), QByteArray(1, '\x05'));
    ASSERT_TRUE(file.seek(offset + 100));
    ASSERT_EQ(file.write(QByteArray(1000, '\xff')), 1000);
    file.close();

    RawDb raw(path);
    ASSERT_NE(raw.text("PRAGMA quick_check"), QStringLiteral("ok"));
    ASSERT_EQ(raw.integer("PRAGMA user_version"), Migrations::latestVersion());
}

class CacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file(QStringLiteral("shop.sqlite"));
        const Cache::OpenResult opened = cache.open(path);
        ASSERT_EQ(opened.status, Cache::Status::Created) << opened.message.toStdString();
    }

    EventApplier::Result apply(const QList<ServerEvent> &events,
                               std::optional<qint64> nextSince = std::nullopt)
    {
        return EventApplier(cache).apply(events, nextSince);
    }

    /** Customer 1 with its open conversation 1 (activity T0), as seq 1 and 2. */
    void seedConversation()
    {
        const EventApplier::Result result =
            apply({event(1, "customer.upserted", customer(1, QStringLiteral("Sophie de Vries"))),
                   event(2, "conversation.upserted", conversation(1, 1, T0))});
        ASSERT_TRUE(result.ok) << result.error.toStdString();
        ASSERT_EQ(result.applied, 2);
    }

    qint64 count(const char *table)
    {
        return queryInt(cache, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

    TempDir dir;
    QString path;
    Cache cache;
};

} // namespace

// --- Opening --------------------------------------------------------------------------------------------

TEST(CacheOpenTest, NewCacheUsesWalNormalSyncForeignKeysAndTheLatestSchema)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.sqlite"));
    {
        Cache cache;
        const Cache::OpenResult opened = cache.open(path);
        EXPECT_EQ(opened.status, Cache::Status::Created);
        EXPECT_TRUE(opened.ok());
        ASSERT_TRUE(cache.isOpen());
        EXPECT_EQ(cache.path(), path);
        EXPECT_EQ(queryText(cache, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA foreign_keys")), 1);
        EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
        EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
        EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                                 "('messages', 'message_fts', 'customer_fts', 'outbox')")),
                  4);
        // Present while open: finding it at the next open means this session did not end cleanly.
        EXPECT_TRUE(QFile::exists(path + QStringLiteral(".open")));
    }
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".open")));

    Cache cache;
    const Cache::OpenResult reopened = cache.open(path);
    EXPECT_EQ(reopened.status, Cache::Status::Opened);
    EXPECT_TRUE(reopened.ok());
    EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    EXPECT_EQ(queryText(cache, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA foreign_keys")), 1);
}

TEST(CacheOpenTest, MigratesTheFrozenVersion1FixtureKeepingEveryRowAndIndexingItForSearch)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("legacy.sqlite"));
    {
        const QByteArray sql = readFile(QStringLiteral(SHOPINBOX_FIXTURES_DIR "/cache-v1.sql"));
        ASSERT_FALSE(sql.isEmpty());
        RawDb raw(path);
        ASSERT_EQ(raw.exec(sql), QString());
        ASSERT_EQ(raw.integer("PRAGMA user_version"), 1);
        ASSERT_EQ(raw.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'message_fts'"), 0);
    }

    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    ASSERT_EQ(opened.status, Cache::Status::Opened) << opened.message.toStdString();
    EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());

    const QList<Staff> staff = cache.staff().all(false);
    ASSERT_EQ(staff.size(), 2);
    ASSERT_EQ(cache.staff().all(true).size(), 1);
    EXPECT_EQ(cache.staff().all(true).constFirst().name, QStringLiteral("Alex Janssen"));

    const std::optional<Customer> sophie = cache.customers().get(1);
    ASSERT_TRUE(sophie);
    EXPECT_EQ(sophie->name, QStringLiteral("Sophie de Vries"));
    EXPECT_EQ(sophie->email, QStringLiteral("sophie.devries@example.nl"));
    EXPECT_EQ(sophie->location, QStringLiteral("Utrecht, Netherlands"));
    EXPECT_EQ(sophie->timeZone, QStringLiteral("Europe/Amsterdam"));
    EXPECT_EQ(sophie->customerSince, utc(1749895200000));
    EXPECT_EQ(sophie->lifetimeSpend, (Money{18950, QStringLiteral("EUR")}));
    EXPECT_EQ(sophie->orderCount, 3);
    EXPECT_TRUE(sophie->emailMarketing);
    EXPECT_FALSE(sophie->smsMarketing);
    EXPECT_EQ(sophie->note, QStringLiteral("Prefers delivery after 18:00."));
    EXPECT_EQ(sophie->noteUpdatedAt, utc(1768494000000));
    EXPECT_TRUE(sophie->online);
    ASSERT_TRUE(cache.customers().get(2));
    EXPECT_EQ(cache.customers().get(2)->name, QStringLiteral("Chloé Martin"));
    const std::optional<Customer> visitor = cache.customers().get(3);
    ASSERT_TRUE(visitor);
    EXPECT_TRUE(visitor->isAnonymous());
    EXPECT_EQ(visitor->displayName(), QStringLiteral("Visitor 4821"));
    EXPECT_FALSE(visitor->customerSince.isValid());

    const std::optional<Conversation> first = cache.conversations().get(1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status, ConversationStatus::Open);
    EXPECT_TRUE(first->unread);
    EXPECT_EQ(first->assigneeId, std::optional<qint64>(1));
    EXPECT_EQ(first->topics, (QStringList{QStringLiteral("Sizing"), QStringLiteral("Order status")}));
    EXPECT_EQ(first->lastActivityAt, utc(1772443440000));
    ASSERT_TRUE(cache.conversations().get(2));
    EXPECT_EQ(cache.conversations().get(2)->status, ConversationStatus::Closed);
    ASSERT_TRUE(cache.conversations().get(3));
    EXPECT_EQ(cache.conversations().get(3)->customerId, 3);

    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM messages")), 11);
    const QList<Message> page = cache.messages().page(1, std::nullopt, 50);
    ASSERT_EQ(page.size(), 5);
    EXPECT_EQ(page.constFirst().id, 101);
    EXPECT_EQ(page.constFirst().body, QStringLiteral("Hallo! Is de trui nog leverbaar? Ik zoek maat M."));
    EXPECT_EQ(page.at(1).clientId, QStringLiteral("7d0c2a4e-1f7b-4c55-9a8e-2b1d3c4e5f60"));
    EXPECT_EQ(page.at(1).author, MessageAuthor::Staff);
    EXPECT_EQ(page.at(1).staffId, std::optional<qint64>(1));
    EXPECT_EQ(page.at(2).kind, MessageKind::Products);
    ASSERT_EQ(page.at(2).products.size(), 1);
    EXPECT_EQ(page.at(2).products.constFirst().title, QStringLiteral("Merino trui"));
    EXPECT_EQ(page.at(2).products.constFirst().price, (Money{8950, QStringLiteral("EUR")}));
    EXPECT_EQ(page.at(3).kind, MessageKind::CartEvent);
    EXPECT_EQ(page.at(3).cartAction, CartAction::Add);
    EXPECT_EQ(page.at(4).kind, MessageKind::Discount);
    EXPECT_EQ(page.at(4).discountCode, QStringLiteral("WELCOME10"));
    const std::optional<Message> image = cache.messages().get(8);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->kind, MessageKind::Image);
    EXPECT_EQ(image->imageUrl, QStringLiteral("/media/img-5531.jpg"));
    ASSERT_TRUE(cache.messages().get(11));
    EXPECT_EQ(cache.messages().get(11)->delivery, DeliveryState::Emailed);

    const std::optional<Cart> cart = cache.carts().get(1);
    ASSERT_TRUE(cart);
    ASSERT_EQ(cart->lines.size(), 1);
    EXPECT_EQ(cart->lines.constFirst().quantity, 2);
    EXPECT_EQ(cart->subtotal(), (Money{17900, QStringLiteral("EUR")}));
    EXPECT_EQ(cart->discountCode, QStringLiteral("WELCOME10"));
    ASSERT_EQ(cache.orders().forCustomer(1).size(), 1);
    EXPECT_EQ(cache.orders().forCustomer(1).constFirst().number, QStringLiteral("#1042"));
    ASSERT_TRUE(cache.products().get(1));
    EXPECT_EQ(cache.products().get(1)->variants.size(), 2);
    ASSERT_TRUE(cache.products().get(2));
    EXPECT_FALSE(cache.products().get(2)->publishedOnlineStore);
    ASSERT_TRUE(cache.discounts().get(QStringLiteral("SUMMER25")));
    EXPECT_FALSE(cache.discounts().get(QStringLiteral("SUMMER25"))->active);
    EXPECT_EQ(cache.syncState().cursor(), 57);
    EXPECT_EQ(cache.syncState().document(QStringLiteral("shop")).value(QStringLiteral("name")).toString(),
              QStringLiteral("Wolwinkel"));
    EXPECT_EQ(cache.outbox().count(), 0); // created by step 3

    // Step 2 indexed the rows that existed before it, folding diacritics.
    EXPECT_EQ(messageMatches(cache, QStringLiteral("leverbaar")), (QList<qint64>{1}));
    EXPECT_EQ(messageMatches(cache, QStringLiteral("commande")), (QList<qint64>{6, 7}));
    EXPECT_EQ(messageMatches(cache, QStringLiteral("ou")), (QList<qint64>{6})); // "Où"
    EXPECT_EQ(messageMatches(cache, QStringLiteral("osterreich")), (QList<qint64>{10, 11}));
    EXPECT_EQ(customerMatches(cache, QStringLiteral("chloe")), (QList<qint64>{2}));
    EXPECT_EQ(customerMatches(cache, QStringLiteral("4821")), (QList<qint64>{3}));
}

TEST(CacheOpenTest, RefusesACacheFromANewerVersionAndLeavesItUntouched)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.sqlite"));
    {
        Cache cache;
        ASSERT_EQ(cache.open(path).status, Cache::Status::Created);
    }
    {
        RawDb raw(path);
        ASSERT_EQ(raw.exec("PRAGMA user_version = " + QByteArray::number(Migrations::latestVersion() + 1)),
                  QString());
    }
    const QByteArray before = readFile(path);
    ASSERT_FALSE(before.isEmpty());
    const QDateTime modified = QFileInfo(path).lastModified();

    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    EXPECT_EQ(opened.status, Cache::Status::TooNew);
    EXPECT_FALSE(opened.ok());
    EXPECT_FALSE(cache.isOpen());
    EXPECT_TRUE(opened.message.contains(QStringLiteral("newer version"))) << opened.message.toStdString();
    EXPECT_TRUE(opened.setAsidePath.isEmpty());

    const QByteArray after = readFile(path);
    EXPECT_EQ(after.size(), before.size());
    EXPECT_EQ(sha256(after), sha256(before));
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
    EXPECT_FALSE(hasCorruptCopy(dir.path()));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".open")));
}

TEST(CacheOpenTest, SetsAsideAFileThatIsNotADatabaseAndStartsAFreshCache)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.sqlite"));
    QByteArray garbage;
    while (garbage.size() < 8192)
        garbage += "Shopping list, not a database: oat milk, tomatoes, stamps, a birthday card for Oma.\n";
    garbage.truncate(8192);
    ASSERT_NO_FATAL_FAILURE(writeFile(path, garbage));

    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    ASSERT_EQ(opened.status, Cache::Status::RebuiltAfterCorruption) << opened.message.toStdString();
    EXPECT_TRUE(opened.ok());
    EXPECT_FALSE(opened.message.isEmpty());
    EXPECT_TRUE(opened.message.contains(opened.setAsidePath)) << opened.message.toStdString();

    const QFileInfo aside(opened.setAsidePath);
    ASSERT_TRUE(aside.exists()) << opened.setAsidePath.toStdString();
    EXPECT_EQ(aside.absolutePath(), QFileInfo(path).absolutePath());
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("shop\\.sqlite\\.corrupt-(\\d{8}T\\d{6}Z)")));
    const QRegularExpressionMatch match = pattern.match(aside.fileName());
    ASSERT_TRUE(match.hasMatch()) << aside.fileName().toStdString();
    // The stamp is UTC, not local time.
    const QDateTime stamp =
        QDateTime(QDate::fromString(match.captured(1).left(8), QStringLiteral("yyyyMMdd")),
                  QTime::fromString(match.captured(1).mid(9, 6), QStringLiteral("HHmmss")), QTimeZone::utc());
    EXPECT_LE(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())), 300) << match.captured(1).toStdString();
    EXPECT_EQ(sha256(readFile(opened.setAsidePath)), sha256(garbage));

    EXPECT_EQ(queryInt(cache, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    const EventApplier::Result result = EventApplier(cache).apply(
        {event(1, "customer.upserted", customer(1, QStringLiteral("Sophie de Vries"))),
         event(2, "conversation.upserted", conversation(1, 1, T0)),
         event(3, "message.created", text(1, 1, QStringLiteral("Hallo?"), T0))});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.applied, 3);
    EXPECT_EQ(cache.syncState().cursor(), 3);
    EXPECT_EQ(cache.messages().page(1, std::nullopt, 10).size(), 1);
}

TEST(CacheOpenTest, RebuildsACacheThatFailsQuickCheckAfterAnUncleanShutdown)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.sqlite"));
    ASSERT_NO_FATAL_FAILURE(makeDamagedCache(path));
    // Cache removes "<path>.open" when it closes cleanly; finding it means the app crashed or was killed.
    ASSERT_NO_FATAL_FAILURE(writeFile(path + QStringLiteral(".open"), {}));
    const QByteArray damaged = readFile(path);

    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    ASSERT_EQ(opened.status, Cache::Status::RebuiltAfterCorruption) << opened.message.toStdString();
    EXPECT_TRUE(opened.ok());
    EXPECT_FALSE(opened.message.isEmpty());
    EXPECT_TRUE(QFileInfo(opened.setAsidePath).fileName().startsWith(QStringLiteral("shop.sqlite.corrupt-")));
    EXPECT_EQ(sha256(readFile(opened.setAsidePath)), sha256(damaged));
    // A fresh, empty cache that syncs from scratch.
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM messages")), 0);
    EXPECT_EQ(cache.syncState().cursor(), 0);
    EXPECT_EQ(queryText(cache, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
}

TEST(CacheOpenTest, SkipsTheIntegrityCheckAfterACleanShutdown)
{
    // Policy: quick_check reads the whole file, so it only runs after an unclean shutdown. Damage that
    // happened while the app was not running goes unnoticed at open time.
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.sqlite"));
    ASSERT_NO_FATAL_FAILURE(makeDamagedCache(path));
    ASSERT_FALSE(QFile::exists(path + QStringLiteral(".open")));

    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    EXPECT_EQ(opened.status, Cache::Status::Opened) << opened.message.toStdString();
    EXPECT_TRUE(opened.setAsidePath.isEmpty());
    EXPECT_FALSE(hasCorruptCopy(dir.path()));
    EXPECT_GT(cache.syncState().cursor(), 3000); // the same file, with its cursor
}

// --- Full-text search -----------------------------------------------------------------------------------

TEST_F(CacheTest, FullTextIndexFollowsMessageAndCustomerWrites)
{
    const EventApplier::Result seeded = apply(
        {event(1, "customer.upserted",
               customer(7, QStringLiteral("Marguerite Duval"), QStringLiteral("mdu-shopper@example.fr"))),
         event(2, "conversation.upserted", conversation(7, 7, T0)),
         event(3, "message.created",
               text(70, 7, QStringLiteral("Mon colis n'est jamais arrivé."), T0 + Minute)),
         event(4, "message.created",
               text(71, 7, QStringLiteral("Thanks, the parcel arrived after all."), T0 + 2 * Minute))});
    ASSERT_TRUE(seeded.ok) << seeded.error.toStdString();
    const qint64 french = localIdOf(cache, 70);
    const qint64 english = localIdOf(cache, 71);

    EXPECT_EQ(messageMatches(cache, QStringLiteral("colis")), (QList<qint64>{french}));
    EXPECT_EQ(messageMatches(cache, QStringLiteral("arrive")), (QList<qint64>{french})); // "arrivé"
    EXPECT_EQ(messageMatches(cache, QStringLiteral("parcel")), (QList<qint64>{english}));
    EXPECT_EQ(customerMatches(cache, QStringLiteral("marguerite")), (QList<qint64>{7}));
    EXPECT_EQ(customerMatches(cache, QStringLiteral("email : shopper")), (QList<qint64>{7}));
    EXPECT_TRUE(customerMatches(cache, QStringLiteral("name : shopper")).isEmpty());

    // An edited message is re-indexed: the old word is gone, the new one found.
    Message edited = text(71, 7, QStringLiteral("Thanks, the package arrived after all."), T0 + 2 * Minute);
    const EventApplier::Result updated = apply({event(5, "message.updated", edited)});
    ASSERT_TRUE(updated.ok) << updated.error.toStdString();
    EXPECT_EQ(localIdOf(cache, 71), english);
    EXPECT_TRUE(messageMatches(cache, QStringLiteral("parcel")).isEmpty());
    EXPECT_EQ(messageMatches(cache, QStringLiteral("package")), (QList<qint64>{english}));

    // Prefix queries, as the search box issues them.
    EXPECT_EQ(messageMatches(cache, QStringLiteral("pack*")), (QList<qint64>{english}));
    EXPECT_TRUE(messageMatches(cache, QStringLiteral("parc*")).isEmpty());
    EXPECT_EQ(messageMatches(cache, QStringLiteral("\"arriv\"*")), (QList<qint64>{french, english}));
    EXPECT_EQ(customerMatches(cache, QStringLiteral("marg*")), (QList<qint64>{7}));

    // A renamed customer is re-indexed too.
    const EventApplier::Result renamed =
        apply({event(6, "customer.upserted",
                     customer(7, QStringLiteral("Margot Duval"), QStringLiteral("mdu-shopper@example.fr")))});
    ASSERT_TRUE(renamed.ok) << renamed.error.toStdString();
    EXPECT_TRUE(customerMatches(cache, QStringLiteral("marguerite")).isEmpty());
    EXPECT_EQ(customerMatches(cache, QStringLiteral("margot")), (QList<qint64>{7}));
    EXPECT_TRUE(messageIndexConsistent(cache)) << cache.database().errorMessage().toStdString();
}

// --- EventApplier ---------------------------------------------------------------------------------------

TEST_F(CacheTest, AppliesAGeneratedShopAndReplayingItChangesNothing)
{
    GeneratorOptions options;
    options.staff = 3;
    options.products = 12;
    options.customers = 30;
    options.conversations = 60;
    options.messages = 500;
    options.seed = 11;
    CacheGenerator generator(options);
    QList<ServerEvent> all;
    int applied = 0;
    while (!generator.atEnd()) {
        const QList<ServerEvent> batch = generator.next(200);
        if (batch.isEmpty())
            continue;
        all += batch;
        const EventApplier::Result result = apply(batch);
        ASSERT_TRUE(result.ok) << result.error.toStdString();
        ASSERT_TRUE(result.skipped.isEmpty()) << result.skipped.constFirst().toStdString();
        EXPECT_EQ(result.cursor, batch.constLast().seq);
        applied += result.applied;
    }
    ASSERT_EQ(all.size(), generator.totalEvents());
    EXPECT_EQ(applied, all.size());
    EXPECT_EQ(cache.syncState().cursor(), all.constLast().seq);
    EXPECT_EQ(count("messages"), 500);
    EXPECT_EQ(count("conversations"), 60);
    EXPECT_EQ(count("customers"), 30);
    EXPECT_EQ(count("staff"), 3);
    EXPECT_EQ(count("products"), 12);
    EXPECT_EQ(count("carts"), 3);
    EXPECT_TRUE(messageIndexConsistent(cache)) << cache.database().errorMessage().toStdString();
    // Every preview is its conversation's newest message.
    EXPECT_EQ(queryInt(cache, QStringLiteral(
                                  "SELECT count(*) FROM conversations c WHERE last_message_at IS NOT "
                                  "(SELECT max(created_at) FROM messages m WHERE m.conversation_id = c.id)")),
              0);

    // A sync page fetched twice: everything is at or below the cursor.
    QSignalSpy changed(&cache, &Cache::changed);
    const EventApplier::Result replayed = apply(all);
    ASSERT_TRUE(replayed.ok) << replayed.error.toStdString();
    EXPECT_EQ(replayed.ignored, all.size());
    EXPECT_EQ(replayed.applied, 0);
    EXPECT_TRUE(replayed.changes.isEmpty());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(count("messages"), 500);
}

TEST_F(CacheTest, IgnoresEventsAtOrBelowTheCursor)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    const EventApplier::Result result =
        apply({event(2, "conversation.upserted", conversation(1, 1, T0, ConversationStatus::Closed)),
               event(3, "message.created", text(1, 1, QStringLiteral("Hello"), T0 + Minute))});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.ignored, 1);
    EXPECT_EQ(result.applied, 1);
    EXPECT_EQ(result.cursor, 3);
    ASSERT_TRUE(cache.conversations().get(1));
    EXPECT_EQ(cache.conversations().get(1)->status, ConversationStatus::Open); // seq 2 was not re-applied
}

TEST_F(CacheTest, IgnoresUnknownEventTypesAndMovesOn)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    const EventApplier::Result result =
        apply({rawEvent(3, QStringLiteral("loyalty.points_awarded"),
                        QJsonObject{{QStringLiteral("customer_id"), 1}, {QStringLiteral("points"), 50}}),
               event(4, "message.created", text(1, 1, QStringLiteral("Hello"), T0 + Minute))});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.ignored, 1);
    EXPECT_EQ(result.applied, 1);
    EXPECT_TRUE(result.skipped.isEmpty());
    EXPECT_EQ(cache.syncState().cursor(), 4);
}

TEST_F(CacheTest, SkipsMalformedEventsReportingTheirSeqAndAppliesTheRest)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    QJsonObject wrongType = json::encode(text(10, 1, QStringLiteral("Hi"), T0 + Minute));
    wrongType.insert(QStringLiteral("conversation_id"), QStringLiteral("one"));
    QJsonObject missingField = json::encode(customer(2, QStringLiteral("Chloé Martin")));
    missingField.remove(QStringLiteral("visitor_name"));
    Product noVariants;
    noVariants.id = 5;
    noVariants.title = QStringLiteral("Gift card");

    const EventApplier::Result result =
        apply({rawEvent(3, QStringLiteral("message.created"), wrongType),
               event(4, "message.created", text(11, 1, QStringLiteral("Still here?"), T0 + 2 * Minute)),
               rawEvent(5, QStringLiteral("customer.upserted"), missingField),
               event(6, "product.upserted", noVariants),
               event(7, "customer.upserted", customer(3, QStringLiteral("Jonas Weber")))});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.applied, 2);
    ASSERT_EQ(result.skipped.size(), 3) << result.skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(result.skipped.at(0).startsWith(QStringLiteral("seq 3 (message.created)")));
    EXPECT_TRUE(result.skipped.at(0).contains(QStringLiteral("conversation_id")))
        << result.skipped.at(0).toStdString();
    EXPECT_TRUE(result.skipped.at(1).startsWith(QStringLiteral("seq 5 (customer.upserted)")));
    EXPECT_TRUE(result.skipped.at(1).contains(QStringLiteral("visitor_name")))
        << result.skipped.at(1).toStdString();
    EXPECT_TRUE(result.skipped.at(2).startsWith(QStringLiteral("seq 6 (product.upserted)")));
    EXPECT_TRUE(result.skipped.at(2).contains(QStringLiteral("variants")))
        << result.skipped.at(2).toStdString();
    EXPECT_EQ(result.cursor, 7); // skipped events are not retried

    EXPECT_EQ(localIdOf(cache, 10), -1);
    EXPECT_GT(localIdOf(cache, 11), 0);
    EXPECT_FALSE(cache.customers().exists(2));
    EXPECT_TRUE(cache.customers().exists(3));
    EXPECT_FALSE(cache.products().get(5));
}

TEST_F(CacheTest, SkipsAMessageOfAnUnknownConversation)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    const EventApplier::Result result =
        apply({event(3, "message.created", text(20, 99999, QStringLiteral("Hello?"), T0 + Minute)),
               event(4, "message.created", text(21, 1, QStringLiteral("Hello!"), T0 + Minute))});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.applied, 1);
    ASSERT_EQ(result.skipped.size(), 1);
    EXPECT_TRUE(result.skipped.constFirst().startsWith(QStringLiteral("seq 3 (message.created)")));
    EXPECT_TRUE(result.skipped.constFirst().contains(QStringLiteral("unknown conversation 99999")))
        << result.skipped.constFirst().toStdString();
    EXPECT_EQ(count("messages"), 1);
    EXPECT_FALSE(result.changes.messages.contains(99999));
    EXPECT_EQ(result.cursor, 4);
}

TEST_F(CacheTest, NextSinceBeyondTheLastEventAdvancesTheCursor)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    const EventApplier::Result page =
        apply({event(3, "message.created", text(1, 1, QStringLiteral("Hello"), T0 + Minute))}, 10);
    ASSERT_TRUE(page.ok) << page.error.toStdString();
    EXPECT_EQ(page.cursor, 10);
    EXPECT_EQ(cache.syncState().cursor(), 10);

    // An empty page moves it on; an older next_since never moves it back.
    EXPECT_EQ(apply({}, 12).cursor, 12);
    EXPECT_EQ(apply({}, 8).cursor, 12);
    EXPECT_EQ(cache.syncState().cursor(), 12);
    const EventApplier::Result stale =
        apply({event(11, "message.created", text(2, 1, QStringLiteral("Late"), T0 + Minute))});
    EXPECT_EQ(stale.ignored, 1);
    EXPECT_EQ(count("messages"), 1);
}

TEST_F(CacheTest, AFailingWriteRollsBackTheWholeBatch)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    // Fault injection: a TEMP trigger lives only on this connection and makes SQLite itself refuse one
    // insert half-way through the batch, as a full disk or an I/O error would. No server data can cause it.
    ASSERT_TRUE(cache.database().exec(
        QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON messages WHEN new.body = 'boom' "
                       "BEGIN SELECT RAISE(ABORT, 'injected fault'); END;")))
        << cache.database().errorMessage().toStdString();

    QList<ServerEvent> batch;
    qint64 seq = 2;
    batch.append(event(++seq, "customer.upserted", customer(2, QStringLiteral("Chloé Martin"))));
    batch.append(event(++seq, "conversation.upserted", conversation(2, 2, T0 + Minute)));
    for (int i = 0; batch.size() < 100; ++i) {
        ++seq;
        const QString body = seq == 52 ? QStringLiteral("boom") : QStringLiteral("Message %1").arg(i);
        batch.append(
            event(seq, "message.created", text(1000 + i, 1 + i % 2, body, T0 + 2 * Minute + i * 1000)));
    }

    QSignalSpy changed(&cache, &Cache::changed);
    const EventApplier::Result failed = apply(batch);
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("seq 52"))) << failed.error.toStdString();
    EXPECT_TRUE(failed.error.contains(QStringLiteral("injected fault"))) << failed.error.toStdString();
    EXPECT_TRUE(failed.changes.isEmpty());
    EXPECT_EQ(failed.cursor, 2);
    EXPECT_EQ(cache.syncState().cursor(), 2);
    EXPECT_FALSE(cache.customers().exists(2));
    EXPECT_FALSE(cache.conversations().exists(2));
    EXPECT_EQ(count("messages"), 0);
    EXPECT_EQ(
        queryInt(cache, QStringLiteral("SELECT last_message_at IS NULL FROM conversations WHERE id = 1")), 1);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_NE(sqlite3_get_autocommit(cache.database().handle()), 0); // no transaction left open

    ASSERT_TRUE(cache.database().exec(QStringLiteral("DROP TRIGGER temp.boom")));
    const EventApplier::Result retried = apply(batch);
    ASSERT_TRUE(retried.ok) << retried.error.toStdString();
    EXPECT_EQ(retried.applied, 100);
    EXPECT_EQ(retried.cursor, seq);
    EXPECT_EQ(count("messages"), 98);
    EXPECT_TRUE(cache.conversations().exists(2));
    ASSERT_EQ(changed.count(), 1);
    const auto published = changed.constFirst().constFirst().value<CacheChanges>();
    EXPECT_EQ(published.conversations, (QSet<qint64>{1, 2}));
    EXPECT_EQ(published.customers, QSet<qint64>{2});
}

TEST_F(CacheTest, AFailingCursorWriteRollsBackTheAppliedEvents)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    // Same injection as above, on the cursor: events and cursor must commit together or not at all.
    ASSERT_TRUE(cache.database().exec(
        QStringLiteral("CREATE TEMP TRIGGER cursor_boom BEFORE UPDATE ON meta WHEN new.key = 'sync_cursor' "
                       "BEGIN SELECT RAISE(ABORT, 'injected cursor fault'); END;")));
    QSignalSpy changed(&cache, &Cache::changed);
    const EventApplier::Result failed =
        apply({event(3, "message.created", text(1, 1, QStringLiteral("Hello"), T0 + Minute))});
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("injected cursor fault"))) << failed.error.toStdString();
    EXPECT_EQ(failed.cursor, 2);
    EXPECT_EQ(cache.syncState().cursor(), 2);
    EXPECT_EQ(count("messages"), 0);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(CacheTest, AFailingPreviewWriteRollsBackTheAppliedEvents)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    ASSERT_TRUE(cache.database().exec(
        QStringLiteral("CREATE TEMP TRIGGER preview_boom BEFORE UPDATE OF last_message_body ON conversations "
                       "BEGIN SELECT RAISE(ABORT, 'injected preview fault'); END;")));
    QSignalSpy changed(&cache, &Cache::changed);
    const EventApplier::Result failed =
        apply({event(3, "message.created", text(1, 1, QStringLiteral("Hello"), T0 + Minute))});
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("injected preview fault")))
        << failed.error.toStdString();
    EXPECT_EQ(cache.syncState().cursor(), 2);
    EXPECT_EQ(count("messages"), 0);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(CacheTest, ServerCopyOfALocalEchoMergesIntoTheSameRow)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    Message local;
    local.conversationId = 1;
    local.clientId = QStringLiteral("uuid-1");
    local.author = MessageAuthor::Staff;
    local.staffId = 1;
    local.body = QStringLiteral("Your parcel ships today.");
    local.createdAt = utc(T0 + Minute);
    local.delivery = DeliveryState::Pending;
    const std::optional<qint64> localId = cache.messages().upsert(local);
    ASSERT_TRUE(localId);
    ASSERT_TRUE(cache.messages().get(*localId));
    EXPECT_EQ(cache.messages().get(*localId)->id, 0);
    EXPECT_EQ(cache.messages().get(*localId)->delivery, DeliveryState::Pending);

    Message server = local;
    server.id = 500;
    server.delivery = DeliveryState::Sent;
    server.createdAt = utc(T0 + Minute + 800);
    const EventApplier::Result result = apply({event(3, "message.created", server)});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.changes.messages.value(1), QSet<qint64>{*localId});

    const std::optional<Message> merged = cache.messages().get(*localId);
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->id, 500);
    EXPECT_EQ(merged->delivery, DeliveryState::Sent);
    EXPECT_EQ(merged->clientId, QStringLiteral("uuid-1"));
    EXPECT_EQ(merged->createdAt, utc(T0 + Minute + 800));
    EXPECT_EQ(count("messages"), 1);

    // A later edit of the same message still lands in that row.
    server.body = QStringLiteral("Your parcel ships today!");
    ASSERT_TRUE(apply({event(4, "message.updated", server)}).ok);
    EXPECT_EQ(count("messages"), 1);
    EXPECT_EQ(localIdOf(cache, 500), *localId);
    EXPECT_EQ(cache.messages().get(*localId)->body, QStringLiteral("Your parcel ships today!"));
    // Indexed once, with the latest text: the echo was written outside the applier, then merged twice.
    EXPECT_EQ(messageMatches(cache, QStringLiteral("ships")), QList<qint64>{*localId});
    EXPECT_TRUE(messageIndexConsistent(cache)) << cache.database().errorMessage().toStdString();
}

TEST_F(CacheTest, NewestMessageSetsThePreviewAndLastActivityOlderOnesDoNot)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    const auto preview = [this] {
        return queryText(cache, QStringLiteral("SELECT last_message_body FROM conversations WHERE id = 1"));
    };
    ASSERT_TRUE(
        apply({event(3, "message.created", text(1, 1, QStringLiteral("Newest"), T0 + 10 * Minute))}).ok);
    EXPECT_EQ(preview(), QStringLiteral("Newest"));
    EXPECT_EQ(cache.conversations().get(1)->lastActivityAt, utc(T0 + 10 * Minute));

    ASSERT_TRUE(
        apply({event(4, "message.created", text(2, 1, QStringLiteral("Older"), T0 + 5 * Minute))}).ok);
    EXPECT_EQ(preview(), QStringLiteral("Newest"));
    EXPECT_EQ(cache.conversations().get(1)->lastActivityAt, utc(T0 + 10 * Minute));

    // A conversation update carrying an older activity time does not move it back either.
    ASSERT_TRUE(
        apply({event(5, "conversation.upserted", conversation(1, 1, T0, ConversationStatus::Closed))}).ok);
    EXPECT_EQ(cache.conversations().get(1)->status, ConversationStatus::Closed);
    EXPECT_EQ(cache.conversations().get(1)->lastActivityAt, utc(T0 + 10 * Minute));
    EXPECT_EQ(preview(), QStringLiteral("Newest"));

    // Long messages are cut for the list.
    Message staff = text(3, 1, QString(500, QLatin1Char('x')), T0 + 20 * Minute);
    staff.author = MessageAuthor::Staff;
    staff.staffId = 1;
    ASSERT_TRUE(apply({event(6, "message.created", staff)}).ok);
    EXPECT_EQ(preview().size(), ConversationStore::PreviewLength);
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT last_message_author FROM conversations WHERE id = 1")),
              static_cast<int>(MessageAuthor::Staff));
    EXPECT_EQ(cache.conversations().get(1)->lastActivityAt, utc(T0 + 20 * Minute));
}

TEST_F(CacheTest, TheUnreadCountOfOpenConversationsUsesItsPartialIndex)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    Conversation second = conversation(2, 1, T0 + Minute);
    second.unread = true;
    Conversation closedUnread = conversation(3, 1, T0 + 2 * Minute, ConversationStatus::Closed);
    closedUnread.unread = true;
    ASSERT_TRUE(
        apply({event(3, "conversation.upserted", second), event(4, "conversation.upserted", closedUnread)})
            .ok);
    EXPECT_EQ(cache.conversations().unreadOpenCount(), 1);
    // The count runs on every change (title, tray): it must not walk every open conversation.
    SqliteStatement explain = cache.database().prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM conversations WHERE unread = 1 AND status = 0"));
    QString plan;
    while (explain.step())
        plan += explain.text(3) + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("conversations_unread_by_status"))) << plan.toStdString();
}

// --- Stores ---------------------------------------------------------------------------------------------

TEST_F(CacheTest, CustomerRoundTripsEveryField)
{
    Customer c;
    c.id = 42;
    c.name = QStringLiteral("Zoë Müller");
    c.visitorName = QStringLiteral("Visitor 9042");
    c.email = QStringLiteral("zoe.mueller@example.de");
    c.phone = QStringLiteral("+49 30 1234567");
    c.location = QStringLiteral("München, Germany");
    c.timeZone = QStringLiteral("Europe/Berlin");
    c.customerSince = utc(T0 - 400LL * 24 * 60 * Minute);
    c.lifetimeSpend = Money{123456, QStringLiteral("EUR")};
    c.orderCount = 7;
    c.emailMarketing = true;
    c.smsMarketing = true;
    c.note = QStringLiteral("Allergic to wool; suggest cotton.");
    c.noteUpdatedAt = utc(T0 - Minute);
    c.online = true;
    ASSERT_TRUE(cache.customers().upsert(c));
    EXPECT_EQ(cache.customers().get(42), c);

    // A profile update without presence keeps the presence the stream reported.
    Customer renamed = c;
    renamed.name = QStringLiteral("Zoë Schneider-Müller");
    renamed.online = false;
    ASSERT_TRUE(cache.customers().upsert(renamed, false));
    EXPECT_EQ(cache.customers().get(42)->name, renamed.name);
    EXPECT_TRUE(cache.customers().get(42)->online);
    ASSERT_TRUE(cache.customers().setOnline(42, false));
    EXPECT_FALSE(cache.customers().get(42)->online);

    ASSERT_TRUE(cache.customers().setNote(42, QStringLiteral("VIP"), utc(T0)));
    EXPECT_EQ(cache.customers().get(42)->note, QStringLiteral("VIP"));
    EXPECT_EQ(cache.customers().get(42)->noteUpdatedAt, utc(T0));
    EXPECT_FALSE(cache.customers().setNote(43, QStringLiteral("nobody"), utc(T0)));
    EXPECT_FALSE(cache.customers().get(43));
}

TEST_F(CacheTest, CartRoundTripsWithItsSubtotal)
{
    ASSERT_TRUE(cache.customers().upsert(customer(1, QStringLiteral("Sophie de Vries"))));
    Cart cart;
    cart.customerId = 1;
    cart.lines = {CartLine{1, 11, QStringLiteral("Merino trui"), QStringLiteral("M"), 2,
                           Money{8950, QStringLiteral("EUR")}, 12},
                  CartLine{2, 20, QStringLiteral("Écharpe en alpaga"), QString(), 1,
                           Money{4500, QStringLiteral("EUR")}, 3}};
    cart.discountCode = QStringLiteral("WELCOME10");
    cart.updatedAt = utc(T0);
    ASSERT_TRUE(cache.carts().upsert(cart));
    EXPECT_EQ(cache.carts().get(1), cart);
    EXPECT_EQ(cart.subtotal(), (Money{22400, QStringLiteral("EUR")}));
    // Stored beside the lines for the conversation list.
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT subtotal FROM carts WHERE customer_id = 1")), 22400);
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT item_count FROM carts WHERE customer_id = 1")), 3);
    EXPECT_FALSE(cache.carts().get(2));

    cart.lines.removeLast();
    ASSERT_TRUE(cache.carts().upsert(cart));
    EXPECT_EQ(cache.carts().get(1)->lines.size(), 1);
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT subtotal FROM carts WHERE customer_id = 1")), 17900);

    // Foreign keys are enforced: no cart for a customer the cache does not know.
    Cart orphan = cart;
    orphan.customerId = 99;
    EXPECT_FALSE(cache.carts().upsert(orphan));
}

TEST_F(CacheTest, OrdersRoundTripNewestFirst)
{
    ASSERT_TRUE(cache.customers().upsert(customer(1, QStringLiteral("Sophie de Vries"))));
    const Order older{501,
                      QStringLiteral("#1042"),
                      1,
                      utc(T0 - 20 * Minute),
                      Money{8950, QStringLiteral("EUR")},
                      QStringLiteral("paid"),
                      QStringLiteral("fulfilled"),
                      false,
                      QStringLiteral("https://track.example.com/1042"),
                      QStringLiteral("https://demo.shop/orders/1042")};
    const Order newer{502,
                      QStringLiteral("#1043"),
                      1,
                      utc(T0 - Minute),
                      Money{4500, QStringLiteral("EUR")},
                      QStringLiteral("pending"),
                      QStringLiteral("unfulfilled"),
                      true,
                      QString(),
                      QStringLiteral("https://demo.shop/orders/1043")};
    ASSERT_TRUE(cache.orders().upsert(older));
    ASSERT_TRUE(cache.orders().upsert(newer));
    EXPECT_EQ(cache.orders().get(501), older);
    EXPECT_EQ(cache.orders().forCustomer(1), (QList<Order>{newer, older}));
    EXPECT_TRUE(cache.orders().forCustomer(2).isEmpty());
}

TEST_F(CacheTest, ProductsRoundTripWithVariants)
{
    const Product trui{1,
                       QStringLiteral("Merino trui"),
                       QStringLiteral("/media/product-1.png"),
                       QStringLiteral("/products/merino-trui"),
                       true,
                       {Variant{10, QStringLiteral("S"), Money{8950, QStringLiteral("EUR")}, 4},
                        Variant{11, QStringLiteral("M"), Money{8950, QStringLiteral("EUR")}, -2}}};
    const Product hidden{
        2,         QStringLiteral("Merino trui (sample)"),
        QString(), QString(),
        false,     {Variant{20, QStringLiteral("Default"), Money{0, QStringLiteral("EUR")}, 1}}};
    ASSERT_TRUE(cache.products().upsert(trui));
    ASSERT_TRUE(cache.products().upsert(hidden));
    EXPECT_EQ(cache.products().get(1), trui);
    EXPECT_EQ(cache.products().get(2), hidden);
    EXPECT_EQ(cache.products().searchPublished(QStringLiteral("TRUI"), 10), QList<Product>{trui});
    EXPECT_TRUE(cache.products().searchPublished(QStringLiteral("100%"), 10).isEmpty());
}

TEST_F(CacheTest, DiscountsRoundTripActiveFirst)
{
    const DiscountCode welcome{QStringLiteral("WELCOME10"), QStringLiteral("10% off all products"), true};
    const DiscountCode summer{QStringLiteral("SUMMER25"), QStringLiteral("25% off the summer collection"),
                              false};
    const DiscountCode freeShip{QStringLiteral("FREESHIP"), QStringLiteral("Free shipping"), true};
    for (const DiscountCode &d : {welcome, summer, freeShip})
        ASSERT_TRUE(cache.discounts().upsert(d));
    EXPECT_EQ(cache.discounts().get(QStringLiteral("SUMMER25")), summer);
    EXPECT_EQ(cache.discounts().search(QString(), 10), (QList<DiscountCode>{freeShip, welcome, summer}));
    EXPECT_EQ(cache.discounts().search(QStringLiteral("% off"), 10), (QList<DiscountCode>{welcome, summer}));
}

TEST_F(CacheTest, StaffListCanBeLimitedToChatPermission)
{
    const Staff alex{1, QStringLiteral("Alex Janssen"), QStringLiteral("alex@demo.shop"), true};
    const Staff sam{2, QStringLiteral("Sam Peeters"), QStringLiteral("sam@demo.shop"), false};
    const Staff bea{3, QStringLiteral("bea Visser"), QStringLiteral("bea@demo.shop"), true};
    for (const Staff &s : {alex, sam, bea})
        ASSERT_TRUE(cache.staff().upsert(s));
    EXPECT_EQ(cache.staff().get(2), sam);
    EXPECT_EQ(cache.staff().all(false), (QList<Staff>{alex, bea, sam}));
    EXPECT_EQ(cache.staff().all(true), (QList<Staff>{alex, bea}));

    // From the wire, an e-mail the server left empty.
    Staff warehouse{4, QStringLiteral("Warehouse"), QString(), false};
    const EventApplier::Result result = apply({event(1, "staff.upserted", warehouse)});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.applied, 1);
    EXPECT_EQ(cache.staff().get(4), warehouse);
}

TEST(CacheMigrationTest, Version9StoresEveryKindsPayloadInItsWireForm)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v8.sqlite"));
    {
        Cache cache;
        ASSERT_TRUE(cache.open(path).ok());
        ASSERT_TRUE(cache.customers().upsert(customer(1, QStringLiteral("Sophie de Vries"))));
        ASSERT_TRUE(cache.conversations().upsert(conversation(1, 1, T0)));
    }
    {
        // A cache of version 8: payloads as that version wrote them.
        RawDb raw(path);
        ASSERT_EQ(
            raw.exec("PRAGMA user_version = 8;"
                     "ALTER TABLE staff DROP COLUMN manage_shop_permission;"
                     "ALTER TABLE staff DROP COLUMN owner; ALTER TABLE staff DROP COLUMN active;"
                     "INSERT INTO messages(id, conversation_id, kind, author, body, payload, created_at, "
                     "delivery, failure_reason) VALUES "
                     "(1, 1, 2, 1, '', '{\"code\":\"WELKOM10\",\"summary\":\"10% off\"}', 1, 1, ''),"
                     "(2, 1, 3, 1, '', '{\"id\":\"img-1\",\"url\":\"/media/img-1.png\"}', 2, 1, ''),"
                     "(3, 1, 4, 2, 'Added Merino trui to the cart', "
                     "'{\"action\":\"add\",\"title\":\"Merino trui\"}', 3, 1, ''),"
                     "(4, 1, 4, 2, 'Removed a sock from the cart', '{\"action\":\"remove\"}', 4, 1, ''),"
                     "(5, 1, 5, 2, 'Away', '{\"automated\":\"away\"}', 5, 1, ''),"
                     "(6, 1, 0, 0, 'Hallo', NULL, 6, 1, '')"),
            QString());
    }
    Cache cache;
    ASSERT_TRUE(cache.open(path).ok());
    const QList<Message> page = cache.messages().page(1, std::nullopt, 10);
    ASSERT_EQ(page.size(), 6); // none left out as unreadable
    EXPECT_EQ(page.at(0).discountCode, QStringLiteral("WELKOM10"));
    EXPECT_EQ(page.at(0).discountSummary, QStringLiteral("10% off"));
    EXPECT_EQ(page.at(1).imageId, QStringLiteral("img-1"));
    EXPECT_EQ(page.at(1).imageUrl, QStringLiteral("/media/img-1.png"));
    EXPECT_EQ(page.at(2).cartAction, CartAction::Add);
    EXPECT_EQ(page.at(2).cartProductTitle, QStringLiteral("Merino trui"));
    EXPECT_EQ(page.at(3).cartAction, CartAction::Remove);
    EXPECT_TRUE(page.at(3).cartProductTitle.isEmpty());
    EXPECT_EQ(page.at(4).automated, AutomatedReply::Away);
    EXPECT_EQ(page.at(5).body, QStringLiteral("Hallo"));
    // Stored as the codec writes them now.
    EXPECT_EQ(queryText(cache, QStringLiteral("SELECT payload FROM messages WHERE id = 3")),
              QStringLiteral("{\"cart_action\":\"add\",\"product_title\":\"Merino trui\"}"));
}

TEST_F(CacheTest, AStoredPayloadThatIsNotItsKindsIsLeftOutNotShownHalfFilled)
{
    seedConversation();
    ASSERT_TRUE(cache.messages().upsert(text(1, 1, QStringLiteral("Hallo"), T0)));
    Message discount = text(2, 1, QString(), T0 + Minute);
    discount.kind = MessageKind::Discount;
    discount.discountCode = QStringLiteral("WELKOM10");
    ASSERT_TRUE(cache.messages().upsert(discount));
    ASSERT_TRUE(cache.database().exec(QStringLiteral("UPDATE messages SET payload = '{}' WHERE id = 2")));
    const QList<Message> page = cache.messages().page(1, std::nullopt, 10);
    ASSERT_EQ(page.size(), 1);
    EXPECT_EQ(page.constFirst().id, 1);
}

TEST_F(CacheTest, AnOutboxEntryOfAnUnknownActionIsLeftOutNotSent)
{
    OutboxEntry entry;
    entry.action = OutboxAction::SaveNote;
    entry.createdAt = utc(T0);
    const std::optional<qint64> id = cache.outbox().enqueue(entry);
    ASSERT_TRUE(id);
    ASSERT_EQ(cache.outbox().queued(10).size(), 1);
    // Written by a newer version: this one does not know what it would send.
    ASSERT_TRUE(cache.database().exec(QStringLiteral("UPDATE outbox SET action = 'archive_conversation'")));
    EXPECT_TRUE(cache.outbox().queued(10).isEmpty());
    EXPECT_FALSE(cache.outbox().get(*id));
    EXPECT_EQ(cache.outbox().count(), 1); // kept, not deleted
}

TEST_F(CacheTest, OutboxKeepsTheOrderOfActions)
{
    const auto entry = [](OutboxAction action, std::optional<qint64> conversationId) {
        OutboxEntry e;
        e.conversationId = conversationId;
        e.action = action;
        e.payload = QJsonObject{{QStringLiteral("body"), QStringLiteral("Dank je!")}};
        e.clientId = QStringLiteral("client-%1").arg(OutboxActions.wire(action));
        e.createdAt = utc(T0);
        return e;
    };
    OutboxEntry send = entry(OutboxAction::SendMessage, 1);
    const std::optional<qint64> first = cache.outbox().enqueue(send);
    const std::optional<qint64> second = cache.outbox().enqueue(entry(OutboxAction::PatchConversation, 1));
    const std::optional<qint64> third = cache.outbox().enqueue(entry(OutboxAction::SaveNote, std::nullopt));
    ASSERT_TRUE(first && second && third);
    EXPECT_LT(*first, *second);
    EXPECT_LT(*second, *third);
    send.id = *first;
    EXPECT_EQ(cache.outbox().get(*first), send);
    const auto queuedIds = [this] {
        QList<qint64> ids;
        for (const OutboxEntry &e : cache.outbox().queued(10))
            ids.append(e.id);
        return ids;
    };
    EXPECT_EQ(queuedIds(), (QList<qint64>{*first, *second, *third}));
    EXPECT_EQ(cache.outbox().queued(2).size(), 2);

    ASSERT_TRUE(cache.outbox().recordAttempt(*first, QStringLiteral("timeout"), utc(T0 + Minute)));
    const std::optional<OutboxEntry> retried = cache.outbox().get(*first);
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->attempts, 1);
    EXPECT_EQ(retried->lastError, QStringLiteral("timeout"));
    EXPECT_EQ(retried->nextAttemptAt, utc(T0 + Minute));
    EXPECT_EQ(queuedIds(), (QList<qint64>{*first, *second, *third})); // a retry keeps its place

    ASSERT_TRUE(cache.outbox().markFailed(*second, QStringLiteral("422 conversation closed")));
    EXPECT_EQ(cache.outbox().get(*second)->state, OutboxEntry::State::Failed);
    EXPECT_EQ(queuedIds(), (QList<qint64>{*first, *third}));

    ASSERT_TRUE(cache.outbox().remove(*third));
    ASSERT_TRUE(cache.outbox().remove(*first));
    EXPECT_EQ(cache.outbox().count(), 1);
    // Ids are never reused, so a new action sorts after everything ever queued.
    const std::optional<qint64> fourth = cache.outbox().enqueue(entry(OutboxAction::SendMessage, 2));
    ASSERT_TRUE(fourth);
    EXPECT_GT(*fourth, *third);
    EXPECT_EQ(queuedIds(), QList<qint64>{*fourth});
}

TEST_F(CacheTest, SyncStateKeepsTheCursorAndDocuments)
{
    EXPECT_EQ(cache.syncState().cursor(), 0);
    EXPECT_TRUE(cache.syncState().document(QStringLiteral("settings")).isEmpty());
    ASSERT_TRUE(cache.syncState().setCursor(42));
    EXPECT_EQ(cache.syncState().cursor(), 42);
    const QJsonObject settings{
        {QStringLiteral("greeting"), QStringLiteral("Hoi! Waarmee kunnen we helpen?")},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("nl"), QStringLiteral("fr")}}};
    ASSERT_TRUE(cache.syncState().setDocument(QStringLiteral("settings"), settings));
    EXPECT_EQ(cache.syncState().document(QStringLiteral("settings")), settings);
    ASSERT_TRUE(cache.syncState().setDocument(QStringLiteral("settings"), QJsonObject{}));
    EXPECT_TRUE(cache.syncState().document(QStringLiteral("settings")).isEmpty());
    EXPECT_EQ(cache.syncState().cursor(), 42);

    // Survives a reopen.
    cache.close();
    ASSERT_EQ(cache.open(path).status, Cache::Status::Opened);
    EXPECT_EQ(cache.syncState().cursor(), 42);
}

// --- Paths ----------------------------------------------------------------------------------------------

TEST(CachePathTest, OneFilePerServerAndStaffMember)
{
    TempDir dir;
    const QString base = dir.path();
    const QString path = Cache::pathForAccount(QStringLiteral("https://shop.example.com"),
                                               QStringLiteral("alex@demo.shop"), base);
    EXPECT_EQ(Cache::pathForAccount(QStringLiteral("https://SHOP.example.com/"),
                                    QStringLiteral(" Alex@Demo.Shop "), base),
              path);
    EXPECT_NE(Cache::pathForAccount(QStringLiteral("https://shop.example.com"),
                                    QStringLiteral("sam@demo.shop"), base),
              path);
    EXPECT_NE(Cache::pathForAccount(QStringLiteral("https://other.example.com"),
                                    QStringLiteral("alex@demo.shop"), base),
              path);

    EXPECT_TRUE(path.startsWith(base + QLatin1Char('/'))) << path.toStdString();
    EXPECT_TRUE(QDir::cleanPath(path).startsWith(QDir::cleanPath(base) + QLatin1Char('/')));
    EXPECT_TRUE(QFileInfo(path).fileName().startsWith(QStringLiteral("shop.example.com-")))
        << path.toStdString();
    EXPECT_TRUE(path.endsWith(QStringLiteral(".sqlite")));

    // Usable as is: the directory is created on open.
    Cache cache;
    EXPECT_EQ(cache.open(path).status, Cache::Status::Created);
}

// --- Enums: one description, refused when unknown --------------------------------------------------------

namespace {

template<typename E, std::size_t N> void expectOneToOne(const EnumDescription<E, N> &description)
{
    QSet<QString> wires;
    QSet<int> stored;
    for (const EnumEntry<E> &entry : description.entries()) {
        wires.insert(QString::fromLatin1(entry.wire));
        stored.insert(entry.stored);
        EXPECT_EQ(description.fromWire(description.wire(entry.value)), entry.value) << entry.wire;
        EXPECT_EQ(description.fromStored(description.stored(entry.value)), entry.value) << entry.wire;
    }
    EXPECT_EQ(wires.size(), qsizetype(N)) << "a wire string twice";
    EXPECT_EQ(stored.size(), qsizetype(N)) << "a stored value twice";
    EXPECT_FALSE(description.fromWire(QStringLiteral("no-such-value")));
    EXPECT_FALSE(description.fromStored(99));
}

} // namespace

TEST(EnumDescriptions, EachValueHasOneWireStringAndOneStoredValue)
{
    expectOneToOne(MessageKinds);
    expectOneToOne(MessageAuthors);
    expectOneToOne(DeliveryStates);
    expectOneToOne(CartActions);
    expectOneToOne(AutomatedReplies);
    expectOneToOne(ConversationStatuses);
    // The stored values are those every released cache holds: they never change.
    EXPECT_EQ(MessageKinds.stored(MessageKind::System), 5);
    EXPECT_EQ(DeliveryStates.stored(DeliveryState::Emailed), 3);
    EXPECT_EQ(ConversationStatuses.stored(ConversationStatus::Closed), 1);
    // And the codec speaks the same words.
    EXPECT_EQ(json::toString(MessageKind::CartEvent), QStringLiteral("cart_event"));
    EXPECT_EQ(json::toString(AutomatedReply::FollowUp), QStringLiteral("follow_up"));
}

TEST_F(CacheTest, AStoredKindOrStatusThisVersionDoesNotKnowIsLeftOutNotReadAsAnother)
{
    ASSERT_NO_FATAL_FAILURE(seedConversation());
    Message m;
    m.id = 700;
    m.conversationId = 1;
    m.body = QStringLiteral("From a newer client");
    m.createdAt = QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()).addSecs(60);
    const std::optional<qint64> localId = cache.messages().upsert(m);
    ASSERT_TRUE(localId);
    ASSERT_TRUE(cache.messages().get(*localId));
    // A kind 9 (as a newer version might write): not shown at all, rather than as a system note.
    ASSERT_TRUE(cache.database().exec(QStringLiteral("UPDATE messages SET kind = 9 WHERE id = 700")));
    EXPECT_FALSE(cache.messages().get(*localId));
    EXPECT_TRUE(cache.messages().page(1, std::nullopt, 50).isEmpty());
    ASSERT_TRUE(
        cache.database().exec(QStringLiteral("UPDATE messages SET kind = 0, delivery = 7 WHERE id = 700")));
    EXPECT_FALSE(cache.messages().get(*localId));
    ASSERT_TRUE(cache.database().exec(QStringLiteral("UPDATE messages SET delivery = 1 WHERE id = 700")));
    EXPECT_TRUE(cache.messages().get(*localId));

    ASSERT_TRUE(cache.conversations().get(1));
    ASSERT_TRUE(cache.database().exec(QStringLiteral("UPDATE conversations SET status = 4 WHERE id = 1")));
    EXPECT_FALSE(cache.conversations().get(1));
    // The store still works for the next statement (the refused one was reset).
    ASSERT_TRUE(cache.database().exec(QStringLiteral("UPDATE conversations SET status = 1 WHERE id = 1")));
    ASSERT_TRUE(cache.conversations().get(1));
    EXPECT_EQ(cache.conversations().get(1)->status, ConversationStatus::Closed);
}
