#pragma once

#include <QString>
#include <QtGlobal>

namespace shopinbox::server {

/** @brief How to run the shop server (from the command line of shop-inbox-server). */
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
};

} // namespace shopinbox::server
