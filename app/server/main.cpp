// shop-inbox-server: parses the command line and wires the server library together.
#include "serverrunner.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

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
    const QCommandLineOption smtpUrl(
        QStringLiteral("smtp-url"),
        QStringLiteral(
            "Send replies to customers who are not in the store by email through this SMTP server: "
            "smtp://host:port (plain, STARTTLS when offered) or smtps://host:port (TLS). Default: "
            "no email."),
        QStringLiteral("url"));
    const QCommandLineOption smtpUser(QStringLiteral("smtp-user"),
                                      QStringLiteral("SMTP AUTH user name (default: no AUTH)."),
                                      QStringLiteral("name"));
    const QCommandLineOption smtpPasswordFile(
        QStringLiteral("smtp-password-file"),
        QStringLiteral("File holding the SMTP AUTH password (first line)."), QStringLiteral("file"));
    const QCommandLineOption smtpStartTls(
        QStringLiteral("smtp-starttls"),
        QStringLiteral("With smtp://: refuse to send unless STARTTLS succeeds."));
    const QCommandLineOption mailFromDomain(
        QStringLiteral("mail-from-domain"),
        QStringLiteral("Domain of the From address notifications@<domain> (required with --smtp-url)."),
        QStringLiteral("domain"));
    const QCommandLineOption replyDomain(
        QStringLiteral("reply-domain"),
        QStringLiteral("Domain of the per-conversation Reply-To addresses reply+<id>.<token>@<domain>, whose "
                       "mail the relay posts to /api/v1/inbound-email (default: --mail-from-domain)."),
        QStringLiteral("domain"));
    const QCommandLineOption emailRetry(
        QStringLiteral("email-retry-ms"),
        QStringLiteral("Delay before the first retry of a failed email, doubled after each further failure."),
        QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption emailRetryMax(QStringLiteral("email-retry-max-ms"),
                                           QStringLiteral("Longest delay between two attempts of an email."),
                                           QStringLiteral("ms"), QStringLiteral("3600000"));
    const QCommandLineOption emailAttempts(
        QStringLiteral("email-max-attempts"),
        QStringLiteral("Attempts before an email is given up and its message marked failed."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption inboundSecretFile(
        QStringLiteral("inbound-secret-file"),
        QStringLiteral("File holding the secret (first line) the mail relay sends as Authorization: Bearer "
                       "to POST /api/v1/inbound-email. Default: the endpoint is off."),
        QStringLiteral("file"));
    parser.addOptions({dataDir, database, host, port, demo, demoTraffic, tlsCert, tlsKey, demoData, smtpUrl,
                       smtpUser, smtpPasswordFile, smtpStartTls, mailFromDomain, replyDomain, emailRetry,
                       emailRetryMax, emailAttempts, inboundSecretFile});
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

    const auto readSecret = [](const QString &path, QString *value) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        *value = QString::fromUtf8(file.readLine(4096)).trimmed();
        return !value->isEmpty();
    };
    options.smtpUrl = parser.value(smtpUrl);
    options.smtpUser = parser.value(smtpUser);
    options.smtpStartTls = parser.isSet(smtpStartTls);
    options.mailFromDomain = parser.value(mailFromDomain);
    options.replyDomain = parser.value(replyDomain);
    if (!options.smtpUrl.isEmpty()) {
        const QUrl url(options.smtpUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))) {
            std::fprintf(stderr, "shop-inbox-server: --smtp-url must look like smtp://host:port or "
                                 "smtps://host:port\n");
            return 2;
        }
        if (options.mailFromDomain.isEmpty()) {
            std::fprintf(stderr, "shop-inbox-server: --smtp-url needs --mail-from-domain\n");
            return 2;
        }
        if (options.smtpStartTls && scheme != QLatin1String("smtp")) {
            std::fprintf(stderr, "shop-inbox-server: --smtp-starttls goes with smtp:// (smtps:// is TLS "
                                 "from the start)\n");
            return 2;
        }
    }
    if (parser.isSet(smtpPasswordFile) &&
        !readSecret(parser.value(smtpPasswordFile), &options.smtpPassword)) {
        std::fprintf(stderr,
                     "shop-inbox-server: --smtp-password-file must name a readable, non-empty file\n");
        return 2;
    }
    if (parser.isSet(inboundSecretFile)) {
        if (!readSecret(parser.value(inboundSecretFile), &options.inboundSecret) ||
            options.inboundSecret.size() < 16) {
            std::fprintf(stderr, "shop-inbox-server: --inbound-secret-file must name a readable file whose "
                                 "first line holds a secret of at least 16 characters\n");
            return 2;
        }
        if (options.replyDomain.isEmpty() && options.mailFromDomain.isEmpty()) {
            std::fprintf(stderr, "shop-inbox-server: --inbound-secret-file needs --reply-domain or "
                                 "--mail-from-domain\n");
            return 2;
        }
    }
    const auto positive = [&parser](const QCommandLineOption &option, int *value) {
        bool valid = false;
        const int number = parser.value(option).toInt(&valid);
        if (!valid || number < 1)
            return false;
        *value = number;
        return true;
    };
    if (!positive(emailRetry, &options.emailRetryInitialMs) ||
        !positive(emailRetryMax, &options.emailRetryMaxMs) ||
        !positive(emailAttempts, &options.emailMaxAttempts)) {
        std::fprintf(stderr, "shop-inbox-server: --email-retry-ms, --email-retry-max-ms and "
                             "--email-max-attempts must be positive integers\n");
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
