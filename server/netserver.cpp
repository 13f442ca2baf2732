#include "netserver.h"

#include "httpsession.h"
#include "netshared.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <openssl/ssl.h>
#include <sys/resource.h>

#include <thread>
#include <vector>

namespace shopinbox::server {

using namespace net;

namespace {

// Forward-secret AEAD suites only for TLS 1.2 (TLS 1.3 has nothing else and is preferred by OpenSSL).
constexpr const char *Tls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                     "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                     "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

int capFromDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 20'000;
    // Descriptors the rest of the process needs: the database, the log, media files, mail, Qt's own.
    const auto cap = static_cast<long long>(limit.rlim_cur) - 128;
    return static_cast<int>(std::clamp<long long>(cap, 16, 1'000'000));
}

} // namespace

struct NetServer::Impl
{
    Impl(RequestSink &sink, const NetLimits &limits)
        : dispatcher(std::make_unique<QObject>())
        , shared(std::make_shared<NetShared>(sink, limits, dispatcher.get()))
        , acceptor(io)
        , retry(io)
    {
        shared->connectionCap = limits.maxConnections > 0 ? limits.maxConnections : capFromDescriptorLimit();
        // One address never takes more than a quarter of all connections, so that a single attacker leaves
        // room for everyone else however low the descriptor limit is.
        shared->perAddressCap =
            limits.maxConnectionsPerAddress > 0
                ? std::min(limits.maxConnectionsPerAddress, std::max(1, shared->connectionCap / 4))
                : 0;
    }

    void accept()
    {
        acceptor.async_accept(asio::make_strand(io), [this](beast::error_code error, tcp::socket socket) {
            if (error == asio::error::operation_aborted || shared->stopping)
                return;
            if (error) {
                // Out of descriptors (EMFILE/ENFILE) or similar: back off instead of spinning on accept.
                qCWarning(lcServerHttp) << "accept failed:" << error.message().c_str();
                retry.expires_after(std::chrono::milliseconds(50));
                retry.async_wait([this](beast::error_code timerError) {
                    if (!timerError)
                        accept();
                });
                return;
            }
            onAccepted(std::move(socket));
            accept();
        });
    }

    void onAccepted(tcp::socket socket)
    {
        beast::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored); // small frames must not wait for Nagle
        const tcp::endpoint remote = socket.remote_endpoint(ignored);
        const std::string address = remote.address().to_string();
        QHostAddress peer(QString::fromStdString(address));
        const bool admitted = shared->admit(address);
        if (!admitted)
            qCInfo(lcServerHttp).noquote()
                << "connection refused: over a connection cap (" << shared->connections.load() << "open)";
        auto slot = admitted ? std::make_unique<ConnectionSlot>(shared, address) : nullptr;
        if (tls) {
            if (!admitted)
                return; // a TLS handshake would cost more than the refusal is worth: just close
            auto session = std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *tls),
                                                                    std::move(slot), shared, peer, true);
            session->run();
            return;
        }
        auto session = std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)),
                                                                  std::move(slot), shared, peer, false);
        if (admitted)
            session->run();
        else
            session->refuse();
    }

    asio::io_context io;
    std::unique_ptr<QObject> dispatcher;
    std::shared_ptr<NetShared> shared;
    tcp::acceptor acceptor;
    asio::steady_timer retry;
    std::optional<asio::ssl::context> tls;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::vector<std::thread> threads;
    quint16 port = 0;
    bool stopped = false;
};

NetServer::NetServer(RequestSink &sink, const NetLimits &limits)
    : d(std::make_unique<Impl>(sink, limits))
{
}

NetServer::~NetServer()
{
    try {
        stop(0);
    } catch (...) { // NOLINT(bugprone-empty-catch): nothing to do about a failing join at exit
    }
}

QString NetServer::listen(const QHostAddress &address, quint16 port, const QString &tlsCertificate,
                          const QString &tlsKey)
{
    if (!tlsCertificate.isEmpty() || !tlsKey.isEmpty()) {
        if (!QFile(tlsCertificate).open(QIODevice::ReadOnly) || !QFile(tlsKey).open(QIODevice::ReadOnly))
            return QStringLiteral("--tls-cert and --tls-key must both name readable PEM files");
        d->tls.emplace(asio::ssl::context::tls_server);
        asio::ssl::context &context = *d->tls;
        context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                            asio::ssl::context::no_tlsv1_1 | asio::ssl::context::no_compression |
                            asio::ssl::context::single_dh_use);
        SSL_CTX *native = context.native_handle();
        SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
        SSL_CTX_set_options(native, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
        if (SSL_CTX_set_cipher_list(native, Tls12Ciphers) != 1)
            return QStringLiteral("OpenSSL refused the TLS 1.2 cipher list");
        beast::error_code error;
        context.use_certificate_chain_file(tlsCertificate.toStdString(), error);
        if (!error)
            context.use_private_key_file(tlsKey.toStdString(), asio::ssl::context::pem, error);
        if (error)
            return QStringLiteral("the TLS certificate or key could not be read (PEM expected): %1")
                .arg(QString::fromStdString(error.message()));
    }
    beast::error_code error;
    const auto ip = asio::ip::make_address(address.toString().toStdString(), error);
    if (error)
        return QStringLiteral("--host must be an IP address, got \"%1\"").arg(address.toString());
    const tcp::endpoint endpoint(ip, port);
    d->acceptor.open(endpoint.protocol(), error);
    if (!error)
        d->acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        d->acceptor.bind(endpoint, error);
    if (!error)
        d->acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return QStringLiteral("cannot listen on %1:%2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(QString::fromStdString(error.message()));
    d->port = d->acceptor.local_endpoint(error).port();
    d->accept();
    d->work.emplace(d->io.get_executor());
    const int threads = std::max(1, d->shared->limits.networkThreads);
    for (int i = 0; i < threads; ++i)
        d->threads.emplace_back([this] { d->io.run(); });
    qCInfo(lcServerHttp) << "listening with" << threads << "network threads, at most"
                         << d->shared->connectionCap << "connections," << d->shared->perAddressCap
                         << "per address (0: no cap)";
    return {};
}

quint16 NetServer::port() const
{
    return d->port;
}

int NetServer::connectionCount() const
{
    return d->shared->connections.load();
}

int NetServer::connectionCap() const
{
    return d->shared->connectionCap;
}

int NetServer::perAddressCap() const
{
    return d->shared->perAddressCap;
}

void NetServer::stop(int graceMs)
{
    if (d->stopped)
        return;
    d->stopped = true;
    d->shared->stopping = true;
    asio::post(d->io, [this] {
        beast::error_code ignored;
        d->acceptor.close(ignored);
        d->retry.cancel();
    });
    // Plain HTTP connections close now (the domain side stops with us, nothing more would be answered);
    // WebSockets were sent their close frames by the hub: give them a moment to finish the handshake.
    d->shared->shutdownAll(false);
    QElapsedTimer waited;
    waited.start();
    while (d->shared->liveCount() > 0 && waited.elapsed() < graceMs)
        QThread::msleep(5);
    d->shared->shutdownAll(true);
    d->work.reset();
    QElapsedTimer closing;
    closing.start();
    while (d->shared->liveCount() > 0 && closing.elapsed() < 1000)
        QThread::msleep(5);
    d->io.stop();
    for (std::thread &thread : d->threads)
        thread.join();
    d->threads.clear();
    // Work still queued for the Qt side goes with the dispatcher: nothing reaches the sink after stop().
    d->dispatcher.reset();
}

} // namespace shopinbox::server
