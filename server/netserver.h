#pragma once

#include "netlimits.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace shopinbox::server {

class RequestSink;

/**
 * @brief The network front of the shop server: HTTP/1.1 and WebSockets on Boost.Beast over Asio, plain or
 * TLS (OpenSSL).
 *
 * Threading: NetLimits::networkThreads Asio threads accept connections, run TLS, parse requests and frames,
 * enforce every limit and timeout, and write responses from bounded queues. Nothing on them touches the
 * database: each complete request and each WebSocket message is posted to the Qt thread that created the
 * NetServer, where the RequestSink (HttpApi, StreamHub) handles it with the server's one database connection;
 * the answer is posted back to the connection's strand. A slow or hostile peer therefore costs a socket and
 * its bounded buffers, never the event loop. See docs/security.md.
 */
class NetServer
{
public:
    NetServer(RequestSink &sink, const NetLimits &limits);
    ~NetServer();
    NetServer(const NetServer &) = delete;
    NetServer &operator=(const NetServer &) = delete;

    /**
     * Listens on @p address:@p port (0 picks one) and starts the network threads; TLS when both PEM files
     * are given. Returns an error sentence, empty on success.
     */
    QString listen(const QHostAddress &address, quint16 port, const QString &tlsCertificate = {},
                   const QString &tlsKey = {});
    /** The port listened on (after listen()). */
    quint16 port() const;
    /** Open connections (HTTP and WebSocket). */
    int connectionCount() const;
    /** The cap on open connections in effect (NetLimits::maxConnections or derived from RLIMIT_NOFILE). */
    int connectionCap() const;
    /** The cap per client address in effect: NetLimits::maxConnectionsPerAddress, at most a quarter of
     * connectionCap(); 0 when there is none. */
    int perAddressCap() const;
    /**
     * Stops accepting, closes every connection (WebSockets already sent their close frames) and joins the
     * network threads, waiting at most @p graceMs for connections to finish. Idempotent.
     */
    void stop(int graceMs = 3000);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace shopinbox::server
