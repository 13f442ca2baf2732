// Saved replies in the client core: the JSON codec, cache migration 4 (also from the frozen version 1
// fixture), SavedReplyStore, the two events in EventApplier, and SavedReplyModel under
// QAbstractItemModelTester with live inserts, renames, edits and deletions (never a reset).
#include <gtest/gtest.h>

#include "codec/jsoncodec.h"
#include "models/savedreplymodel.h"
#include "storage/cache.h"
#include "storage/eventapplier.h"
#include "storage/migrations.h"
#include "storage/savedreplystore.h"
#include "storage/staffstore.h"
#include "storage/syncstatestore.h"
#include "tempdir.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTimeZone>

#include <sqlite3.h>

#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace shopinbox;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr qint64 T0 = 1772442900000; // 2026-03-02T09:15:00Z

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

SavedReply reply(qint64 id, const char *shortcut, const char *text, qint64 at = T0)
{
    return SavedReply{id, QString::fromUtf8(shortcut), QString::fromUtf8(text), utc(at)};
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList shortcuts(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(SavedReplyModel::ShortcutRole).toString());
    return result;
}

class SavedReplyCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Cache::OpenResult opened = cache.open(dir.file(QStringLiteral("shop.sqlite")));
        ASSERT_EQ(opened.status, Cache::Status::Created) << opened.message.toStdString();
    }

    ServerEvent upserted(const SavedReply &r)
    {
        return {++seq, QStringLiteral("saved_reply.upserted"), utc(T0), json::encode(r)};
    }
    ServerEvent deleted(qint64 id)
    {
        return {++seq, QStringLiteral("saved_reply.deleted"), utc(T0),
                json::encode(json::SavedReplyDeletion{id})};
    }
    EventApplier::Result apply(const QList<ServerEvent> &events)
    {
        EventApplier::Result result = EventApplier(cache).apply(events);
        EXPECT_TRUE(result.ok) << result.error.toStdString();
        return result;
    }

    TempDir dir;
    Cache cache;
    qint64 seq = 0;
};

} // namespace

// --- codec ------------------------------------------------------------------------------------------------

TEST(SavedReplyCodec, RoundTripsAndNamesTheFieldAtFault)
{
    const SavedReply r = reply(1042, "shipping", "We ship <b>fast</b> 🚚\nwithin 2 days.");
    const QJsonObject encoded = json::encode(r);
    EXPECT_EQ(encoded,
              parse(R"({"id":1042,"shortcut":"shipping","text":"We ship <b>fast</b> 🚚\nwithin 2 days.",)"
                    R"("updated_at":"2026-03-02T09:15:00.000Z"})"));
    const Decoded<SavedReply> decoded = json::decodeSavedReply(QJsonValue(encoded));
    ASSERT_TRUE(decoded) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded.value(), r);

    // Unknown fields are tolerated.
    QJsonObject extra = encoded;
    extra.insert(QStringLiteral("future"), true);
    EXPECT_TRUE(json::decodeSavedReply(QJsonValue(extra)));

    const struct
    {
        const char *json;
        const char *field;
    } bad[] = {
        {R"({"shortcut":"a","text":"t","updated_at":"2026-03-02T09:15:00Z"})", "data.id"},
        {R"({"id":0,"shortcut":"a","text":"t","updated_at":"2026-03-02T09:15:00Z"})", "data.id"},
        {R"({"id":"1","shortcut":"a","text":"t","updated_at":"2026-03-02T09:15:00Z"})", "data.id"},
        {R"({"id":1,"shortcut":"","text":"t","updated_at":"2026-03-02T09:15:00Z"})", "data.shortcut"},
        {R"({"id":1,"shortcut":null,"text":"t","updated_at":"2026-03-02T09:15:00Z"})", "data.shortcut"},
        {R"({"id":1,"shortcut":"a","text":"","updated_at":"2026-03-02T09:15:00Z"})", "data.text"},
        {R"({"id":1,"shortcut":"a","text":7,"updated_at":"2026-03-02T09:15:00Z"})", "data.text"},
        {R"({"id":1,"shortcut":"a","text":"t","updated_at":"yesterday"})", "data.updated_at"},
        {R"({"id":1,"shortcut":"a","text":"t"})", "data.updated_at"},
    };
    for (const auto &c : bad) {
        const Decoded<SavedReply> result =
            json::decodeSavedReply(QJsonValue(parse(c.json)), QStringLiteral("data"));
        ASSERT_FALSE(result) << c.json;
        EXPECT_EQ(result.error().field, QString::fromLatin1(c.field)) << c.json;
    }
    EXPECT_FALSE(json::decodeSavedReply(QJsonValue(QStringLiteral("not an object"))));
}

TEST(SavedReplyCodec, DeletionAndListDecode)
{
    EXPECT_EQ(json::encode(json::SavedReplyDeletion{7}), parse(R"({"id":7})"));
    const Decoded<json::SavedReplyDeletion> deletion =
        json::decodeSavedReplyDeletion(QJsonValue(parse(R"({"id":7})")));
    ASSERT_TRUE(deletion);
    EXPECT_EQ(deletion.value().id, 7);
    EXPECT_FALSE(json::decodeSavedReplyDeletion(QJsonValue(parse(R"({"id":-1})"))));
    EXPECT_FALSE(json::decodeSavedReplyDeletion(QJsonValue(parse(R"({})"))));

    const Decoded<QList<SavedReply>> list = json::decodeSavedReplyList(QJsonValue(parse(
        R"({"saved_replies":[{"id":1,"shortcut":"a","text":"x","updated_at":"2026-03-02T09:15:00Z"}]})")));
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    ASSERT_EQ(list.value().size(), 1);
    EXPECT_EQ(list.value().constFirst(), reply(1, "a", "x"));
    const Decoded<QList<SavedReply>> broken =
        json::decodeSavedReplyList(QJsonValue(parse(R"({"saved_replies":[{"id":1}]})")));
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().field, QStringLiteral("saved_replies[0].shortcut"));
}

TEST(SavedReplyRules, ShortcutsAndTexts)
{
    for (const char *good : {"a", "shipping", "size-guide", "x_1", "0", "abcdefghijklmnopqrstuvwxyz012345"})
        EXPECT_TRUE(isValidSavedReplyShortcut(QString::fromLatin1(good))) << good;
    for (const char *bad :
         {"", "Shipping", "ship ping", "/ship", "ship!", "é", "abcdefghijklmnopqrstuvwxyz0123456"})
        EXPECT_FALSE(isValidSavedReplyShortcut(QString::fromUtf8(bad))) << bad;
    EXPECT_TRUE(isValidSavedReplyText(QStringLiteral("x")));
    EXPECT_TRUE(isValidSavedReplyText(QString(2000, QLatin1Char('x'))));
    EXPECT_FALSE(isValidSavedReplyText(QString(2001, QLatin1Char('x'))));
    EXPECT_FALSE(isValidSavedReplyText(QString()));
    EXPECT_FALSE(isValidSavedReplyText(QStringLiteral(" \n\t ")));
}

// --- migration --------------------------------------------------------------------------------------------

TEST(SavedReplyMigration, Version4AddsTheTableAlsoToTheFrozenVersion1Fixture)
{
    EXPECT_GE(Migrations::latestVersion(), 4);
    TempDir dir;
    const QString path = dir.file(QStringLiteral("legacy.sqlite"));
    {
        QFile file(QStringLiteral(SHOPINBOX_FIXTURES_DIR "/cache-v1.sql"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray sql = file.readAll();
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        char *error = nullptr;
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_close(db);
        ASSERT_EQ(rc, SQLITE_OK) << message.toStdString();
    }
    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    ASSERT_EQ(opened.status, Cache::Status::Opened) << opened.message.toStdString();
    EXPECT_EQ(cache.database().queryInt(QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    // The older data is still there, and the new table is empty and usable.
    EXPECT_EQ(cache.staff().all(false).size(), 2);
    EXPECT_TRUE(cache.savedReplies().all().isEmpty());
    ASSERT_TRUE(cache.savedReplies().upsert(reply(5, "thanks", "Thank you!")));
    EXPECT_EQ(cache.savedReplies().get(5), reply(5, "thanks", "Thank you!"));
    cache.close();

    // Reopening migrates nothing further and keeps the row.
    ASSERT_EQ(cache.open(path).status, Cache::Status::Opened);
    EXPECT_EQ(cache.savedReplies().all().size(), 1);
}

TEST(SavedReplyMigration, AVersion3CacheGainsTheTable)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v3.sqlite"));
    {
        Cache cache;
        ASSERT_EQ(cache.open(path).status, Cache::Status::Created);
        // Back to a version 3 file: as an older build left it.
        ASSERT_TRUE(cache.database().exec(
            QStringLiteral("DROP TABLE saved_replies; DROP INDEX IF EXISTS "
                           "conversations_unread_by_status; DROP TABLE drafts; "
                           "ALTER TABLE conversations DROP COLUMN last_message_staff_id; "
                           "DROP INDEX orders_by_number; "
                           "ALTER TABLE staff DROP COLUMN manage_shop_permission; "
                           "ALTER TABLE staff DROP COLUMN owner; ALTER TABLE staff DROP COLUMN active; "
                           "PRAGMA user_version = 3")));
    }
    Cache cache;
    ASSERT_EQ(cache.open(path).status, Cache::Status::Opened);
    EXPECT_EQ(cache.database().queryInt(QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    EXPECT_EQ(cache.database().queryInt(QStringLiteral(
                  "SELECT count(*) FROM sqlite_schema WHERE name = 'saved_replies_by_shortcut'")),
              1);
    EXPECT_TRUE(cache.savedReplies().upsert(reply(1, "a", "b")));
}

// --- store ------------------------------------------------------------------------------------------------

TEST_F(SavedReplyCacheTest, StoreUpsertsListsInShortcutOrderAndRemoves)
{
    SavedReplyStore &store = cache.savedReplies();
    ASSERT_TRUE(store.upsert(reply(3, "thanks", "Thanks!")));
    ASSERT_TRUE(store.upsert(reply(1, "size_guide", "Sizes")));
    ASSERT_TRUE(store.upsert(reply(2, "size-chart", "Chart")));
    ASSERT_TRUE(store.upsert(reply(4, "hours", "9 to 5")));
    QStringList names;
    for (const SavedReply &r : store.all())
        names.append(r.shortcut);
    EXPECT_EQ(names, (QStringList{QStringLiteral("hours"), QStringLiteral("size-chart"),
                                  QStringLiteral("size_guide"), QStringLiteral("thanks")}));

    ASSERT_TRUE(store.upsert(reply(4, "opening", "10 to 6", T0 + 1000)));
    EXPECT_EQ(store.get(4), reply(4, "opening", "10 to 6", T0 + 1000));
    EXPECT_EQ(store.byShortcut(QStringLiteral("opening"))->id, 4);
    EXPECT_FALSE(store.byShortcut(QStringLiteral("hours")));
    ASSERT_TRUE(store.remove(4));
    EXPECT_FALSE(store.get(4));
    EXPECT_TRUE(store.remove(4)); // already gone: fine
    EXPECT_EQ(store.all().size(), 3);
}

// --- events -----------------------------------------------------------------------------------------------

TEST_F(SavedReplyCacheTest, EventsUpsertAndDeleteAndAnnounceTheIds)
{
    QSignalSpy changed(&cache, &Cache::changed);
    EventApplier::Result result =
        apply({upserted(reply(10, "thanks", "Thanks!")), upserted(reply(11, "hours", "9-5"))});
    EXPECT_EQ(result.applied, 2);
    EXPECT_EQ(result.changes.savedReplies, (QSet<qint64>{10, 11}));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<CacheChanges>().savedReplies, (QSet<qint64>{10, 11}));
    EXPECT_EQ(cache.savedReplies().all().size(), 2);

    result = apply({upserted(reply(10, "thanks", "Thank you so much!")), deleted(11), deleted(999)});
    EXPECT_EQ(result.applied, 3);
    EXPECT_EQ(result.changes.savedReplies, (QSet<qint64>{10, 11, 999}));
    EXPECT_EQ(cache.savedReplies().get(10)->text, QStringLiteral("Thank you so much!"));
    EXPECT_FALSE(cache.savedReplies().get(11));
    EXPECT_EQ(cache.syncState().cursor(), seq);
}

TEST_F(SavedReplyCacheTest, MalformedEventsAreSkippedAndTheRestApplies)
{
    QJsonObject noText = json::encode(reply(12, "x", "y"));
    noText.remove(QStringLiteral("text"));
    const QList<ServerEvent> events{
        ServerEvent{++seq, QStringLiteral("saved_reply.upserted"), utc(T0), noText},
        ServerEvent{++seq, QStringLiteral("saved_reply.deleted"), utc(T0), parse(R"({"id":"12"})")},
        upserted(reply(13, "ok", "fine")),
    };
    const EventApplier::Result result = apply(events);
    EXPECT_EQ(result.applied, 1);
    ASSERT_EQ(result.skipped.size(), 2);
    EXPECT_TRUE(result.skipped.at(0).startsWith(QStringLiteral("seq 1 (saved_reply.upserted): data.text")))
        << result.skipped.at(0).toStdString();
    EXPECT_TRUE(result.skipped.at(1).startsWith(QStringLiteral("seq 2 (saved_reply.deleted): data.id")))
        << result.skipped.at(1).toStdString();
    EXPECT_EQ(cache.savedReplies().all().size(), 1);
    EXPECT_EQ(cache.syncState().cursor(), 3);
}

// --- model ------------------------------------------------------------------------------------------------

TEST_F(SavedReplyCacheTest, ModelListsRolesAndMatchesPrefixes)
{
    apply({upserted(reply(1, "thanks", "Thanks!")), upserted(reply(2, "shipping", "We ship")),
           upserted(reply(3, "returns", "30 days")), upserted(reply(4, "ship-intl", "Abroad")),
           upserted(reply(5, "hours", "9-5"))});
    SavedReplyModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    EXPECT_EQ(shortcuts(model),
              (QStringList{QStringLiteral("hours"), QStringLiteral("returns"), QStringLiteral("ship-intl"),
                           QStringLiteral("shipping"), QStringLiteral("thanks")}));
    const QModelIndex shipping = model.index(3, 0);
    EXPECT_EQ(shipping.data(Qt::DisplayRole).toString(), QStringLiteral("/shipping"));
    EXPECT_EQ(shipping.data(SavedReplyModel::IdRole).toLongLong(), 2);
    EXPECT_EQ(shipping.data(SavedReplyModel::ShortcutRole).toString(), QStringLiteral("shipping"));
    EXPECT_EQ(shipping.data(SavedReplyModel::TextRole).toString(), QStringLiteral("We ship"));
    EXPECT_EQ(SavedReplyModel::IdRole, Qt::UserRole + 1);
    const QHash<int, QByteArray> names = model.roleNames();
    EXPECT_EQ(names.value(SavedReplyModel::IdRole), QByteArray("replyId"));
    EXPECT_EQ(names.value(SavedReplyModel::ShortcutRole), QByteArray("shortcut"));
    EXPECT_EQ(names.value(SavedReplyModel::TextRole), QByteArray("text"));
    EXPECT_EQ(names.value(Qt::DisplayRole), QByteArray("display"));
    EXPECT_EQ(model.rowOfId(5), 0);
    EXPECT_EQ(model.rowOfId(99), -1);

    const auto ids = [](const QList<SavedReply> &replies) {
        QList<qint64> result;
        for (const SavedReply &r : replies)
            result.append(r.id);
        return result;
    };
    EXPECT_EQ(ids(model.matching(QStringLiteral("ship"), 10)), (QList<qint64>{4, 2}));
    EXPECT_EQ(ids(model.matching(QStringLiteral("/Ship"), 10)), (QList<qint64>{4, 2}));
    EXPECT_EQ(ids(model.matching(QStringLiteral("ship"), 1)), (QList<qint64>{4}));
    EXPECT_EQ(ids(model.matching(QStringLiteral("shipping"), 10)), (QList<qint64>{2}));
    EXPECT_EQ(ids(model.matching(QStringLiteral("x"), 10)), QList<qint64>());
    EXPECT_EQ(model.matching(QString(), -1).size(), 5);
    EXPECT_EQ(model.matching(QString(), 0).size(), 0);
    EXPECT_EQ(model.matching(QStringLiteral("hippi"), 10).size(), 0); // a prefix, not a substring
}

TEST_F(SavedReplyCacheTest, ModelFollowsLiveInsertsEditsRenamesAndDeletesWithoutReset)
{
    apply({upserted(reply(1, "hours", "9-5")), upserted(reply(2, "returns", "30 days")),
           upserted(reply(3, "thanks", "Thanks!"))});
    SavedReplyModel model(&cache);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Insert in the middle.
    apply({upserted(reply(4, "shipping", "We ship"))});
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 2);
    EXPECT_EQ(shortcuts(model), (QStringList{QStringLiteral("hours"), QStringLiteral("returns"),
                                             QStringLiteral("shipping"), QStringLiteral("thanks")}));

    // Text edit in place: dataChanged on that row only.
    apply({upserted(reply(2, "returns", "60 days now", T0 + 1))});
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(model.index(1, 0).data(SavedReplyModel::TextRole).toString(), QStringLiteral("60 days now"));
    EXPECT_EQ(moved.size(), 0);

    // Rename to the end, then to the start: moves plus dataChanged.
    apply({upserted(reply(1, "zz-hours", "9-5", T0 + 2))});
    EXPECT_EQ(shortcuts(model), (QStringList{QStringLiteral("returns"), QStringLiteral("shipping"),
                                             QStringLiteral("thanks"), QStringLiteral("zz-hours")}));
    apply({upserted(reply(3, "a-thanks", "Thanks!", T0 + 3))});
    EXPECT_EQ(shortcuts(model), (QStringList{QStringLiteral("a-thanks"), QStringLiteral("returns"),
                                             QStringLiteral("shipping"), QStringLiteral("zz-hours")}));
    EXPECT_EQ(moved.size(), 2);
    EXPECT_EQ(model.index(3, 0).data(Qt::DisplayRole).toString(), QStringLiteral("/zz-hours"));
    // A rename that keeps the position is a plain dataChanged.
    apply({upserted(reply(2, "returns2", "60 days now", T0 + 4))});
    EXPECT_EQ(moved.size(), 2);
    EXPECT_EQ(model.index(1, 0).data(SavedReplyModel::ShortcutRole).toString(), QStringLiteral("returns2"));

    // The same state again changes nothing.
    const qsizetype changes = changed.size();
    apply({upserted(reply(2, "returns2", "60 days now", T0 + 4))});
    EXPECT_EQ(changed.size(), changes);

    // Delete, and a delete of something unknown.
    apply({deleted(4), deleted(77)});
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 2);
    EXPECT_EQ(shortcuts(model), (QStringList{QStringLiteral("a-thanks"), QStringLiteral("returns2"),
                                             QStringLiteral("zz-hours")}));

    // Several changes in one batch.
    apply({upserted(reply(5, "b", "B")), deleted(1), upserted(reply(6, "c", "C"))});
    EXPECT_EQ(shortcuts(model), (QStringList{QStringLiteral("a-thanks"), QStringLiteral("b"),
                                             QStringLiteral("c"), QStringLiteral("returns2")}));
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(model.matching(QStringLiteral("re"), 5).size(), 1);
}
