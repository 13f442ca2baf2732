#include "serverrunner.h"

#include "chatwriter.h"

#include "credentials.h"
#include "demoseeder.h"
#include "demotraffic.h"
#include "emailqueue.h"
#include "httpapi.h"
#include "netserver.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "shopservice.h"
#include "streamhub.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace shopinbox::server {

ServerRunner::ServerRunner(QObject *parent)
    : QObject(parent)
    , m_clock(systemClock())
{
}

ServerRunner::ServerRunner(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

ServerRunner::~ServerRunner()
{
    stop();
}

QString ServerRunner::start(const ServerOptions &options)
{
    if (!Credentials::initialize())
        return QStringLiteral("libsodium could not be initialised");
    const QString dataDirectory = options.dataDirectory.isEmpty()
                                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      : options.dataDirectory;
    if (!QDir().mkpath(dataDirectory))
        return QStringLiteral("cannot create the data directory %1").arg(dataDirectory);
    // The database and the uploaded images are the shop's and its customers': nobody else's to read.
    constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(dataDirectory, OwnerOnly))
        qCWarning(lcServerDb) << "cannot make the data directory private:" << dataDirectory;

    m_db = std::make_unique<ServerDatabase>();
    const QString url = options.databaseUrl.isEmpty()
                            ? QDir(dataDirectory).filePath(QStringLiteral("shop.sqlite"))
                            : options.databaseUrl;
    if (!m_db->open(url) || !m_db->migrate())
        return m_db->errorMessage();

    m_service =
        std::make_unique<ShopService>(*m_db, m_clock, QDir(dataDirectory).filePath(QStringLiteral("media")));
    if (m_db->appliedMigrations().contains(ServerDatabase::RolesMigration) &&
        !m_service->team().announceTeam())
        return QStringLiteral("cannot announce the staff's roles: %1").arg(m_db->errorMessage());
    // On SQLite this process is the database's only one: whoever a crash left "online" is not here.
    // (On PostgreSQL other processes may hold those customers' sockets.)
    if (m_db->dialect() == ServerDatabase::Dialect::SQLite && !m_service->storefront().resetPresence())
        return QStringLiteral("cannot reset the customers' presence: %1").arg(m_db->errorMessage());
    // Presence per process: a lease renewed every third of it, and a sweep that takes the customers of
    // processes that stopped renewing (crashed) offline.
    const QString processId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_service->storefront().setProcessId(processId);
    m_service->context().eventLog().setOrigin(processId);
    m_service->storefront().setLimits(options.sessionsPerAddress, options.lookupsPerAddress);
    const int leaseMs = qMax(300, options.presenceLeaseMs);
    if (!m_service->storefront().sweepPresence(leaseMs, true))
        return QStringLiteral("cannot take the presence lease: %1").arg(m_db->errorMessage());
    m_presenceSweep.setInterval(leaseMs / 3);
    connect(&m_presenceSweep, &QTimer::timeout, this, [this, leaseMs] {
        if (!m_db->isLost() && !m_service->storefront().sweepPresence(leaseMs))
            qCWarning(lcServerDb) << "presence sweep failed:" << m_db->errorMessage();
    });
    m_presenceSweep.start();
    if (options.demo) {
        QString error =
            DemoSeeder::seedIfEmpty(*m_service, options.demoDataFile.isEmpty() ? DemoSeeder::defaultDataFile()
                                                                               : options.demoDataFile);
        if (!error.isEmpty())
            return error;
    }
    if (!options.smtpUrl.isEmpty() || !options.inboundSecret.isEmpty()) {
        const QString replyDomain =
            options.replyDomain.isEmpty() ? options.mailFromDomain : options.replyDomain;
        if (replyDomain.isEmpty())
            return QStringLiteral("mail needs --mail-from-domain (or --reply-domain)");
        const QByteArray key = m_db->secret(QStringLiteral("reply_address_key"));
        if (key.isEmpty())
            return QStringLiteral("cannot create the reply address key: %1").arg(m_db->errorMessage());
        EmailSettings email;
        email.outgoing = !options.smtpUrl.isEmpty();
        email.fromAddress = QStringLiteral("notifications@%1")
                                .arg(options.mailFromDomain.isEmpty() ? replyDomain : options.mailFromDomain);
        email.replyAddress = ReplyAddress(key, replyDomain);
        email.inboundSecret = options.inboundSecret.toUtf8();
        m_service->context().setEmailSettings(email);
        if (email.outgoing) {
            SmtpSettings smtp;
            smtp.url = options.smtpUrl;
            smtp.user = options.smtpUser;
            smtp.password = options.smtpPassword;
            smtp.requireStartTls = options.smtpStartTls;
            m_emailQueue = std::make_unique<EmailQueue>(*m_service, smtp,
                                                        EmailRetryPolicy{options.emailRetryInitialMs,
                                                                         options.emailRetryMaxMs,
                                                                         options.emailMaxAttempts});
        }
    }
    m_hub = std::make_unique<StreamHub>(*m_service, *m_db, options.net);
    if (m_db->dialect() == ServerDatabase::Dialect::PostgreSQL) {
        // The chat messages are written on a connection and thread of their own (ChatWriter).
        auto writer = std::make_unique<ChatWriter>();
        if (QString error = writer->start(url, m_clock, m_service->mediaDirectory(),
                                          m_service->context().email(), processId);
            !error.isEmpty())
            return QStringLiteral("cannot open the chat writer's connection: %1").arg(error);
        m_hub->setChatWriter(std::move(writer));
    }
    m_api = std::make_unique<HttpApi>(*m_service, *m_hub, options.net);

    if (m_db->dialect() == ServerDatabase::Dialect::PostgreSQL) {
        // Events committed by other server processes on the same database.
        QSqlDriver *driver = m_db->db().driver();
        if (!listen())
            return QStringLiteral("cannot LISTEN for events on %1").arg(m_db->displayName());
        // A lost connection comes back (ServerDatabase::reconnect, from a request or from here, with
        // backoff): LISTEN again, and deliver what other processes committed meanwhile.
        m_listenedAtLoss = m_db->lossCount();
        m_dbWatch.setInterval(250);
        connect(&m_dbWatch, &QTimer::timeout, this, [this] {
            if (m_db->isLost() && !m_db->reconnect())
                return;
            if (m_db->lossCount() == m_listenedAtLoss)
                return;
            if (!listen()) {
                qCWarning(lcServerDb) << "cannot LISTEN again after reconnecting";
                return;
            }
            m_listenedAtLoss = m_db->lossCount();
            for (const Shop &shop : m_service->context().shops().shops())
                m_hub->poke(shop.id);
        });
        m_dbWatch.start();
        connect(
            driver, &QSqlDriver::notification, m_hub.get(),
            [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                // Our own commits and revocations already reached the hub directly.
                if (source == QSqlDriver::SelfSource)
                    return;
                if (channel == QLatin1String("shopinbox_revoked")) {
                    const QString text = payload.toString();
                    const qsizetype colon = text.indexOf(QLatin1Char(':'));
                    m_hub->closeRevoked(text.left(colon).toLongLong(), text.mid(colon + 1));
                } else {
                    // This process's other connection (ChatWriter) hands its commits to the hub itself.
                    const auto [shopId, origin] = EventLog::parseNotice(payload.toString());
                    if (origin != m_service->storefront().processId())
                        m_hub->poke(shopId);
                }
            });
    }

    QHostAddress address;
    if (!address.setAddress(options.host))
        return QStringLiteral("--host must be an IP address, got \"%1\"").arg(options.host);
    const bool tls = !options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty();
    m_net = std::make_unique<NetServer>(*m_api, options.net);
    m_shutdownGraceMs = options.net.shutdownGraceMs;
    if (QString error = m_net->listen(address, options.port, options.tlsCertificate, options.tlsKey);
        !error.isEmpty())
        return error;
    m_url = QUrl(QStringLiteral("%1://%2:%3")
                     .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), options.host)
                     .arg(m_net->port()));

    if (options.demoTraffic) {
        m_traffic = std::make_unique<DemoTraffic>(*m_service, 20261124);
        m_traffic->start();
    }
    if (m_emailQueue)
        m_emailQueue->start();
    return {};
}

bool ServerRunner::listen()
{
    QSqlDriver *driver = m_db->db().driver();
    for (const QString &channel : {QStringLiteral("shopinbox_events"), QStringLiteral("shopinbox_revoked")}) {
        if (!driver->subscribedToNotifications().contains(channel) &&
            !driver->subscribeToNotification(channel))
            return false;
    }
    return true;
}

void ServerRunner::stop()
{
    m_dbWatch.stop();
    m_presenceSweep.stop();
    m_traffic.reset();
    if (m_emailQueue)
        m_emailQueue->stop();
    m_emailQueue.reset();
    if (m_hub)
        m_hub->closeAll();
    if (m_service && m_db && !m_db->isLost())
        m_service->context().presence().dropProcess(m_service->storefront().processId());
    if (m_net)
        m_net->stop(m_shutdownGraceMs);
    m_net.reset();
    m_api.reset();
    m_hub.reset();
    m_service.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
}

} // namespace shopinbox::server
