// Desktop client benchmarks (issue 6), with the real main window on the offscreen platform:
//   BM_StartupToFirstPaint - wall time from starting the client process to its first painted conversation
//                            list, on the generated 100,000-conversation cache (SHOPINBOX_BENCH_CACHE)
//   BM_BurstStall          - the longest the GUI thread's event loop stalls while a burst of 5,000
//                            customer messages over 1,000 conversations reaches a client signed in to a
//                            real shop server on loopback
#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "eventloopwait.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "stallwatchdog.h"
#include "startupaccount.h"
#include "storage/cache.h"
#include "storefrontcrowd.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <numeric>

using namespace shopinbox;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Reads "key=value" from the probe's line.
double field(const QByteArray &line, const char *key)
{
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &part : line.split(' ')) {
        if (part.startsWith(prefix))
            return part.mid(prefix.size()).toDouble();
    }
    return -1;
}

void BM_StartupToFirstPaint(benchmark::State &state)
{
    const char *source = std::getenv("SHOPINBOX_BENCH_CACHE");
    if (!source) {
        state.SkipWithError("set SHOPINBOX_BENCH_CACHE (./scripts/bench does)");
        return;
    }
    // A private data directory for the client, with the generated cache where the client looks for this
    // account's cache (a symbolic link: SQLite resolves it, so WAL and shm sit beside the real file).
    QTemporaryDir home;
    const QString base = home.filePath(QStringLiteral("data/ShopInbox/shop-inbox"));
    const Account account = bench::startupAccount();
    const QString cachePath = Cache::pathForAccount(account.serverUrl.toString(), account.email, base);
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    if (!QFile::link(QFileInfo(QString::fromLocal8Bit(source)).absoluteFilePath(), cachePath)) {
        state.SkipWithError("cannot link the cache into the client's data directory");
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("shopinbox.*.info=false"));

    std::vector<double> wall;
    std::vector<double> inProcess;
    std::vector<double> openMs;
    std::vector<double> windowMs;
    int rows = 0;
    for (auto _ : state) {
        // An earlier run that was killed leaves the marker, which would add a full-file quick_check.
        QFile::remove(cachePath + QStringLiteral(".open"));
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.setProgram(QStringLiteral(SHOPINBOX_STARTUP_PROBE));
        probe.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        probe.start();
        QByteArray out;
        while (!out.contains('\n') && clock.elapsed() < 20000 && probe.state() != QProcess::NotRunning) {
            probe.waitForReadyRead(50);
            out += probe.readAllStandardOutput();
        }
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (!probe.waitForFinished(10000)) {
            probe.kill();
            probe.waitForFinished(2000);
        }
        if (!out.startsWith("painted ")) {
            state.SkipWithError(qPrintable(
                QStringLiteral("probe printed no paint line: %1 %2")
                    .arg(QString::fromUtf8(out), QString::fromUtf8(probe.readAllStandardError()))));
            break;
        }
        state.SetIterationTime(ms / 1000);
        wall.push_back(ms);
        const QByteArray line = out.left(out.indexOf('\n'));
        inProcess.push_back(line.split(' ').value(1).toDouble());
        openMs.push_back(field(line, "open") - field(line, "app"));
        windowMs.push_back(field(line, "window") - field(line, "open"));
        rows = static_cast<int>(field(line, "rows"));
    }
    QFile::remove(cachePath + QStringLiteral(".open"));
    if (wall.empty())
        return;
    state.counters["mean_ms"] =
        std::accumulate(wall.cbegin(), wall.cend(), 0.0) / static_cast<double>(wall.size());
    state.counters["median_ms"] = median(wall);
    state.counters["max_ms"] = *std::max_element(wall.cbegin(), wall.cend());
    state.counters["min_ms"] = *std::min_element(wall.cbegin(), wall.cend());
    state.counters["first_ms"] = wall.front();
    state.counters["in_main_median_ms"] = median(inProcess);
    state.counters["cache_open_median_ms"] = median(openMs);
    state.counters["window_median_ms"] = median(windowMs);
    state.counters["rows"] = rows;
}
BENCHMARK(BM_StartupToFirstPaint)->Iterations(15)->UseManualTime()->Unit(benchmark::kMillisecond);

constexpr int Customers = 1000;
constexpr int MessagesPerCustomer = 5;

void BM_BurstStall(benchmark::State &state)
{
    QTemporaryDir dir;
    bench::ServerProcess server;
    if (!server.start(QStringLiteral(SHOPINBOX_SERVER_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                       dir.filePath(QStringLiteral("server"))})) {
        state.SkipWithError("server did not start");
        return;
    }
    // Signed in as the app does it: AccountManager against the server, token kept for this run.
    QNetworkAccessManager network;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SessionCredentialStore credentials;
    AccountManager accounts(&settings, &credentials, &network);
    std::optional<AccountManager::SignInResult> signedIn;
    accounts.signIn(server.url(), QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"),
                    [&](const AccountManager::SignInResult &result) { signedIn = result; });
    bench::waitInEventLoop(30000, [&] { return signedIn.has_value(); });
    if (!signedIn || !signedIn->ok) {
        state.SkipWithError(
            qPrintable(QStringLiteral("sign-in failed: %1").arg(signedIn ? signedIn->error : QString())));
        return;
    }
    ClientSession session(signedIn->account, signedIn->token, dir.filePath(QStringLiteral("client")),
                          &network);
    if (!session.open().ok()) {
        state.SkipWithError("cannot open the client cache");
        return;
    }
    MainWindow window(session, &settings);
    window.show();
    session.start();
    bench::waitInEventLoop(60000, [&] { return session.sync().state() == SyncEngine::State::Online; });
    if (session.sync().state() != SyncEngine::State::Online) {
        state.SkipWithError("the client did not get online");
        return;
    }

    // 1,000 customers with a session and an open chat socket, in a worker thread; their conversations,
    // customers and presence reach the client before the measurement starts.
    QThread worker;
    worker.setObjectName(QStringLiteral("storefront"));
    auto *crowd = new bench::StorefrontCrowd;
    crowd->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, crowd, &QObject::deleteLater);
    worker.start();
    QSet<qint64> conversations;
    bool ready = false;
    QString error;
    QObject::connect(crowd, &bench::StorefrontCrowd::ready, &window, [&](const QList<qint64> &ids) {
        conversations = QSet<qint64>(ids.cbegin(), ids.cend());
        ready = true;
    });
    QObject::connect(crowd, &bench::StorefrontCrowd::failed, &window, [&](const QString &e) { error = e; });
    const QUrl url = server.url();
    QMetaObject::invokeMethod(crowd, [crowd, url] { crowd->prepare(url, Customers); });
    bench::waitInEventLoop(120000, [&] { return ready || !error.isEmpty(); });
    auto stopWorker = [&] {
        worker.quit();
        worker.wait();
    };
    if (!ready) {
        stopWorker();
        state.SkipWithError(qPrintable(QStringLiteral("storefront not ready: %1").arg(error)));
        return;
    }
    // Waits until the client has applied everything the server sent (no cache change for a second).
    auto settle = [&] {
        QElapsedTimer quiet;
        quiet.start();
        const QMetaObject::Connection watching =
            QObject::connect(&session.cache(), &Cache::changed, &window, [&] { quiet.restart(); });
        bench::waitInEventLoop(60000, [&] { return quiet.elapsed() > 1000; });
        QObject::disconnect(watching);
    };

    std::vector<double> longest;
    std::vector<double> allGaps;
    std::vector<double> totals;
    double longestAt = 0;
    for (auto _ : state) {
        settle();
        // The models' and window's slots on Cache::changed were connected first, so they have run when
        // this one counts: "arrived" means in the cache and in the window's models.
        QSet<qint64> arrived;
        const QMetaObject::Connection counting =
            QObject::connect(&session.cache(), &Cache::changed, &window, [&](const CacheChanges &changes) {
                for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
                    if (conversations.contains(it.key()))
                        arrived.unite(it.value());
                }
            });
        bench::StallWatchdog watchdog;
        QElapsedTimer clock;
        watchdog.start();
        clock.start();
        QMetaObject::invokeMethod(crowd, [crowd] { crowd->burst(MessagesPerCustomer); });
        bench::waitInEventLoop(120000, [&] { return arrived.size() >= Customers * MessagesPerCustomer; });
        const double totalMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        watchdog.stop();
        QObject::disconnect(counting);
        state.SetIterationTime(totalMs / 1000);
        if (watchdog.longest() >
            (longest.empty() ? 0.0 : *std::max_element(longest.cbegin(), longest.cend())))
            longestAt = watchdog.longestEndedAt();
        longest.push_back(watchdog.longest());
        std::fprintf(stderr, "burst %zu: longest stall %.1f ms at %.0f ms, total %.0f ms\n", longest.size(),
                     watchdog.longest(), watchdog.longestEndedAt(), totalMs);
        allGaps.insert(allGaps.end(), watchdog.gaps().cbegin(), watchdog.gaps().cend());
        totals.push_back(totalMs);
        if (arrived.size() < Customers * MessagesPerCustomer)
            state.SkipWithError("not every message reached the client");
    }
    if (!longest.empty()) {
        std::sort(allGaps.begin(), allGaps.end());
        state.counters["longest_stall_ms"] = *std::max_element(longest.cbegin(), longest.cend());
        state.counters["longest_stall_median_ms"] = median(longest);
        state.counters["longest_stall_at_ms"] = longestAt;
        state.counters["gap_p99_ms"] =
            allGaps[static_cast<size_t>(0.99 * static_cast<double>(allGaps.size() - 1))];
        state.counters["gap_p50_ms"] = median(allGaps);
        state.counters["gaps_over_50ms"] = static_cast<double>(
            std::count_if(allGaps.cbegin(), allGaps.cend(), [](double g) { return g > 50; }));
        state.counters["total_median_ms"] = median(totals);
        state.counters["total_max_ms"] = *std::max_element(totals.cbegin(), totals.cend());
    }
    stopWorker();
    session.stop();
}
BENCHMARK(BM_BurstStall)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shopinbox.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
