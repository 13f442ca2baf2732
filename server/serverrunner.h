#pragma once

#include "serveroptions.h"

#include "domain/clock.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace shopinbox::server {

class DemoTraffic;
class EmailQueue;
class HttpApi;
class NetServer;
class ServerDatabase;
class ShopService;
class StreamHub;

/**
 * @brief Owns and wires the server's parts: database, service, streams, HTTP front, demo.
 *
 * Every "now" of the server comes from one Clock: the system's, or the one a test passes in.
 */
class ServerRunner : public QObject
{
    Q_OBJECT
public:
    /** A server on the system clock. */
    explicit ServerRunner(QObject *parent = nullptr);
    /** A server whose time is @p clock's (tests); @p clock must outlive the runner. */
    explicit ServerRunner(const Clock &clock, QObject *parent = nullptr);
    ~ServerRunner() override;

    /** Opens the database, migrates, seeds the demo when asked and listens. Empty on success, else why not.
     */
    QString start(const ServerOptions &options);
    /** Closes sockets (WebSockets with 1001), joins the network threads, closes the database. */
    void stop();
    /** http(s)://host:port once listening. */
    QUrl url() const { return m_url; }

    ShopService *service() const { return m_service.get(); }
    /** The WebSocket streams (tests wait on its socket counts to know a close was handled). */
    StreamHub *hub() const { return m_hub.get(); }
    /** The HTTP API (tests read its route table). */
    HttpApi *api() const { return m_api.get(); }
    /** The network front (tests read its connection count). */
    NetServer *net() const { return m_net.get(); }

private:
    const Clock &m_clock;
    bool listen();

    std::unique_ptr<ServerDatabase> m_db;
    QTimer m_dbWatch;       ///< PostgreSQL: reconnects a lost connection and LISTENs again.
    QTimer m_presenceSweep; ///< Renews this process's presence lease, sweeps crashed processes'.
    quint64 m_listenedAtLoss = 0;
    std::unique_ptr<ShopService> m_service;
    std::unique_ptr<StreamHub> m_hub;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<NetServer> m_net;
    int m_shutdownGraceMs = 0;
    std::unique_ptr<DemoTraffic> m_traffic;
    std::unique_ptr<EmailQueue> m_emailQueue;
    QUrl m_url;
};

} // namespace shopinbox::server
