// shop-inbox-server: parses the command line and wires the server library together.
#include "serverrunner.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace shopinbox::server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopInbox"));
    QCoreApplication::setApplicationName(QStringLiteral("shop-inbox-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPINBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Shop Inbox shop server: staff API, storefront chat "
                                                    "and the event stream desktop clients sync with."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the SQLite database and media (default: the application data "
                       "directory, e.g. ~/.local/share/ShopInbox/shop-inbox-server)."),
        QStringLiteral("dir"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral(
            "postgresql://user[:password]@host[:port]/dbname to share one PostgreSQL database between "
            "several server processes (default: SQLite in the data directory)."),
        QStringLiteral("url"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("IP address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("8740"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo shop on first start."));
    const QCommandLineOption demoTraffic(QStringLiteral("demo-traffic"),
                                         QStringLiteral("Simulate storefront customers who chat and shop."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate: serve HTTPS/WSS."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("file"));
    const QCommandLineOption demoData(QStringLiteral("demo-data"),
                                      QStringLiteral("Demo shop JSON to seed instead of the built-in one."),
                                      QStringLiteral("file"));
    parser.addOptions({dataDir, database, host, port, demo, demoTraffic, tlsCert, tlsKey, demoData});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "shop-inbox-server: %s\nTry --help.\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "shop-inbox-server: unexpected argument %s\nTry --help.\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }

    ServerOptions options;
    options.dataDirectory = parser.value(dataDir);
    options.databaseUrl = parser.value(database);
    options.host = parser.value(host);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        std::fprintf(stderr, "shop-inbox-server: --port must be 0 to 65535\n");
        return 2;
    }
    options.port = static_cast<quint16>(portNumber);
    options.demo = parser.isSet(demo) || parser.isSet(demoTraffic);
    options.demoTraffic = parser.isSet(demoTraffic);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    options.demoDataFile = parser.value(demoData);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty()) {
        std::fprintf(stderr, "shop-inbox-server: --tls-cert and --tls-key go together\n");
        return 2;
    }

    ServerRunner runner;
    const QString error = runner.start(options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "shop-inbox-server: %s\n", qPrintable(error));
        return 1;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&runner](int) {
        runner.stop();
        QCoreApplication::quit();
    });
    std::printf("listening on %s\n", qPrintable(runner.url().toString()));
    if (options.demo)
        std::printf("demo staff: owner@demo.shop / demo-owner, agent@demo.shop / demo-agent, "
                    "warehouse@demo.shop / demo-warehouse (no chat permission)\n");
    std::fflush(stdout);
    return app.exec();
}
