// The outbox against the real server: messages written while the server is down show at once as pending and
// are delivered exactly once and in order per conversation when it is back, also across lost answers and a
// server killed in the middle of the drain; refusals mark the action failed with the server's reason, and
// a failed message can be retried or discarded.
#include "syncsupport.h"

#include "models/messagemodel.h"
#include "models/savedreplymodel.h"
#include "shoprepository.h"
#include "shopservice.h"
#include "storage/discountstore.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/savedreplystore.h"
#include "storage/syncstatestore.h"
#include "sync/localactions.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>

#include <map>
#include <memory>

using namespace shopinbox;
using namespace synctest;
using State = SyncEngine::State;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/** Cache, API client, sync engine, outbox sender and local actions of one signed-in staff member. */
struct Client
{
    Client(const QUrl &server, const Login &login)
        : api(&network)
        , engine(cache.cache(), api)
        , sender(cache.cache(), api)
        , actions(cache.cache(), &sender, login.staffId)
    {
        api.setBaseUrl(server);
        api.setToken(login.token);
        api.setTimeout(5000);
    }
    bool waitOnline(int timeoutMs = 20000)
    {
        if (!waitFor([&] { return engine.state() == State::Online; }, timeoutMs)) {
            ADD_FAILURE() << "the engine is not online; last error: " << engine.lastError().toStdString();
            return false;
        }
        return true;
    }

    QNetworkAccessManager network;
    TempCache cache;
    ApiClient api;
    SyncEngine engine;
    OutboxSender sender;
    LocalActions actions;
};

/** A MessageModel with its contract checker and a reset counter. */
struct WatchedModel
{
    WatchedModel(Cache &cache, qint64 conversationId)
        : model(&cache, conversationId)
        , tester(&model, Fatal)
        , resets(&model, &QAbstractItemModel::modelReset)
        , removals(&model, &QAbstractItemModel::rowsRemoved)
    {
    }
    QVariant data(qint64 localId, int role) const
    {
        const int row = model.rowOfLocalId(localId);
        return row < 0 ? QVariant() : model.data(model.index(row), role);
    }
    int delivery(qint64 localId) const
    {
        const QVariant value = data(localId, MessageModel::DeliveryRole);
        return value.isValid() ? value.toInt() : -1;
    }

    MessageModel model;
    QAbstractItemModelTester tester;
    QSignalSpy resets;
    QSignalSpy removals;
};

constexpr int Pending = static_cast<int>(DeliveryState::Pending);
constexpr int Sent = static_cast<int>(DeliveryState::Sent);
constexpr int Failed = static_cast<int>(DeliveryState::Failed);

} // namespace

// 5. 500 messages across six conversations, queued while the server is down.
TEST(SyncOutbox, MessagesQueuedOfflineAreDeliveredOnceInOrder)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    ServerProcess server(data.path());
    ASSERT_TRUE(server.start());
    const quint16 port = server.port();
    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    ASSERT_TRUE(owner);

    Client client(server.url(), *owner);
    Cache &cache = client.cache.cache();
    client.engine.start();
    ASSERT_TRUE(client.waitOnline());

    // The server goes away; the sender keeps trying.
    server.terminate();
    ASSERT_TRUE(waitFor([&] { return client.engine.state() != State::Online; }));
    client.sender.start();

    const QList<qint64> conversations{1, 2, 3, 4, 5, 6};
    std::map<qint64, std::unique_ptr<WatchedModel>> models;
    for (qint64 id : conversations)
        models[id] = std::make_unique<WatchedModel>(cache, id);
    QHash<qint64, QStringList> written; // client ids per conversation, in the order they were written
    QHash<QString, qint64> localIds;
    for (int i = 0; i < 500; ++i) {
        const qint64 conversation = conversations.at(i % conversations.size());
        const std::optional<qint64> localId = client.actions.sendText(
            conversation, QStringLiteral("Offline reply %1 to conversation %2").arg(i).arg(conversation));
        ASSERT_TRUE(localId) << client.actions.lastError().toStdString();
        // Shown at once, as pending, without a server id.
        const WatchedModel &model = *models[conversation];
        ASSERT_GE(model.model.rowOfLocalId(*localId), 0) << "message " << i << " is not in its model";
        EXPECT_EQ(model.delivery(*localId), Pending);
        EXPECT_EQ(model.data(*localId, MessageModel::MessageIdRole).toLongLong(), 0);
        const QString clientId = model.data(*localId, MessageModel::ClientIdRole).toString();
        ASSERT_FALSE(clientId.isEmpty());
        written[conversation].append(clientId);
        localIds.insert(clientId, *localId);
    }
    EXPECT_EQ(cache.outbox().count(), 500);
    // The sender tried, and failed, while the server was down.
    ASSERT_TRUE(waitFor([&] {
        return queryInt(cache, QStringLiteral("SELECT count(*) FROM outbox WHERE attempts > 0")) > 0;
    }));
    EXPECT_EQ(cache.outbox().count(), 500);
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM messages WHERE delivery = %1").arg(Sent)) +
                  500,
              rowCount(cache, QStringLiteral("messages")));

    // Lost answers: the first message of every conversation reached the server but its answer never came
    // back (sent here with the sender's own request body). The sender's next attempt must not duplicate it.
    // This run of the server dies at its crash point right after storing the 206th message (6 sent here, then
    // 200 by the sender), before answering it: SIGKILL in the middle of the drain, at a chosen message.
    constexpr int CrashAfterStored = 206;
    client.sender.stop();
    server.setCrashAt(QStringLiteral("server.message.after-commit:%1").arg(CrashAfterStored));
    ASSERT_TRUE(server.start(port));
    {
        ApiClient direct(&network);
        direct.setBaseUrl(server.url());
        direct.setToken(owner->token);
        QSet<qint64> done;
        for (const OutboxEntry &entry : cache.outbox().queued(1000)) {
            if (!entry.conversationId || done.contains(*entry.conversationId))
                continue;
            done.insert(*entry.conversationId);
            const ApiResponse response =
                call(direct, "POST",
                     QStringLiteral("/api/v1/conversations/%1/messages").arg(*entry.conversationId),
                     entry.payload);
            EXPECT_EQ(response.status, 201) << response.body.toStdString();
        }
        EXPECT_EQ(done.size(), conversations.size());
    }
    client.sender.start();
    client.engine.networkAvailable();

    ASSERT_TRUE(server.waitForExit(240000))
        << "the drain did not reach the crash point; outbox " << cache.outbox().count();
    ASSERT_TRUE(server.log().contains(
        QStringLiteral("crash point server.message.after-commit:%1 reached").arg(CrashAfterStored)));
    const int leftAtKill = cache.outbox().count();
    EXPECT_GE(leftAtKill, 500 - CrashAfterStored + 1) << "the last stored message was never answered";
    ASSERT_TRUE(server.start(port));
    client.engine.networkAvailable();
    ASSERT_TRUE(waitFor([&] { return cache.outbox().count() == 0; }, 240000)) // bounds a hang only
        << cache.outbox().count() << " entries left";
    std::printf("[ measure  ] server crashed with %d of 500 messages still in the outbox\n", leftAtKill);

    // Every message is Sent in its model, with a server id, and no model was reset.
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const WatchedModel &model = *models[it.key()];
        for (const QString &clientId : it.value()) {
            const qint64 localId = localIds.value(clientId);
            EXPECT_EQ(model.delivery(localId), Sent) << clientId.toStdString();
            EXPECT_GT(model.data(localId, MessageModel::MessageIdRole).toLongLong(), 0);
        }
        EXPECT_EQ(model.resets.size(), 0);
        EXPECT_EQ(model.removals.size(), 0);
    }

    // On the server: each message exactly once, in the order written within its conversation.
    const std::optional<Reference> reference = referenceOf(server.url(), owner->token);
    ASSERT_TRUE(reference);
    QHash<QString, QList<qint64>> stored; // client id -> server ids of message.created
    QHash<QString, qint64> conversationOf;
    for (const ServerEvent &event : reference->events) {
        if (event.type != QLatin1String("message.created"))
            continue;
        const QString clientId = event.data.value(QStringLiteral("client_id")).toString();
        stored[clientId].append(event.data.value(QStringLiteral("id")).toInteger());
        conversationOf.insert(clientId, event.data.value(QStringLiteral("conversation_id")).toInteger());
    }
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        qint64 previous = 0;
        for (const QString &clientId : it.value()) {
            ASSERT_EQ(stored.value(clientId).size(), 1)
                << clientId.toStdString() << " stored " << stored.value(clientId).size() << " times";
            EXPECT_EQ(conversationOf.value(clientId), it.key());
            const qint64 id = stored.value(clientId).constFirst();
            EXPECT_GT(id, previous) << "conversation " << it.key() << " out of order";
            previous = id;
        }
    }
    // The cache agrees with the server once the stream has caught up.
    ASSERT_TRUE(waitFor([&] { return client.engine.cursor() == reference->lastSeq; }, 60000))
        << client.engine.cursor() << " vs " << reference->lastSeq;
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM messages WHERE id IS NULL")), 0);
    EXPECT_EQ(rowCount(cache, QStringLiteral("messages")), reference->messages);
    EXPECT_TRUE(sameDump(canonicalDump(cache), reference->dump));

    // The pre-sent first messages were answered 200 (the stored copy), not stored again.
    const QRegularExpression repeat(QStringLiteral("POST /api/v1/conversations/\\d+/messages 200 "));
    const qsizetype repeats = server.log().count(repeat);
    std::printf(
        "[ measure  ] %lld message POSTs answered with the stored copy (retries of stored messages)\n",
        static_cast<long long>(repeats));
    // At least the six pre-sent ones and the one whose answer died with the server.
    EXPECT_GE(repeats, conversations.size() + 1);
}

// 6. Refusals: a discount the cache still thinks active, and an assignment to staff without chat permission.
TEST(SyncOutbox, RefusedActionsFailWithTheServersReasonAndCanBeRetriedOrDiscarded)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    ASSERT_TRUE(owner);
    Client client(server.url(), *owner);
    Cache &cache = client.cache.cache();
    client.engine.start();
    ASSERT_TRUE(client.waitOnline());
    client.sender.start();
    server::ServiceContext &repo = server.service().context();

    // The cache is stale: two codes that the server has deactivated still look active here, so the local
    // check in LocalActions passes and only the server can refuse.
    for (const char *code : {"SUMMERSALE", "XMAS15"}) {
        std::optional<DiscountCode> discount = cache.discounts().get(QString::fromLatin1(code));
        ASSERT_TRUE(discount);
        ASSERT_FALSE(discount->active);
        discount->active = true;
        ASSERT_TRUE(cache.discounts().upsert(*discount));
    }

    const qint64 conversationId = 3;
    WatchedModel watched(cache, conversationId);
    QSignalSpy failed(&client.sender, &OutboxSender::actionFailed);
    const QString inactive =
        QStringLiteral("The discount code %1 is not active. Update the discount in the shop "
                       "admin before sharing it.");

    const std::optional<qint64> a =
        client.actions.sendDiscount(conversationId, QStringLiteral("SUMMERSALE"), QStringLiteral("For you"));
    ASSERT_TRUE(a) << client.actions.lastError().toStdString();
    EXPECT_EQ(watched.delivery(*a), Pending);
    const QString clientIdA = watched.data(*a, MessageModel::ClientIdRole).toString();
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).value<OutboxAction>(), OutboxAction::SendMessage);
    EXPECT_EQ(failed.at(0).at(1).toString(), inactive.arg(QStringLiteral("SUMMERSALE")));
    EXPECT_EQ(watched.delivery(*a), Failed);
    EXPECT_EQ(watched.data(*a, MessageModel::FailureReasonRole).toString(),
              inactive.arg(QStringLiteral("SUMMERSALE")));
    std::optional<OutboxEntry> entry = cache.outbox().byClientId(clientIdA);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->state, OutboxEntry::State::Failed);
    EXPECT_EQ(entry->lastError, inactive.arg(QStringLiteral("SUMMERSALE")));
    EXPECT_FALSE(repo.conversations().messageByClientId(DemoShopId, clientIdA).has_value());

    // Retry: pending again at once, refused again by the server.
    ASSERT_TRUE(client.actions.retry(*a)) << client.actions.lastError().toStdString();
    EXPECT_EQ(watched.delivery(*a), Pending);
    EXPECT_EQ(watched.data(*a, MessageModel::FailureReasonRole).toString(), QString());
    entry = cache.outbox().byClientId(clientIdA);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->state, OutboxEntry::State::Queued);
    ASSERT_TRUE(waitFor([&] { return failed.size() == 2; }));
    EXPECT_EQ(watched.delivery(*a), Failed);

    // Discard: the row goes away (a removal, not a reset), with its outbox entry.
    const int rows = watched.model.rowCount();
    ASSERT_TRUE(client.actions.discard(*a)) << client.actions.lastError().toStdString();
    EXPECT_EQ(watched.model.rowCount(), rows - 1);
    EXPECT_EQ(watched.model.rowOfLocalId(*a), -1);
    EXPECT_EQ(watched.removals.size(), 1);
    EXPECT_FALSE(cache.messages().get(*a).has_value());
    EXPECT_FALSE(cache.outbox().byClientId(clientIdA).has_value());
    EXPECT_FALSE(client.actions.discard(*a));

    // A second refused message; the merchant fixes the discount in the shop admin and retries: delivered.
    const std::optional<qint64> b = client.actions.sendDiscount(conversationId, QStringLiteral("XMAS15"),
                                                                QStringLiteral("Season's greetings"));
    ASSERT_TRUE(b);
    ASSERT_TRUE(waitFor([&] { return failed.size() == 3; }));
    EXPECT_EQ(watched.delivery(*b), Failed);
    // The new message is searchable, also when it took the local id of the one discarded just before.
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH "
                                             "'greetings' AND rowid = %1")
                                  .arg(*b)),
              1)
        << "local id " << *b << " (the discarded one was " << *a << ")";
    std::optional<DiscountCode> xmas = repo.catalog().discount(DemoShopId, QStringLiteral("XMAS15"));
    ASSERT_TRUE(xmas);
    xmas->active = true;
    ASSERT_TRUE(repo.catalog().saveDiscount(DemoShopId, *xmas));
    ASSERT_TRUE(client.actions.retry(*b));
    EXPECT_EQ(watched.delivery(*b), Pending);
    ASSERT_TRUE(waitFor([&] { return watched.delivery(*b) == Sent; }));
    EXPECT_GT(watched.data(*b, MessageModel::MessageIdRole).toLongLong(), 0);
    EXPECT_FALSE(client.actions.discard(*b)) << "a delivered message cannot be discarded";
    EXPECT_FALSE(client.actions.retry(*b)) << "a delivered message cannot be retried";
    EXPECT_EQ(failed.size(), 3);
    const QString clientIdB = watched.data(*b, MessageModel::ClientIdRole).toString();
    ASSERT_TRUE(repo.conversations().messageByClientId(DemoShopId, clientIdB).has_value());
    EXPECT_EQ(repo.conversations().messageByClientId(DemoShopId, clientIdB)->discountCode,
              QStringLiteral("XMAS15"));

    // Assigning to the warehouse (no chat permission): refused with the server's reason.
    ASSERT_TRUE(client.actions.assign(conversationId, WarehouseStaffId));
    ASSERT_TRUE(waitFor([&] { return failed.size() == 4; }));
    EXPECT_EQ(failed.at(3).at(0).value<OutboxAction>(), OutboxAction::PatchConversation);
    EXPECT_EQ(failed.at(3).at(1).toString(),
              QStringLiteral("conversations can only be assigned to staff with chat permission"));
    const QList<OutboxEntry> queued = cache.outbox().queued(100);
    EXPECT_TRUE(queued.isEmpty());
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 1 AND action = "
                                             "'patch_conversation' AND last_error <> ''")),
              1);
    ASSERT_TRUE(repo.conversations().conversation(DemoShopId, conversationId).has_value());
    EXPECT_NE(repo.conversations().conversation(DemoShopId, conversationId)->assigneeId,
              std::optional<qint64>(WarehouseStaffId));
    EXPECT_EQ(watched.resets.size(), 0);
    // Known gap (not asserted): the optimistic assignment stays in the cache after the refusal; nothing
    // restores the server's assignee until the conversation changes again.
}

// Saved replies made on one computer reach another one's cache and model through sync: create, edit,
// rename and delete; a refusal by the server undoes the optimistic change and is reported like any other.
TEST(SyncOutbox, SavedRepliesTravelBetweenClientsAndRefusalsAreUndone)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    // Saved replies are changed by staff who manage the shop (issue 17): the owner, on a second computer.
    const std::optional<Login> ownerElsewhere =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    ASSERT_TRUE(owner && ownerElsewhere);
    Client a(server.url(), *owner);
    Client b(server.url(), *ownerElsewhere);
    for (Client *client : {&a, &b}) {
        client->engine.start();
        ASSERT_TRUE(client->waitOnline());
        client->sender.start();
    }
    Cache &cacheA = a.cache.cache();
    Cache &cacheB = b.cache.cache();
    // The demo's replies arrived with the initial sync.
    ASSERT_TRUE(
        waitFor([&] { return cacheB.savedReplies().byShortcut(QStringLiteral("shipping")).has_value(); }));
    SavedReplyModel modelB(&cacheB);
    QAbstractItemModelTester tester(&modelB, Fatal);
    QSignalSpy resets(&modelB, &QAbstractItemModel::modelReset);
    const int demoRows = modelB.rowCount();
    EXPECT_GE(demoRows, 4);

    // Create on A: appears on A once accepted, and on B through sync.
    ASSERT_TRUE(
        a.actions.createSavedReply(QStringLiteral(" gift "), QStringLiteral("We gift-wrap for free.")))
        << a.actions.lastError().toStdString();
    ASSERT_TRUE(waitFor([&] { return modelB.rowCount() == demoRows + 1; }));
    const std::optional<SavedReply> gift = cacheB.savedReplies().byShortcut(QStringLiteral("gift"));
    ASSERT_TRUE(gift);
    EXPECT_EQ(gift->text, QStringLiteral("We gift-wrap for free."));
    ASSERT_TRUE(waitFor([&] { return cacheA.savedReplies().get(gift->id).has_value(); }));
    EXPECT_EQ(modelB.matching(QStringLiteral("gi"), 5).size(), 1);

    // Local checks refuse at once and queue nothing.
    const int queued = cacheA.outbox().count();
    EXPECT_FALSE(a.actions.createSavedReply(QStringLiteral("Gift"), QStringLiteral("x")));
    EXPECT_FALSE(a.actions.createSavedReply(QStringLiteral("gift"), QStringLiteral("x")));
    EXPECT_EQ(a.actions.lastError(), QStringLiteral("A saved reply /gift already exists."));
    EXPECT_FALSE(a.actions.createSavedReply(QStringLiteral("new"), QStringLiteral("   ")));
    EXPECT_FALSE(a.actions.updateSavedReply(987654, QStringLiteral("x"), QStringLiteral("y")));
    EXPECT_FALSE(a.actions.deleteSavedReply(987654));
    EXPECT_EQ(cacheA.outbox().count(), queued);

    // Edit and rename on B: at once on B, then on A and on the server.
    ASSERT_TRUE(
        b.actions.updateSavedReply(gift->id, QStringLiteral("wrap"), QStringLiteral("Wrapped, free.")))
        << b.actions.lastError().toStdString();
    EXPECT_EQ(modelB.data(modelB.index(modelB.rowOfId(gift->id)), SavedReplyModel::ShortcutRole).toString(),
              QStringLiteral("wrap"));
    ASSERT_TRUE(waitFor([&] {
        const std::optional<SavedReply> onA = cacheA.savedReplies().get(gift->id);
        return onA && onA->shortcut == QLatin1String("wrap") && onA->text == QLatin1String("Wrapped, free.");
    }));
    ASSERT_TRUE(waitFor([&] { return cacheB.outbox().count() == 0; }));
    std::optional<SavedReply> onServer =
        server.service().context().savedReplies().savedReply(DemoShopId, gift->id);
    ASSERT_TRUE(onServer);
    EXPECT_EQ(onServer->shortcut, QStringLiteral("wrap"));

    // Delete on A: gone on B (a removal, not a reset) and on the server.
    ASSERT_TRUE(a.actions.deleteSavedReply(gift->id)) << a.actions.lastError().toStdString();
    EXPECT_FALSE(cacheA.savedReplies().get(gift->id));
    ASSERT_TRUE(waitFor([&] { return modelB.rowOfId(gift->id) < 0; }));
    EXPECT_EQ(modelB.rowCount(), demoRows);
    EXPECT_FALSE(server.service().context().savedReplies().savedReply(DemoShopId, gift->id));

    // A stale cache lets a duplicate through the local check: the server refuses it (409), the refusal is
    // reported, and the optimistic rename is undone.
    QSignalSpy failed(&b.sender, &OutboxSender::actionFailed);
    const std::optional<SavedReply> thanks = cacheB.savedReplies().byShortcut(QStringLiteral("thanks"));
    const std::optional<SavedReply> hours = cacheB.savedReplies().byShortcut(QStringLiteral("hours"));
    ASSERT_TRUE(thanks && hours);
    ASSERT_TRUE(cacheB.savedReplies().remove(thanks->id));
    ASSERT_TRUE(b.actions.updateSavedReply(hours->id, QStringLiteral("thanks"), hours->text));
    EXPECT_EQ(cacheB.savedReplies().get(hours->id)->shortcut, QStringLiteral("thanks"));
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).value<OutboxAction>(), OutboxAction::UpdateSavedReply);
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("a saved reply /thanks already exists"));
    EXPECT_EQ(cacheB.savedReplies().get(hours->id), hours);
    ASSERT_TRUE(b.actions.createSavedReply(QStringLiteral("thanks"), QStringLiteral("Duplicate")));
    ASSERT_TRUE(waitFor([&] { return failed.size() == 2; }));
    EXPECT_EQ(failed.at(1).at(0).value<OutboxAction>(), OutboxAction::CreateSavedReply);
    EXPECT_EQ(server.service()
                  .context()
                  .savedReplies()
                  .savedReplyByShortcut(DemoShopId, QStringLiteral("thanks"))
                  ->text,
              thanks->text);
    EXPECT_EQ(resets.size(), 0);
}
