#pragma once

#include "netlimits.h"

#include <QString>
#include <QtGlobal>

namespace shopinbox::server {

/**
 * @brief How to run the shop server; the defaults are the built-in ones. shop-inbox-server fills it from
 * its config file, environment and command line with ServerOptionsParser.
 */
struct ServerOptions
{
    QString dataDirectory; ///< SQLite database and media; default under AppDataLocation.
    QString databaseUrl;   ///< postgresql://user@host:port/db; empty: SQLite in the data directory.
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8740;      ///< 0 picks a free port.
    bool demo = false;        ///< Seed the demo shop on first start.
    bool demoTraffic = false; ///< Simulate storefront customers.
    QString tlsCertificate;   ///< PEM; with tlsKey serves HTTPS and WSS.
    QString tlsKey;
    QString demoDataFile; ///< Override of the demo shop JSON (tests).
    /** This process's presence lease: renewed every third of it; a crashed process's customers go
     *  offline at most this long after (on PostgreSQL, by another process's sweep). */
    int presenceLeaseMs = 30000;
    int sessionsPerAddress = 30; ///< New chat sessions per client address in 10 minutes; 0: no limit.
    int lookupsPerAddress = 20;  ///< Order-status lookups per client address in 10 minutes; 0: no limit.
    NetLimits net;               ///< Sizes, timeouts and connection caps of the network front.

    // Mail (see docs/protocol.md, "Email").
    QString smtpUrl;                ///< smtp://host:port or smtps://host:port; empty: no mail is sent.
    QString smtpUser;               ///< Empty: no SMTP AUTH.
    QString smtpPassword;           ///< From --smtp-password-file (first line).
    bool smtpStartTls = false;      ///< Require STARTTLS on smtp://.
    QString mailFromDomain;         ///< From address notifications@<domain>; required with smtpUrl.
    QString replyDomain;            ///< Domain of the reply addresses; default mailFromDomain.
    int emailRetryInitialMs = 5000; ///< First retry delay, doubled per failure.
    int emailRetryMaxMs = 3600000;  ///< Retry delay cap.
    int emailMaxAttempts = 10;      ///< Attempts before a mail is given up.
    QString inboundSecret;          ///< From --inbound-secret-file: bearer secret of POST
                                    ///< /api/v1/inbound-email; empty: endpoint off.
};

} // namespace shopinbox::server
