// shop-inbox-loadgen: storefront load against a real shop server, measured where the merchant sees it.
//
// Opens N storefront chat sockets (one session each), sends messages at a fixed rate for a fixed time and
// measures, for every message, the time from the customer's send to its arrival on a staff event stream.
// With --server-binary it starts the server itself (on SQLite, or --database for PostgreSQL) and samples
// the server's resident memory and CPU time. The sockets run on Asio (LoadRun); Qt only starts the server.
#include "loadrun.h"
#include "procstat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

namespace {

using shopinbox::loadgen::LoadOptions;
using shopinbox::loadgen::LoadResult;
using shopinbox::loadgen::LoadRun;

/** Starts the server on a free port of loopback; returns its URL, or an empty one. */
QUrl startServer(QProcess &server, const QString &binary, const QString &dataDir, const QString &database)
{
    // Every socket of the load comes from 127.0.0.1: no per-address cap (as behind a reverse proxy).
    QStringList args{QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--demo"),
                     QStringLiteral("--data-dir"),
                     dataDir,
                     QStringLiteral("--max-connections-per-address"),
                     QStringLiteral("0"),
                     QStringLiteral("--sessions-per-address"),
                     QStringLiteral("0")};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.setStandardErrorFile(QProcess::nullDevice()); // the server logs every request
    server.start(binary, args);
    if (!server.waitForStarted(10000))
        return {};
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000 && server.state() == QProcess::Running) {
        server.waitForReadyRead(1000);
        out += server.readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at)
            return QUrl(QString::fromUtf8(out.mid(at + 13, out.indexOf('\n', at) - at - 13)).trimmed());
    }
    return {};
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    return sorted[static_cast<size_t>(p * static_cast<double>(sorted.size() - 1))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Storefront load against a Shop Inbox server."));
    parser.addHelpOption();
    const QCommandLineOption binary(QStringLiteral("server-binary"),
                                    QStringLiteral("Start this shop-inbox-server."), QStringLiteral("path"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("Or use a running server on loopback (with the demo shop)."),
                                 QStringLiteral("url"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("PostgreSQL URL for the started server."),
                                      QStringLiteral("url"));
    const QCommandLineOption sockets(QStringLiteral("sockets"), QStringLiteral("Storefront sockets."),
                                     QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Messages per second."),
                                  QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Seconds of load."),
                                      QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({binary, url, database, sockets, rate, duration});
    parser.process(app);
    LoadOptions options;
    options.sockets = parser.value(sockets).toInt();
    options.rate = parser.value(rate).toInt();
    options.duration = parser.value(duration).toInt();
    if ((parser.value(binary).isEmpty() == parser.value(url).isEmpty()) || options.sockets < 1 ||
        options.rate < 1 || options.duration < 1) {
        std::fprintf(stderr,
                     "loadgen: give --server-binary or --url, and positive --sockets, --rate, --duration\n");
        return 2;
    }

    QTemporaryDir dataDir;
    QProcess server;
    QUrl base(parser.value(url));
    if (!parser.value(binary).isEmpty()) {
        base = startServer(server, parser.value(binary), dataDir.path(), parser.value(database));
        if (base.isEmpty()) {
            std::fprintf(stderr, "loadgen: the server did not start\n");
            return 1;
        }
        options.serverPid = static_cast<int>(server.processId());
    }
    if (base.scheme() != QLatin1String("http") || base.port() <= 0) {
        std::fprintf(stderr, "loadgen: %s: only http:// URLs with a port are supported\n",
                     qPrintable(base.toString()));
        return 2;
    }
    options.host =
        base.host() == QLatin1String("localhost") ? std::string("127.0.0.1") : base.host().toStdString();
    options.port = static_cast<unsigned short>(base.port());

    // The load runs on its own thread; this one samples the server's memory once a second meanwhile.
    LoadResult result;
    std::atomic<bool> done{false};
    std::thread worker([&] {
        result = LoadRun(options).run();
        done = true;
    });
    std::int64_t maxRss = 0;
    while (!done) {
        maxRss = std::max(maxRss, shopinbox::loadgen::residentKb(options.serverPid));
        for (int i = 0; i < 100 && !done; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    worker.join();
    maxRss = std::max(maxRss, shopinbox::loadgen::residentKb(options.serverPid));
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        if (!server.waitForFinished(10000)) {
            server.kill();
            server.waitForFinished(10000);
        }
    }
    if (!result.error.empty()) {
        std::fprintf(stderr, "loadgen: %s\n", result.error.c_str());
        return 1;
    }
    std::fprintf(stderr, "loadgen: slowest message sent in each second (ms):");
    for (double worst : result.worstPerSecondMs)
        std::fprintf(stderr, " %.0f", worst);
    std::fprintf(stderr, "\n");
    const double window = std::max(result.loadSeconds, 1e-9);
    const QJsonObject report{
        {QStringLiteral("backend"),
         parser.value(database).isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
        {QStringLiteral("sockets"), options.sockets},
        {QStringLiteral("target_rate"), options.rate},
        {QStringLiteral("sent"), static_cast<qint64>(result.sent)},
        {QStringLiteral("received"), static_cast<qint64>(result.received)},
        {QStringLiteral("lost"), static_cast<qint64>(result.lost)},
        {QStringLiteral("achieved_rate"),
         static_cast<double>(result.sent) / std::max(result.sendSeconds, 1e-9)},
        {QStringLiteral("p50_ms"), percentile(result.latenciesMs, 0.50)},
        {QStringLiteral("p99_ms"), percentile(result.latenciesMs, 0.99)},
        {QStringLiteral("max_ms"), result.latenciesMs.empty() ? 0.0 : result.latenciesMs.back()},
        {QStringLiteral("warmup_p50_ms"), percentile(result.warmupLatenciesMs, 0.50)},
        {QStringLiteral("warmup_p99_ms"), percentile(result.warmupLatenciesMs, 0.99)},
        {QStringLiteral("warmup_seconds"), result.warmupSeconds},
        {QStringLiteral("server_rss_idle_mb"), static_cast<double>(result.serverIdleRssKb) / 1024.0},
        {QStringLiteral("server_rss_max_mb"), static_cast<double>(maxRss) / 1024.0},
        {QStringLiteral("server_cpu_percent"), 100.0 * result.serverCpuSeconds / window},
        {QStringLiteral("loadgen_cpu_percent"), 100.0 * result.cpuSeconds / window},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return result.lost == 0 ? 0 : 3;
}
