// End-to-end sync benchmarks against a real shop server over loopback (issue 5):
//   BM_InitialSync  - a fresh client cache syncs a server holding 20,000 conversations and 500,000 messages
//   BM_LiveLatency  - while 1,000 storefront messages/s flow, the time from each customer's send to the
//                     desktop client's models having the message (measured after the models' own slots ran)
// The server runs as a child process (its own event loop); the server data is generated once into
// SHOPINBOX_BENCH_SYNC_DIR (scripts/bench sets it) through the server's own service layer.
#include "api/apiclient.h"
#include "eventloopwait.h"
#include "models/conversationlistmodel.h"
#include "serverprocess.h"
#include "serverrunner.h"
#include "shopservice.h"
#include "storage/cache.h"
#include "storage/messagestore.h"
#include "storage/syncstatestore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace shopinbox;

namespace {

constexpr int Conversations = 20'000;
constexpr int Messages = 500'000;

QString dataDir()
{
    const char *dir = std::getenv("SHOPINBOX_BENCH_SYNC_DIR");
    return dir ? QString::fromLocal8Bit(dir) : QDir::tempPath() + QStringLiteral("/shop-inbox-bench-sync");
}

// Fills the server's database once: the demo shop plus 20,000 customers with a conversation each and
// 500,000 customer messages, written in batches through ShopService like real chat bursts.
bool prepareServer(QString *error)
{
    const QString dir = dataDir();
    if (QFile::exists(dir + QStringLiteral("/ready")))
        return true;
    QDir(dir).removeRecursively();
    server::ServerRunner runner;
    server::ServerOptions options;
    options.dataDirectory = dir;
    options.port = 0;
    options.demo = true;
    *error = runner.start(options);
    if (!error->isEmpty())
        return false;
    server::ShopService &service = *runner.service();
    const qint64 shopId = service.defaultShopId();
    QList<server::StorefrontSession> sessions;
    for (int i = 0; i < Conversations; ++i) {
        const auto created = service.storefront().createSession(
            shopId, {{QStringLiteral("name"), QStringLiteral("Bench Customer %1").arg(i)},
                     {QStringLiteral("email"), QStringLiteral("bench-%1@example.com").arg(i)}});
        if (!created.ok()) {
            *error = QStringLiteral("session %1 failed").arg(i);
            return false;
        }
        sessions.append(
            server::StorefrontSession::of(shopId, created->customer.id, created->conversation.id));
    }
    static const QStringList bodies{QStringLiteral("Is the merino sweater still available in medium?"),
                                    QStringLiteral("Wanneer wordt mijn bestelling bezorgd?"),
                                    QStringLiteral("Bonjour, livrez-vous en Belgique ?"),
                                    QStringLiteral("Kann ich die Größe noch umtauschen?")};
    for (int done = 0; done < Messages;) {
        QList<std::pair<server::StorefrontSession, QJsonObject>> batch;
        for (int i = 0; i < 2000 && done < Messages; ++i, ++done)
            batch.append({sessions.at(done % sessions.size()),
                          {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {QStringLiteral("body"), bodies.at(done % bodies.size())}}});
        for (const auto &result : service.conversations().customerMessages(batch)) {
            if (!result.ok()) {
                *error = QStringLiteral("message batch failed: %1").arg(result.error().code);
                return false;
            }
        }
    }
    runner.stop();
    QFile ready(dir + QStringLiteral("/ready"));
    return ready.open(QIODevice::WriteOnly);
}

QString login(QNetworkAccessManager &network, const QUrl &url)
{
    ApiClient api(&network);
    api.setBaseUrl(url);
    QString token;
    bool done = false;
    api.post(QStringLiteral("/api/v1/login"),
             {{QStringLiteral("email"), QStringLiteral("owner@demo.shop")},
              {QStringLiteral("password"), QStringLiteral("demo-owner")}},
             [&](const ApiResponse &r) {
                 token = r.json().value(QStringLiteral("token")).toString();
                 done = true;
             });
    bench::waitInEventLoop(30000, [&] { return done; });
    return token;
}

// The prepared server as a child process; false (and the benchmark skipped) when it cannot run.
bool startPreparedServer(benchmark::State &state, bench::ServerProcess &server)
{
    QString error;
    if (!prepareServer(&error)) {
        state.SkipWithError(qPrintable(error));
        return false;
    }
    if (!server.start(QStringLiteral(SHOPINBOX_SERVER_BINARY), {QStringLiteral("--data-dir"), dataDir()})) {
        state.SkipWithError("server did not start");
        return false;
    }
    return true;
}

// A desktop client's data side: a fresh cache and a sync engine signed in to the server.
struct SyncingClient
{
    SyncingClient(QNetworkAccessManager &network, const QUrl &url, const QString &token)
        : api(&network)
    {
        cache.open(dir.filePath(QStringLiteral("client.sqlite")));
        api.setBaseUrl(url);
        api.setToken(token);
    }
    bool syncUntilOnline()
    {
        engine.start();
        bench::waitInEventLoop(600000, [this] { return engine.state() == SyncEngine::State::Online; });
        return engine.state() == SyncEngine::State::Online;
    }

    QTemporaryDir dir;
    Cache cache;
    ApiClient api;
    SyncEngine engine{cache, api};
};

void BM_InitialSync(benchmark::State &state)
{
    bench::ServerProcess server;
    if (!startPreparedServer(state, server))
        return;
    QNetworkAccessManager network;
    const QString token = login(network, server.url());
    for (auto _ : state) {
        SyncingClient client(network, server.url(), token);
        QElapsedTimer timer;
        timer.start();
        const bool online = client.syncUntilOnline();
        const double seconds = timer.nsecsElapsed() / 1e9;
        state.SetIterationTime(seconds);
        const qint64 events = client.cache.syncState().cursor();
        state.counters["events"] = static_cast<double>(events);
        state.counters["events_per_second"] = events / seconds;
        state.counters["seconds"] = seconds;
        if (!online)
            state.SkipWithError(qPrintable(QStringLiteral("not online: %1").arg(client.engine.lastError())));
    }
}
BENCHMARK(BM_InitialSync)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

void BM_LiveLatency(benchmark::State &state)
{
    bench::ServerProcess server;
    if (!startPreparedServer(state, server))
        return;
    QNetworkAccessManager network;
    const QString token = login(network, server.url());
    SyncingClient client(network, server.url(), token);
    if (!client.syncUntilOnline()) {
        state.SkipWithError("the client did not get online");
        return;
    }
    Cache &cache = client.cache;
    // The inbox the merchant looks at; its slots run before ours, so "received" means "in the model".
    ConversationListModel inbox(&cache);
    inbox.setFilter(ConversationListModel::Filter::All);

    const int sockets = static_cast<int>(state.range(0));
    const int rate = static_cast<int>(state.range(1));
    const int seconds = static_cast<int>(state.range(2));
    std::vector<std::unique_ptr<QWebSocket>> chats;
    int ready = 0;
    for (int i = 0; i < sockets; ++i) {
        ApiClient storefront(&network);
        storefront.setBaseUrl(server.url());
        QString session;
        bool done = false;
        storefront.post(
            QStringLiteral("/storefront/v1/sessions"),
            {{QStringLiteral("name"), QStringLiteral("Live %1").arg(i)},
             {QStringLiteral("email"),
              QStringLiteral("live-%1-%2@example.com").arg(QCoreApplication::applicationPid()).arg(i)}},
            [&](const ApiResponse &r) {
                session = r.json().value(QStringLiteral("session_token")).toString();
                done = true;
            });
        bench::waitInEventLoop(10000, [&] { return done; });
        auto chat = std::make_unique<QWebSocket>();
        QObject::connect(chat.get(), &QWebSocket::textMessageReceived, chat.get(),
                         [&ready](const QString &text) {
                             if (text.contains(QLatin1String("\"hello\"")))
                                 ++ready;
                         });
        QObject::connect(chat.get(), &QWebSocket::connected, chat.get(), [raw = chat.get()] {
            if (auto *tcp = raw->findChild<QAbstractSocket *>())
                tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        QUrl url = server.url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/storefront/v1/chat"));
        url.setQuery(QStringLiteral("session=") + session);
        chat->open(url);
        chats.push_back(std::move(chat));
    }
    bench::waitInEventLoop(60000, [&] { return ready >= sockets; });

    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> sent;
    std::vector<double> latencies;
    QObject::connect(&cache, &Cache::changed, &cache, [&](const CacheChanges &changes) {
        const qint64 now = clock.nsecsElapsed();
        for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
            for (qint64 localId : it.value()) {
                const std::optional<Message> m = cache.messages().get(localId);
                if (!m)
                    continue;
                const auto s = sent.constFind(m->clientId);
                if (s != sent.cend()) {
                    latencies.push_back((now - s.value()) / 1e6);
                    sent.erase(s);
                }
            }
        }
    });
    for (auto _ : state) {
        qint64 count = 0;
        qint64 next = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 due = clock.nsecsElapsed() * rate / 1'000'000'000;
            while (count < due) {
                const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                sent.insert(clientId, clock.nsecsElapsed());
                chats[static_cast<size_t>(next++ % sockets)]->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                    {QStringLiteral("client_id"), clientId},
                                    {QStringLiteral("body"), QStringLiteral("Live message %1").arg(count)}})
                        .toJson(QJsonDocument::Compact)));
                ++count;
            }
        });
        clock.restart();
        tick.start(2);
        bench::waitInEventLoop(seconds * 1000, [] { return false; });
        tick.stop();
        bench::waitInEventLoop(10000, [&] { return sent.isEmpty(); });
        std::sort(latencies.begin(), latencies.end());
        auto pct = [&](double p) {
            return latencies.empty()
                       ? 0.0
                       : latencies[static_cast<size_t>(p * static_cast<double>(latencies.size() - 1))];
        };
        state.counters["sent"] = static_cast<double>(count);
        state.counters["received"] = static_cast<double>(latencies.size());
        state.counters["p50_ms"] = pct(0.50);
        state.counters["p99_ms"] = pct(0.99);
        state.counters["max_ms"] = latencies.empty() ? 0.0 : latencies.back();
        if (!sent.isEmpty())
            state.SkipWithError("messages never reached the client");
    }
}
BENCHMARK(BM_LiveLatency)->Args({200, 1000, 20})->Iterations(1)->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shopinbox.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
