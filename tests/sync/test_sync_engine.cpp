// SyncEngine against the real shop server over loopback: the initial sync of the demo shop compared with an
// independent read of the event log and with the server's database, live latency of a storefront message
// into the models, and a server that is killed (SIGKILL) and restarted while the client streams.
#include "syncsupport.h"

#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "codec/jsoncodec.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "shoprepository.h"
#include "shopservice.h"
#include "storage/cartstore.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/discountstore.h"
#include "storage/messagestore.h"
#include "storage/orderstore.h"
#include "storage/productstore.h"
#include "storage/staffstore.h"
#include "storage/syncstatestore.h"
#include "sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>

#include <algorithm>

using namespace shopinbox;
using namespace synctest;
using State = SyncEngine::State;

namespace {

template<typename T> std::string asJson(const T &value)
{
    return QJsonDocument(json::encode(value)).toJson(QJsonDocument::Compact).toStdString();
}

/** The demo JSON's number of elements under @p key. */
qint64 demoCount(const char *key)
{
    return demoData().value(QLatin1String(key)).toArray().size();
}

qint64 demoMessageCount()
{
    qint64 count = 0;
    for (const QJsonValue &conversation : demoData().value(QStringLiteral("conversations")).toArray())
        count += conversation.toObject().value(QStringLiteral("messages")).toArray().size();
    return count;
}

struct SignedIn
{
    Account account;
    QString token;
};

/** Signs in with an AccountManager over a SessionCredentialStore, and reads the token back from the store. */
std::optional<SignedIn> signIn(AccountManager &accounts, const QUrl &server, const char *email,
                               const char *password)
{
    std::optional<AccountManager::SignInResult> result;
    accounts.signIn(server, QString::fromLatin1(email), QString::fromLatin1(password),
                    [&](const AccountManager::SignInResult &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }, 20000)) {
        ADD_FAILURE() << "sign-in did not finish";
        return std::nullopt;
    }
    if (!result->ok || !result->credentialError.isEmpty()) {
        ADD_FAILURE() << "sign-in failed: " << result->error.toStdString()
                      << result->credentialError.toStdString();
        return std::nullopt;
    }
    std::optional<std::optional<QString>> stored;
    accounts.token(result->account, [&](std::optional<QString> token, const QString &) { stored = token; });
    if (!waitFor([&] { return stored.has_value(); }) || !stored->has_value() || **stored != result->token) {
        ADD_FAILURE() << "the credential store does not hold the token";
        return std::nullopt;
    }
    return SignedIn{result->account, result->token};
}

/** A client: cache, ApiClient and SyncEngine, signed in as @p token on @p server. */
struct Client
{
    Client(const QUrl &server, const QString &token)
        : api(&network)
        , engine(cache.cache(), api)
    {
        api.setBaseUrl(server);
        api.setToken(token);
    }
    bool waitOnline(int timeoutMs = 20000)
    {
        if (!waitFor([&] { return engine.state() == State::Online; }, timeoutMs)) {
            ADD_FAILURE() << "the engine is not online after " << timeoutMs
                          << " ms; last error: " << engine.lastError().toStdString();
            return false;
        }
        return true;
    }

    QNetworkAccessManager network;
    TempCache cache;
    ApiClient api;
    SyncEngine engine;
};

} // namespace

// 1. The initial sync of the demo shop ends Online with exactly the server's data: the cache equals a cache
// filled through plain ApiClient calls, every entity equals the server's copy, the counts are the demo's.
TEST(SyncInitial, DemoShopEqualsIndependentSyncAndServerDatabase)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SessionCredentialStore credentials;
    QNetworkAccessManager network;
    AccountManager accounts(&settings, &credentials, &network);
    const std::optional<SignedIn> signedIn = signIn(accounts, server.url(), OwnerEmail, OwnerPassword);
    ASSERT_TRUE(signedIn);
    EXPECT_EQ(signedIn->account.staffId, 1);
    EXPECT_EQ(signedIn->account.shopId, DemoShopId);

    Client client(signedIn->account.serverUrl, signedIn->token);
    QSignalSpy states(&client.engine, &SyncEngine::stateChanged);
    QSignalSpy progress(&client.engine, &SyncEngine::progress);
    client.engine.setPageSize(100); // several pages, so paging itself is exercised
    client.engine.start();
    ASSERT_TRUE(client.waitOnline());
    EXPECT_TRUE(client.engine.lastError().isEmpty()) << client.engine.lastError().toStdString();
    ASSERT_GE(states.size(), 3);
    EXPECT_EQ(states.at(0).at(0).value<State>(), State::Connecting);
    EXPECT_EQ(states.at(1).at(0).value<State>(), State::Syncing);
    EXPECT_EQ(states.constLast().at(0).value<State>(), State::Online);

    const qint64 lastSeq = server.service().context().eventLog().lastSeq(DemoShopId);
    ASSERT_GT(lastSeq, 500);
    EXPECT_EQ(client.engine.cursor(), lastSeq);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.constLast().at(0).toLongLong(), lastSeq); // every event applied, none twice
    EXPECT_FALSE(progress.constLast().at(1).toBool());
    EXPECT_GE(progress.size(), lastSeq / 100);

    // The demo file's numbers.
    Cache &cache = client.cache.cache();
    EXPECT_EQ(rowCount(cache, QStringLiteral("staff")), demoCount("staff"));
    EXPECT_EQ(rowCount(cache, QStringLiteral("customers")), demoCount("customers"));
    EXPECT_EQ(rowCount(cache, QStringLiteral("conversations")), demoCount("conversations"));
    EXPECT_EQ(rowCount(cache, QStringLiteral("messages")), demoMessageCount());
    EXPECT_EQ(rowCount(cache, QStringLiteral("products")), demoCount("products"));
    EXPECT_EQ(rowCount(cache, QStringLiteral("discounts")), demoCount("discounts"));
    EXPECT_EQ(rowCount(cache, QStringLiteral("orders")), demoCount("orders"));
    EXPECT_EQ(rowCount(cache, QStringLiteral("carts")), demoCount("carts"));
    EXPECT_EQ(cache.syncState().document(QStringLiteral("settings")),
              demoData().value(QStringLiteral("settings")).toObject());

    // An independent path: every /api/v1/sync page fetched with plain ApiClient calls into a fresh cache.
    const std::optional<Reference> reference = referenceOf(server.url(), signedIn->token);
    ASSERT_TRUE(reference);
    EXPECT_EQ(reference->lastSeq, lastSeq);
    EXPECT_TRUE(sameDump(canonicalDump(cache), reference->dump));

    // And the server's own database, entity by entity.
    server::ServiceContext &repo = server.service().context();
    for (const qint64 localId : queryInts(cache, QStringLiteral("SELECT local_id FROM messages"))) {
        std::optional<Message> cached = cache.messages().get(localId);
        ASSERT_TRUE(cached);
        cached->localId = 0;
        const std::optional<Message> stored = repo.conversations().message(DemoShopId, cached->id);
        ASSERT_TRUE(stored) << "message " << cached->id << " is not on the server";
        EXPECT_TRUE(*cached == *stored) << asJson(*cached) << "\n" << asJson(*stored);
    }
    for (const qint64 id : queryInts(cache, QStringLiteral("SELECT id FROM conversations"))) {
        const std::optional<Conversation> cached = cache.conversations().get(id);
        const std::optional<Conversation> stored = repo.conversations().conversation(DemoShopId, id);
        ASSERT_TRUE(cached && stored) << "conversation " << id;
        EXPECT_TRUE(*cached == *stored) << asJson(*cached) << "\n" << asJson(*stored);
    }
    for (const qint64 id : queryInts(cache, QStringLiteral("SELECT id FROM customers"))) {
        const std::optional<Customer> cached = cache.customers().get(id);
        const std::optional<Customer> stored = repo.customers().customer(DemoShopId, id);
        ASSERT_TRUE(cached && stored) << "customer " << id;
        EXPECT_TRUE(*cached == *stored) << asJson(*cached) << "\n" << asJson(*stored);
        const std::optional<Cart> cachedCart = cache.carts().get(id);
        const std::optional<Cart> storedCart = repo.customers().cart(DemoShopId, id);
        EXPECT_EQ(cachedCart.has_value(), storedCart.has_value()) << "cart of customer " << id;
        if (cachedCart && storedCart) {
            EXPECT_TRUE(*cachedCart == *storedCart) << asJson(*cachedCart) << "\n" << asJson(*storedCart);
        }
        QList<Order> cachedOrders = cache.orders().forCustomer(id);
        QList<Order> storedOrders = repo.customers().orders(DemoShopId, id);
        auto byId = [](const Order &a, const Order &b) { return a.id < b.id; };
        std::sort(cachedOrders.begin(), cachedOrders.end(), byId);
        std::sort(storedOrders.begin(), storedOrders.end(), byId);
        EXPECT_TRUE(cachedOrders == storedOrders) << "orders of customer " << id;
    }
    for (const qint64 id : queryInts(cache, QStringLiteral("SELECT id FROM products"))) {
        const std::optional<Product> cached = cache.products().get(id);
        const std::optional<Product> stored = repo.catalog().product(DemoShopId, id);
        ASSERT_TRUE(cached && stored) << "product " << id;
        EXPECT_TRUE(*cached == *stored) << asJson(*cached) << "\n" << asJson(*stored);
    }
    for (const QString &code : queryTexts(cache, QStringLiteral("SELECT code FROM discounts"))) {
        const std::optional<DiscountCode> cached = cache.discounts().get(code);
        const std::optional<DiscountCode> stored = repo.catalog().discount(DemoShopId, code);
        ASSERT_TRUE(cached && stored) << "discount " << code.toStdString();
        EXPECT_TRUE(*cached == *stored) << asJson(*cached) << "\n" << asJson(*stored);
    }
    const QList<Staff> staff = repo.staff().staff(DemoShopId, false);
    EXPECT_EQ(staff.size(), rowCount(cache, QStringLiteral("staff")));
    for (const Staff &member : staff) {
        const std::optional<Staff> cached = cache.staff().get(member.id);
        ASSERT_TRUE(cached) << "staff " << member.id;
        EXPECT_TRUE(*cached == member) << asJson(*cached) << "\n" << asJson(member);
    }
}

// 2. A storefront message reaches the cache and both models while the client is online, each in turn, without
// a model reset. (How fast: BM_LiveLatency in bench/bench_sync.cpp, figures in docs/performance.md.)
TEST(SyncLive, StorefrontMessagesReachTheModelsLiveWithoutAReset)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    ASSERT_TRUE(owner);
    Client client(server.url(), owner->token);
    client.engine.start();
    ASSERT_TRUE(client.waitOnline());
    Cache &cache = client.cache.cache();

    ConversationListModel list(&cache);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy listResets(&list, &QAbstractItemModel::modelReset);

    server::ShopService &service = server.service();
    // No follow-up message after the customer's first message: the last message is the customer's own.
    QJsonObject settings = service.context().shops().settings(DemoShopId);
    settings.insert(QStringLiteral("follow_up"), QString());
    settings.insert(QStringLiteral("away"), QString());
    ASSERT_TRUE(service.context().shops().setSettings(DemoShopId, settings));
    const auto created = service.storefront().createSession(
        DemoShopId, {{QStringLiteral("name"), QStringLiteral("Live Tester")},
                     {QStringLiteral("email"), QStringLiteral("live@example.com")}});
    ASSERT_TRUE(created.ok());
    const std::optional<server::StorefrontSession> session = service.storefront().session(created->token);
    ASSERT_TRUE(session);
    const qint64 conversationId = session->conversationId;
    ASSERT_TRUE(waitFor([&] { return list.rowOf(conversationId) >= 0; }, 30000))
        << "the new conversation did not reach the inbox";

    MessageModel messages(&cache, conversationId);
    QAbstractItemModelTester messagesTester(&messages, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy messageResets(&messages, &QAbstractItemModel::modelReset);

    const int rowsBefore = messages.rowCount();
    for (int i = 0; i < 10; ++i) {
        const QString body = QStringLiteral("Is the linen shirt back in stock? (%1)").arg(i);
        const QString clientId = newClientId();
        const auto posted = service.conversations().customerMessage(
            *session, {{QStringLiteral("client_id"), clientId}, {QStringLiteral("body"), body}});
        ASSERT_TRUE(posted.ok() && posted->created) << (posted ? "" : posted.error().code.toStdString());
        const bool arrived = waitFor(
            [&] {
                const int row = list.rowOf(conversationId);
                const bool inList =
                    row >= 0 &&
                    list.data(list.index(row), ConversationListModel::LastMessagePreviewRole).toString() ==
                        body;
                const int last = messages.rowCount() - 1;
                const bool inChat =
                    last >= 0 &&
                    messages.data(messages.index(last), MessageModel::BodyRole).toString() == body &&
                    messages.data(messages.index(last), MessageModel::ClientIdRole).toString() == clientId;
                return inList && inChat;
            },
            30000); // bounds a hang only
        ASSERT_TRUE(arrived) << "message " << i << " did not reach the models";
        EXPECT_TRUE(cache.messages().localIdByClientId(clientId).has_value());
        // One message each: the message before this one is the previous message, not a duplicate.
        EXPECT_EQ(messages.rowCount(), rowsBefore + i + 1);
    }
    EXPECT_EQ(list.rowOf(conversationId), 0) << "the newest activity goes to the top";
    EXPECT_EQ(listResets.size(), 0);
    EXPECT_EQ(messageResets.size(), 0);
    EXPECT_EQ(client.engine.state(), State::Online);
    EXPECT_EQ(client.engine.cursor(), service.context().eventLog().lastSeq(DemoShopId));
}

namespace {

/** Posts staff messages over HTTP and re-posts (same client_id) the ones that got no answer. */
class Poster
{
public:
    Poster(QNetworkAccessManager &network, const QString &token)
        : m_api(&network)
    {
        m_api.setToken(token);
        m_api.setTimeout(60000); // bounds a hang; a killed server resets its connections at once
    }
    void setServer(const QUrl &url) { m_api.setBaseUrl(url); }

    /** Starts posting one message to @p conversationId without waiting. */
    void post(qint64 conversationId)
    {
        Post p{conversationId, newClientId(),
               QStringLiteral("Staff reply %1 to conversation %2").arg(m_posts.size()).arg(conversationId)};
        m_posts.append(p);
        send(m_posts.size() - 1);
    }
    /** Sends again every post that has no final answer (network error or 5xx). */
    void retryFailed()
    {
        for (qsizetype i = 0; i < m_posts.size(); ++i) {
            if (m_posts.at(i).status == 0 || m_posts.at(i).status >= 500) {
                m_posts[i].status = -1;
                send(i);
            }
        }
    }
    int answered() const
    {
        return static_cast<int>(std::count_if(m_posts.cbegin(), m_posts.cend(), [](const Post &p) {
            return p.status == 200 || p.status == 201;
        }));
    }
    bool allSettled() const
    {
        return std::all_of(m_posts.cbegin(), m_posts.cend(), [](const Post &p) { return p.status != -1; });
    }
    int size() const { return static_cast<int>(m_posts.size()); }
    QStringList clientIds() const
    {
        QStringList ids;
        for (const Post &p : m_posts)
            ids.append(p.clientId);
        return ids;
    }

private:
    struct Post
    {
        qint64 conversationId = 0;
        QString clientId;
        QString body;
        int status = -1; ///< -1 while in flight
    };
    void send(qsizetype index)
    {
        const Post &p = m_posts.at(index);
        m_api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(p.conversationId),
                   {{QStringLiteral("client_id"), p.clientId}, {QStringLiteral("body"), p.body}},
                   [this, index](const ApiResponse &response) { m_posts[index].status = response.status; });
    }

    ApiClient m_api;
    QList<Post> m_posts;
};

} // namespace

// 3. The server process dies while the client streams — at its crash point right after it stored the 45th
// staff message, before it answered — and is started again on the same port and data; the client reconnects
// by itself and ends with every event exactly once.
TEST(SyncRestart, ServerKilledWhileStreamingEndsWithEveryEventOnce)
{
    constexpr int StoredBeforeTheCrash = 45; // 20 live posts, then 25 of a burst of 40
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    ServerProcess server(data.path());
    server.setCrashAt(QStringLiteral("server.message.after-commit:%1").arg(StoredBeforeTheCrash));
    ASSERT_TRUE(server.start());
    const quint16 port = server.port();

    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    const std::optional<Login> agent =
        login(network, server.url(), QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
    ASSERT_TRUE(owner && agent);
    Client client(server.url(), owner->token);
    QSignalSpy states(&client.engine, &SyncEngine::stateChanged);
    client.engine.start();
    ASSERT_TRUE(client.waitOnline());

    Poster poster(network, agent->token);
    poster.setServer(server.url());
    auto cached = [&] {
        int n = 0;
        for (const QString &id : poster.clientIds())
            n += client.cache.cache().messages().localIdByClientId(id).has_value() ? 1 : 0;
        return n;
    };

    // Live: 20 messages stream in.
    for (int i = 0; i < 20; ++i)
        poster.post(1 + i % 5);
    ASSERT_TRUE(waitFor([&] { return poster.allSettled(); }));
    ASSERT_EQ(poster.answered(), 20);
    ASSERT_TRUE(waitFor([&] { return cached() == 20; })) << "the live messages did not arrive";

    // A burst, and the server dies in the middle of it: after storing the 45th message, before answering it.
    for (int i = 0; i < 40; ++i)
        poster.post(1 + i % 7);
    ASSERT_TRUE(server.waitForExit()) << "the server did not reach its crash point";
    EXPECT_TRUE(server.log().contains(
        QStringLiteral("crash point server.message.after-commit:%1 reached").arg(StoredBeforeTheCrash)));
    ASSERT_TRUE(waitFor([&] { return poster.allSettled(); }));
    // The 45th answer is lost with the process (and possibly answers still in its socket buffers).
    EXPECT_LT(poster.answered(), StoredBeforeTheCrash);
    ASSERT_TRUE(waitFor([&] { return client.engine.state() != State::Online; }))
        << "the engine did not notice the server's death";
    const int beforeRestart = poster.answered();
    std::printf("[ measure  ] %d of 60 posts answered before the crash, %d stored\n", beforeRestart,
                StoredBeforeTheCrash);

    // Same port, same data, no crash point. Exactly the 45 messages stored before the crash are there.
    ASSERT_TRUE(server.start(port));
    ASSERT_EQ(server.port(), port);
    {
        const std::optional<Reference> afterCrash = referenceOf(server.url(), owner->token);
        ASSERT_TRUE(afterCrash);
        const QStringList ids = poster.clientIds();
        const QSet<QString> posted(ids.cbegin(), ids.cend());
        int stored = 0;
        for (const ServerEvent &event : afterCrash->events) {
            stored += event.type == QLatin1String("message.created") &&
                      posted.contains(event.data.value(QStringLiteral("client_id")).toString());
        }
        EXPECT_EQ(stored, StoredBeforeTheCrash);
    }

    // Some posts are sent again with their client_id.
    poster.retryFailed();
    for (int i = 0; i < 20; ++i)
        poster.post(2 + i % 3);
    client.engine.networkAvailable();
    ASSERT_TRUE(client.waitOnline(30000));
    ASSERT_TRUE(waitFor([&] { return poster.allSettled(); }, 20000));
    poster.retryFailed();
    ASSERT_TRUE(waitFor([&] { return poster.allSettled() && poster.answered() == poster.size(); }, 20000));
    // And live again after the reconnect.
    for (int i = 0; i < 10; ++i)
        poster.post(3);
    ASSERT_TRUE(waitFor([&] { return poster.allSettled() && poster.answered() == poster.size(); }, 20000));

    const std::optional<Reference> reference = referenceOf(server.url(), owner->token);
    ASSERT_TRUE(reference);
    ASSERT_TRUE(waitFor([&] { return client.engine.cursor() == reference->lastSeq; }, 20000))
        << "cursor " << client.engine.cursor() << ", server " << reference->lastSeq;
    EXPECT_EQ(client.engine.state(), State::Online);

    Cache &cache = client.cache.cache();
    EXPECT_EQ(rowCount(cache, QStringLiteral("messages")), reference->messages);
    EXPECT_EQ(queryInt(cache, QStringLiteral("SELECT count(*) - count(DISTINCT client_id) FROM messages "
                                             "WHERE client_id IS NOT NULL")),
              0);
    EXPECT_EQ(cached(), poster.size()) << "every post is in the cache";
    // The server stored every post exactly once too.
    QHash<QString, int> onServer;
    for (const ServerEvent &event : reference->events) {
        if (event.type == QLatin1String("message.created"))
            ++onServer[event.data.value(QStringLiteral("client_id")).toString()];
    }
    for (const QString &id : poster.clientIds())
        EXPECT_EQ(onServer.value(id), 1) << id.toStdString();
    EXPECT_TRUE(sameDump(canonicalDump(cache), reference->dump));

    // The engine went offline and came back, without being restarted.
    bool sawOffline = false;
    bool backOnline = false;
    for (const QList<QVariant> &change : states) {
        const State state = change.at(0).value<State>();
        sawOffline = sawOffline || (state == State::Offline);
        backOnline = sawOffline && state == State::Online;
    }
    EXPECT_TRUE(sawOffline);
    EXPECT_TRUE(backOnline);
}
