#pragma once

// The shop server's domain side as the network front feeds it, for the fuzz targets of requests and
// WebSocket messages: the demo shop on SQLite in a temporary directory, the services, the stream hub and the
// router (HttpApi), on this thread's event loop. Made once per process (a database per input would be far
// too slow); inputs therefore share state, which a crash's input alone may not reproduce — the target's
// log and the regressions/ file together do.

#include "credentials.h"
#include "demoseeder.h"
#include "httpapi.h"
#include "netlimits.h"
#include "serverdatabase.h"
#include "shopservice.h"
#include "streamhub.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace shopinbox::fuzz {

class FuzzServer
{
public:
    FuzzServer()
    {
        if (!server::Credentials::initialize() || !m_dir.isValid())
            fail("libsodium or the temporary directory");
        if (!m_db.open(m_dir.filePath(QStringLiteral("shop.sqlite"))) || !m_db.migrate())
            fail("the database");
        m_service = std::make_unique<server::ShopService>(m_db, systemClock(),
                                                          m_dir.filePath(QStringLiteral("media")));
        if (!server::DemoSeeder::seedIfEmpty(*m_service, server::DemoSeeder::defaultDataFile()).isEmpty())
            fail("the demo shop");
        m_hub = std::make_unique<server::StreamHub>(*m_service, m_db, m_limits);
        m_api = std::make_unique<server::HttpApi>(*m_service, *m_hub, m_limits);
    }

    server::ShopService &service() { return *m_service; }
    server::StreamHub &hub() { return *m_hub; }
    server::HttpApi &api() { return *m_api; }
    const server::NetLimits &limits() const { return m_limits; }

    /** Runs the event loop until @p done (at most 10 s: a hang is a finding of its own). */
    template<class Done> static bool runUntil(Done &&done)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > 10'000)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return true;
    }

private:
    [[noreturn]] static void fail(const char *what)
    {
        std::fprintf(stderr, "fuzz server: cannot set up %s\n", what);
        std::abort();
    }

    QTemporaryDir m_dir;
    server::NetLimits m_limits;
    server::ServerDatabase m_db;
    std::unique_ptr<server::ShopService> m_service;
    std::unique_ptr<server::StreamHub> m_hub;
    std::unique_ptr<server::HttpApi> m_api;
};

} // namespace shopinbox::fuzz
