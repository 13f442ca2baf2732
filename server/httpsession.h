#pragma once
// Private to the network front: one HTTP/1.1 connection, request by request (see NetServer).

#include "netshared.h"
#include "requesthead.h"
#include "wssession.h"

#include <QUrl>

#include <chrono>
#include <optional>

namespace shopinbox::server::net {

template<class Stream> class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream &&stream, std::unique_ptr<ConnectionSlot> slot, std::shared_ptr<NetShared> shared,
                const QHostAddress &peer, bool tls)
        : m_stream(std::move(stream))
        , m_slot(std::move(slot))
        , m_shared(std::move(shared))
        , m_peer(peer)
        , m_tls(tls)
        , m_id(m_shared->nextId++)
    {
    }
    ~HttpSession() { m_shared->untrack(m_id); }

    /** Serves the connection: TLS handshake (TLS streams), then requests until it closes. */
    void run()
    {
        auto self = this->shared_from_this();
        std::weak_ptr<HttpSession> weak = self;
        m_shared->track(m_id, [weak] {
            if (auto session = weak.lock())
                asio::post(session->m_stream.get_executor(), [session] { session->closeNow(); });
        });
        asio::dispatch(m_stream.get_executor(), [self] { self->begin(); });
    }

    /** Answers 503 with Retry-After (a connection over a cap) and closes. */
    void refuse()
    {
        auto self = this->shared_from_this();
        asio::dispatch(m_stream.get_executor(), [self] {
            HttpResponse response;
            response.status = 503;
            response.headers.emplaceBack(QByteArray("Retry-After"),
                                         QByteArray::number(self->m_shared->limits.retryAfterSeconds));
            const std::string body =
                errorJson("too_many_connections", "too many open connections; retry later");
            response.body = QByteArray(body.data(), static_cast<qsizetype>(body.size()));
            response.close = true;
            self->write(response);
        });
    }

private:
    void begin();
    void waitForRequest();
    void readHead();
    void onHead(beast::error_code error);
    void readBody();
    void dispatch();
    void write(const HttpResponse &response);
    void refuseRequest(int status, const char *code, const char *message);
    void finish();
    void closeNow();
    beast::tcp_stream &tcpLayer() { return beast::get_lowest_layer(m_stream); }

    Stream m_stream;
    std::unique_ptr<ConnectionSlot> m_slot;
    std::shared_ptr<NetShared> m_shared;
    QHostAddress m_peer;
    const bool m_tls;
    const quint64 m_id;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    unsigned m_version = 11;
    bool m_keepAlive = false;
    bool m_closed = false;
    HeadVerdict m_verdict;
};

template<class Stream> void HttpSession<Stream>::begin()
{
    if constexpr (std::is_same_v<Stream, TlsStream>) {
        auto self = this->shared_from_this();
        tcpLayer().expires_after(std::chrono::milliseconds(m_shared->limits.headTimeoutMs));
        m_stream.async_handshake(asio::ssl::stream_base::server, [self](beast::error_code error) {
            if (error) {
                self->closeNow();
                return;
            }
            self->readHead();
        });
    } else {
        readHead();
    }
}

template<class Stream> void HttpSession<Stream>::waitForRequest()
{
    // Kept alive: wait (idle timeout) for the first byte of the next request, then give its head the head
    // timeout. A pipelined request is already in the buffer.
    if (m_buffer.size() > 0) {
        readHead();
        return;
    }
    auto self = this->shared_from_this();
    tcpLayer().expires_after(std::chrono::milliseconds(m_shared->limits.idleTimeoutMs));
    m_stream.async_read_some(m_buffer.prepare(4096), [self](beast::error_code error, std::size_t bytes) {
        if (error) {
            self->closeNow();
            return;
        }
        self->m_buffer.commit(bytes);
        self->readHead();
    });
}

template<class Stream> void HttpSession<Stream>::readHead()
{
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_shared->limits.headBytes));
    m_parser->body_limit(static_cast<std::uint64_t>(m_shared->limits.mailBodyBytes));
    auto self = this->shared_from_this();
    tcpLayer().expires_after(std::chrono::milliseconds(m_shared->limits.headTimeoutMs));
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self](beast::error_code error, std::size_t) { self->onHead(error); });
}

template<class Stream> void HttpSession<Stream>::onHead(beast::error_code error)
{
    if (error == http::error::header_limit) {
        refuseRequest(431, "headers_too_large", "the request head may be at most 16 KiB");
        return;
    }
    if (error == http::error::body_limit) {
        // A declared Content-Length beyond the largest body of any route.
        refuseRequest(413, "too_large", "the request body is larger than this endpoint accepts");
        return;
    }
    if (error == beast::error::timeout || error == http::error::end_of_stream || error == asio::error::eof ||
        error == asio::error::connection_reset || error == asio::error::operation_aborted || !m_parser) {
        closeNow();
        return;
    }
    if (error) {
        refuseRequest(400, "bad_request", "malformed HTTP request");
        return;
    }
    m_version = m_parser->get().version();
    const HeadVerdict verdict = judgeHead(*m_parser, m_shared->sink);
    m_keepAlive = verdict.keepAlive;
    m_verdict = verdict;
    switch (verdict.kind) {
    case HeadVerdict::Kind::Refuse:
        refuseRequest(verdict.status, verdict.code, verdict.message);
        return;
    case HeadVerdict::Kind::WebSocket: {
        HttpRequest copy = toHttpRequest(m_parser->get(), verdict, m_peer, m_tls);
        m_shared->untrack(m_id);
        auto ws = std::make_shared<WsSession<Stream>>(std::move(m_stream), std::move(m_slot), m_shared,
                                                      m_shared->sink.webSocketMessageLimit(verdict.path));
        ws->accept(m_parser->release(), std::move(copy));
        m_closed = true;
        return;
    }
    case HeadVerdict::Kind::Complete:
        dispatch();
        return;
    case HeadVerdict::Kind::ReadBody:
        break;
    }
    m_parser->body_limit(static_cast<std::uint64_t>(verdict.bodyLimit));
    if (verdict.expectContinue) {
        auto self = this->shared_from_this();
        auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, m_version);
        tcpLayer().expires_after(std::chrono::milliseconds(m_shared->limits.writeTimeoutMs));
        http::async_write(m_stream, *interim, [self, interim](beast::error_code writeError, std::size_t) {
            if (writeError)
                self->closeNow();
            else
                self->readBody();
        });
        return;
    }
    readBody();
}

template<class Stream> void HttpSession<Stream>::readBody()
{
    auto self = this->shared_from_this();
    tcpLayer().expires_after(std::chrono::milliseconds(m_shared->limits.bodyTimeoutMs));
    http::async_read(m_stream, m_buffer, *m_parser, [self](beast::error_code error, std::size_t) {
        if (error == http::error::body_limit)
            self->refuseRequest(413, "too_large", "the request body is larger than this endpoint accepts");
        else if (error == beast::error::timeout || error == http::error::end_of_stream ||
                 error == asio::error::eof || error == asio::error::connection_reset)
            self->closeNow();
        else if (error)
            self->refuseRequest(400, "bad_request", "malformed HTTP request body");
        else
            self->dispatch();
    });
}

template<class Stream> void HttpSession<Stream>::dispatch()
{
    tcpLayer().expires_never();
    http::request<http::string_body> request = m_parser->release();
    m_parser.reset();
    HttpRequest copy =
        toHttpRequest(request, m_verdict, m_peer, m_tls,
                      QByteArray(request.body().data(), static_cast<qsizetype>(request.body().size())));
    auto self = this->shared_from_this();
    HttpResponder respond = [self](HttpResponse response) {
        asio::post(self->m_stream.get_executor(),
                   [self, response = std::move(response)] { self->write(response); });
    };
    m_shared->toQt([shared = m_shared, copy = std::move(copy), respond = std::move(respond)] {
        shared->sink.handle(copy, respond);
    });
}

template<class Stream>
void HttpSession<Stream>::refuseRequest(int status, const char *code, const char *message)
{
    qCInfo(lcServerHttp).noquote() << m_verdict.method << logSafe(m_verdict.path.toUtf8()) << status
                                   << "(refused:" << code << ")";
    HttpResponse response;
    response.status = status;
    const std::string body = errorJson(code, message);
    response.body = QByteArray(body.data(), static_cast<qsizetype>(body.size()));
    response.close = true;
    write(response);
}

template<class Stream> void HttpSession<Stream>::write(const HttpResponse &response)
{
    if (m_closed)
        return;
    auto message = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(response.status), m_version);
    bool typed = false;
    for (const auto &[name, value] : response.headers) {
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        message->set(beast::string_view(name.constData(), static_cast<std::size_t>(name.size())),
                     beast::string_view(value.constData(), static_cast<std::size_t>(value.size())));
    }
    if (!typed && !response.body.isEmpty())
        message->set(http::field::content_type, "application/json");
    if (m_tls)
        message->set(http::field::strict_transport_security, "max-age=31536000");
    message->body().assign(response.body.constData(), static_cast<std::size_t>(response.body.size()));
    const bool keepAlive = m_keepAlive && !response.close;
    message->keep_alive(keepAlive);
    message->prepare_payload();
    auto self = this->shared_from_this();
    tcpLayer().expires_after(std::chrono::milliseconds(m_shared->limits.writeTimeoutMs));
    http::async_write(m_stream, *message, [self, message, keepAlive](beast::error_code error, std::size_t) {
        if (error)
            self->closeNow();
        else if (keepAlive)
            self->waitForRequest();
        else
            self->finish();
    });
}

template<class Stream> void HttpSession<Stream>::finish()
{
    // Lingering close: stop sending, then read (and drop) what the peer still sends — at most 64 MiB for at
    // most 5 s — so that a refused body in flight does not turn into a reset that destroys the response
    // before the client has read it.
    auto self = this->shared_from_this();
    if constexpr (std::is_same_v<Stream, TlsStream>) {
        tcpLayer().expires_after(std::chrono::seconds(2));
        m_stream.async_shutdown([self](beast::error_code) { self->closeNow(); });
    } else {
        beast::error_code ignored;
        tcpLayer().socket().shutdown(tcp::socket::shutdown_send, ignored);
        tcpLayer().expires_after(std::chrono::seconds(5));
        m_buffer.clear();
        auto drained = std::make_shared<std::size_t>(0);
        auto drain = std::make_shared<std::function<void()>>();
        *drain = [self, drain, drained] {
            self->m_stream.async_read_some(
                self->m_buffer.prepare(16384),
                [self, drain, drained](beast::error_code error, std::size_t bytes) {
                    self->m_buffer.commit(bytes);
                    self->m_buffer.consume(self->m_buffer.size());
                    *drained += bytes;
                    if (error || *drained > (std::size_t{64} << 20)) {
                        *drain = nullptr; // breaks the cycle
                        self->closeNow();
                    } else {
                        (*drain)();
                    }
                });
        };
        (*drain)();
    }
}

template<class Stream> void HttpSession<Stream>::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    beast::error_code ignored;
    tcpLayer().socket().shutdown(tcp::socket::shutdown_both, ignored);
    tcpLayer().close();
    m_shared->untrack(m_id);
}

} // namespace shopinbox::server::net
