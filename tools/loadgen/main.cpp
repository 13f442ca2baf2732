// shop-inbox-loadgen: storefront load against a real shop server, measured where the merchant sees it.
//
// Opens N storefront chat sockets (one session each), sends messages at a fixed rate for a fixed time and
// measures, for every message, the time from the customer's send to its arrival on a staff event stream.
// With --server-binary it starts the server itself (on SQLite, or --database for PostgreSQL) and samples
// the server's resident memory.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Options
{
    QString serverBinary;
    QString url;
    QString database;
    int sockets = 2000;
    int rate = 1000;
    int duration = 60;
};

class LoadRun : public QObject
{
public:
    explicit LoadRun(const Options &options)
        : m_options(options)
    {
    }

    int run();

private:
    bool startServer();
    QJsonObject post(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    bool openStaffStream();
    bool openChats();
    void sendTick();
    qint64 serverRssKb() const;
    void wait(int ms, const std::function<bool()> &done);

    Options m_options;
    QNetworkAccessManager m_http;
    QUrl m_base;
    QByteArray m_token;
    std::unique_ptr<QProcess> m_server;
    QTemporaryDir m_dataDir;
    QWebSocket m_staff;
    std::vector<std::unique_ptr<QWebSocket>> m_chats;
    int m_ready = 0;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_pending; ///< client_id -> send time (ns)
    std::vector<double> m_latencies;  ///< ms
    qint64 m_sent = 0;
    qint64 m_next = 0;
    qint64 m_maxRss = 0;
};

bool LoadRun::startServer()
{
    m_server = std::make_unique<QProcess>();
    // Every socket of the load comes from 127.0.0.1: no per-address cap (as behind a reverse proxy).
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                     m_dataDir.path(),         QStringLiteral("--max-connections-per-address"),
                     QStringLiteral("0")};
    if (!m_options.database.isEmpty())
        args << QStringLiteral("--database") << m_options.database;
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(m_options.serverBinary, args);
    if (!m_server->waitForStarted(10000))
        return false;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        m_server->waitForReadyRead(1000);
        m_server->readAllStandardError(); // the server logs every request; keep the pipe drained
        out += m_server->readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_base = QUrl(QString::fromUtf8(out.mid(at + 13, out.indexOf('\n', at) - at - 13)).trimmed());
            QObject::connect(m_server.get(), &QProcess::readyReadStandardError, m_server.get(),
                             [p = m_server.get()] { p->readAllStandardError(); });
            return true;
        }
    }
    return false;
}

void LoadRun::wait(int ms, const std::function<bool()> &done)
{
    // Sleep in the event loop between events: a busy loop would steal the server's CPU.
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(5);
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

QJsonObject LoadRun::post(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    wait(30000, [reply] { return reply->isFinished(); });
    const QByteArray bytes = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && bytes.isEmpty())
        std::fprintf(stderr, "loadgen: %s: %s\n", qPrintable(path), qPrintable(reply->errorString()));
    const QJsonObject result = QJsonDocument::fromJson(bytes).object();
    reply->deleteLater();
    return result;
}

bool LoadRun::openStaffStream()
{
    const QJsonObject login =
        post(QStringLiteral("/api/v1/login"), {{QStringLiteral("email"), QStringLiteral("owner@demo.shop")},
                                               {QStringLiteral("password"), QStringLiteral("demo-owner")}});
    m_token = login.value(QStringLiteral("token")).toString().toLatin1();
    if (m_token.isEmpty())
        return false;
    QObject::connect(&m_staff, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const qint64 now = m_clock.nsecsElapsed();
        const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
        if (event.value(QStringLiteral("type")).toString() != QLatin1String("message.created"))
            return;
        const QString clientId =
            event.value(QStringLiteral("data")).toObject().value(QStringLiteral("client_id")).toString();
        const auto it = m_pending.find(clientId);
        if (it == m_pending.end())
            return;
        m_latencies.push_back((now - it.value()) / 1e6);
        m_pending.erase(it);
    });
    QUrl url = m_base;
    url.setScheme(m_base.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QStringLiteral("since=0"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    bool connected = false;
    QObject::connect(&m_staff, &QWebSocket::connected, this, [this, &connected] {
        connected = true;
        if (auto *tcp = m_staff.findChild<QAbstractSocket *>())
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    QObject::connect(&m_staff, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                     [this](QAbstractSocket::SocketError) {
                         std::fprintf(stderr, "loadgen: staff stream: %s\n",
                                      qPrintable(m_staff.errorString()));
                     });
    m_staff.open(request);
    wait(10000, [&connected] { return connected; });
    return connected;
}

bool LoadRun::openChats()
{
    for (int i = 0; i < m_options.sockets; ++i) {
        const QJsonObject session =
            post(QStringLiteral("/storefront/v1/sessions"),
                 {{QStringLiteral("name"), QStringLiteral("Load Shopper %1").arg(i)},
                  {QStringLiteral("email"),
                   QStringLiteral("load-%1-%2@example.com").arg(QCoreApplication::applicationPid()).arg(i)}});
        const QString token = session.value(QStringLiteral("session_token")).toString();
        if (token.isEmpty()) {
            std::fprintf(stderr, "session %d failed: %s\n", i, QJsonDocument(session).toJson().constData());
            return false;
        }
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            if (text.startsWith(QLatin1String("{\"conversation_id\"")) ||
                text.contains(QLatin1String("\"hello\"")))
                ++m_ready;
        });
        QUrl url = m_base;
        url.setScheme(m_base.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/storefront/v1/chat"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("session"), token);
        url.setQuery(query);
        // Browsers send WebSocket frames without Nagle's delay; so does this simulated shopper.
        QObject::connect(socket.get(), &QWebSocket::connected, this, [raw = socket.get()] {
            if (auto *tcp = raw->findChild<QAbstractSocket *>())
                tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        socket->open(url);
        m_chats.push_back(std::move(socket));
        if (i % 100 == 99)
            QCoreApplication::processEvents();
    }
    wait(60000, [this] { return m_ready >= m_options.sockets; });
    return m_ready >= m_options.sockets;
}

void LoadRun::sendTick()
{
    // Messages due by now at the configured rate, spread over all sockets.
    const qint64 due = m_clock.nsecsElapsed() * m_options.rate / 1'000'000'000;
    while (m_sent < due) {
        QWebSocket &socket = *m_chats[static_cast<size_t>(m_next++ % static_cast<qint64>(m_chats.size()))];
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_pending.insert(clientId, m_clock.nsecsElapsed());
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                            {QStringLiteral("client_id"), clientId},
                            {QStringLiteral("body"),
                             QStringLiteral("Is the merino sweater available in size M? #%1").arg(m_sent)}})
                .toJson(QJsonDocument::Compact)));
        ++m_sent;
    }
}

qint64 LoadRun::serverRssKb() const
{
    if (!m_server)
        return 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_server->processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

int LoadRun::run()
{
    if (!m_options.serverBinary.isEmpty() && !startServer()) {
        std::fprintf(stderr, "loadgen: the server did not start\n");
        return 1;
    }
    if (m_options.serverBinary.isEmpty())
        m_base = QUrl(m_options.url);
    m_clock.start();
    if (!openStaffStream()) {
        std::fprintf(stderr, "loadgen: cannot open the staff stream at %s\n", qPrintable(m_base.toString()));
        return 1;
    }
    std::fprintf(stderr, "loadgen: opening %d storefront sockets\n", m_options.sockets);
    if (!openChats()) {
        std::fprintf(stderr, "loadgen: only %d of %d chat sockets became ready\n", m_ready,
                     m_options.sockets);
        return 1;
    }
    const qint64 idleRss = serverRssKb();
    std::fprintf(stderr, "loadgen: %d sockets open; sending %d messages/s for %d s\n", m_options.sockets,
                 m_options.rate, m_options.duration);
    m_clock.restart();
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, this, [this] { sendTick(); });
    tick.start(2);
    QTimer rss;
    QObject::connect(&rss, &QTimer::timeout, this, [this] { m_maxRss = std::max(m_maxRss, serverRssKb()); });
    rss.start(1000);
    wait(m_options.duration * 1000, [] { return false; });
    tick.stop();
    const double sendSeconds = m_clock.nsecsElapsed() / 1e9;
    wait(10000, [this] { return m_pending.isEmpty(); });
    m_maxRss = std::max(m_maxRss, serverRssKb());

    std::sort(m_latencies.begin(), m_latencies.end());
    auto percentile = [this](double p) {
        if (m_latencies.empty())
            return 0.0;
        return m_latencies[static_cast<size_t>(p * static_cast<double>(m_latencies.size() - 1))];
    };
    const QJsonObject result{
        {QStringLiteral("backend"),
         m_options.database.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
        {QStringLiteral("sockets"), m_options.sockets},
        {QStringLiteral("target_rate"), m_options.rate},
        {QStringLiteral("sent"), m_sent},
        {QStringLiteral("received"), static_cast<qint64>(m_latencies.size())},
        {QStringLiteral("lost"), static_cast<qint64>(m_pending.size())},
        {QStringLiteral("achieved_rate"), m_sent / sendSeconds},
        {QStringLiteral("p50_ms"), percentile(0.50)},
        {QStringLiteral("p99_ms"), percentile(0.99)},
        {QStringLiteral("max_ms"), m_latencies.empty() ? 0.0 : m_latencies.back()},
        {QStringLiteral("server_rss_idle_mb"), idleRss / 1024.0},
        {QStringLiteral("server_rss_max_mb"), m_maxRss / 1024.0},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    for (auto &socket : m_chats)
        socket->abort();
    if (m_server) {
        m_server->terminate();
        m_server->waitForFinished(10000);
    }
    return m_pending.isEmpty() ? 0 : 3;
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
                                 QStringLiteral("Or use a running server (with the demo shop)."),
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
    Options options;
    options.serverBinary = parser.value(binary);
    options.url = parser.value(url);
    options.database = parser.value(database);
    options.sockets = parser.value(sockets).toInt();
    options.rate = parser.value(rate).toInt();
    options.duration = parser.value(duration).toInt();
    if ((options.serverBinary.isEmpty() == options.url.isEmpty()) || options.sockets < 1 ||
        options.rate < 1 || options.duration < 1) {
        std::fprintf(stderr,
                     "loadgen: give --server-binary or --url, and positive --sockets, --rate, --duration\n");
        return 2;
    }
    LoadRun run(options);
    return run.run();
}
