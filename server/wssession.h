#pragma once
// Private to the network front: one WebSocket connection (see NetServer, WsPeer).

#include "netshared.h"

#include <QByteArray>

#include <chrono>
#include <deque>

namespace shopinbox::server::net {

template<class Stream> class WsSession : public WsPeer, public std::enable_shared_from_this<WsSession<Stream>>
{
public:
    WsSession(Stream &&stream, std::unique_ptr<ConnectionSlot> slot, std::shared_ptr<NetShared> shared,
              qint64 messageLimit)
        : m_ws(std::move(stream))
        , m_slot(std::move(slot))
        , m_shared(std::move(shared))
        , m_stall(m_ws.get_executor())
        , m_id(m_shared->nextId++)
        , m_messageLimit(messageLimit)
    {
    }
    ~WsSession() override { m_shared->untrack(m_id); }

    /** Completes the opening handshake of @p upgrade, then hands the peer to the sink (Qt thread). */
    void accept(http::request<http::string_body> upgrade, HttpRequest request)
    {
        auto self = this->shared_from_this();
        std::weak_ptr<WsSession> weak = self;
        m_shared->track(
            m_id,
            [weak] {
                if (auto session = weak.lock())
                    asio::post(session->m_ws.get_executor(), [session] { session->abort(); });
            },
            true);
        beast::get_lowest_layer(m_ws).expires_never();
        websocket::stream_base::timeout timeout{};
        timeout.handshake_timeout = std::chrono::milliseconds(m_shared->limits.wsHandshakeTimeoutMs);
        timeout.idle_timeout = std::chrono::milliseconds(m_shared->limits.wsIdleTimeoutMs);
        timeout.keep_alive_pings = true;
        m_ws.set_option(timeout);
        m_ws.set_option(websocket::stream_base::decorator([](websocket::response_type &response) {
            response.set(http::field::server, "shop-inbox-server");
        }));
        m_ws.read_message_max(static_cast<std::size_t>(m_messageLimit));
        m_ws.auto_fragment(false);
        m_ws.control_callback([this](websocket::frame_type kind, beast::string_view) {
            if (kind == websocket::frame_type::ping)
                countPing();
        });
        m_ws.async_accept(upgrade, [self, request = std::move(request)](beast::error_code error) {
            if (error)
                return;
            self->m_open = true;
            self->m_shared->toQt([self, request] { self->m_shared->sink.openWebSocket(self, request); });
        });
    }

    // WsPeer
    quint64 id() const override { return m_id; }
    void start(Handlers handlers) override
    {
        m_handlers = std::move(handlers); // Qt thread only from here on
        auto self = this->shared_from_this();
        asio::post(m_ws.get_executor(), [self] { self->read(); });
    }
    void sendText(const QByteArray &utf8) override
    {
        auto frame =
            std::make_shared<const std::string>(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        m_queued += static_cast<qint64>(frame->size());
        auto self = this->shared_from_this();
        asio::post(m_ws.get_executor(), [self, frame] { self->enqueue(frame); });
    }
    void close(int code, const QByteArray &reason) override
    {
        auto self = this->shared_from_this();
        asio::post(m_ws.get_executor(), [self, code, reason] {
            if (self->m_closing || self->m_gone)
                return;
            self->m_closing = true;
            self->m_closeReason.code = static_cast<std::uint16_t>(code);
            self->m_closeReason.reason.assign(reason.constData(), static_cast<std::size_t>(reason.size()));
            if (!self->m_writing)
                self->sendClose();
        });
    }
    qint64 queuedBytes() const override { return m_queued.load(); }
    void notifyWhenDrained() override
    {
        auto self = this->shared_from_this();
        asio::post(m_ws.get_executor(), [self] {
            if (self->m_queued.load() <= self->m_shared->limits.sendResumeBytes)
                self->reportDrained();
            else
                self->m_drainWanted = true;
        });
    }
    void messageHandled() override
    {
        if (--m_inFlight < m_shared->limits.inFlightMessages) {
            auto self = this->shared_from_this();
            asio::post(m_ws.get_executor(), [self] {
                if (self->m_readPaused && !self->m_gone) {
                    self->m_readPaused = false;
                    self->read();
                }
            });
        }
    }

private:
    void read()
    {
        if (m_gone || m_reading)
            return;
        if (m_inFlight.load() >= m_shared->limits.inFlightMessages) {
            m_readPaused = true; // the domain has enough of this peer's messages: TCP holds the rest
            return;
        }
        m_reading = true;
        auto self = this->shared_from_this();
        m_ws.async_read(m_buffer, [self](beast::error_code error, std::size_t) {
            self->m_reading = false;
            if (error) {
                self->gone();
                return;
            }
            const auto data = self->m_buffer.cdata();
            QByteArray payload(static_cast<const char *>(data.data()), static_cast<qsizetype>(data.size()));
            self->m_buffer.consume(self->m_buffer.size());
            const bool binary = !self->m_ws.got_text();
            ++self->m_inFlight;
            self->m_shared->toQt([self, payload, binary] {
                if (self->m_handlers.message)
                    self->m_handlers.message(payload, binary);
                else
                    self->messageHandled();
            });
            self->read();
        });
    }

    void enqueue(const std::shared_ptr<const std::string> &frame)
    {
        if (m_gone || m_closing) {
            m_queued -= static_cast<qint64>(frame->size());
            return;
        }
        if (m_queued.load() > m_shared->limits.sendHardBytes) {
            // Paused streams never get here (StreamHub stops at sendPauseBytes); this is the backstop.
            qCInfo(lcServerStream) << "dropping a WebSocket whose send queue passed"
                                   << m_shared->limits.sendHardBytes << "bytes";
            m_queued -= static_cast<qint64>(frame->size());
            abort();
            return;
        }
        m_queue.push_back(frame);
        if (!m_writing)
            write();
    }

    void write()
    {
        if (m_queue.empty() || m_gone)
            return;
        m_writing = true;
        auto self = this->shared_from_this();
        const std::shared_ptr<const std::string> frame = m_queue.front();
        m_ws.text(true);
        armStall();
        m_ws.async_write(asio::buffer(*frame), [self, frame](beast::error_code error, std::size_t) {
            self->m_stall.cancel();
            self->m_writing = false;
            self->m_queue.pop_front();
            self->m_queued -= static_cast<qint64>(frame->size());
            if (error) {
                self->gone();
                return;
            }
            if (self->m_drainWanted && self->m_queued.load() <= self->m_shared->limits.sendResumeBytes) {
                self->m_drainWanted = false;
                self->reportDrained();
            }
            if (!self->m_queue.empty())
                self->write();
            else if (self->m_closing)
                self->sendClose();
        });
    }

    void sendClose()
    {
        if (m_closeSent || m_gone)
            return;
        m_closeSent = true;
        auto self = this->shared_from_this();
        armStall();
        m_ws.async_close(m_closeReason, [self](beast::error_code) {
            self->m_stall.cancel();
            self->gone();
        });
    }

    void armStall()
    {
        // A peer that does not read: the write (or close) does not finish, and the connection is dropped.
        m_stall.expires_after(std::chrono::milliseconds(m_shared->limits.writeTimeoutMs));
        std::weak_ptr<WsSession> weak = this->shared_from_this();
        m_stall.async_wait([weak](beast::error_code error) {
            if (error)
                return;
            if (auto self = weak.lock()) {
                qCInfo(lcServerStream) << "dropping a WebSocket peer that stopped reading";
                self->abort();
            }
        });
    }

    void countPing()
    {
        const auto now = std::chrono::steady_clock::now();
        if (now - m_pingWindow > std::chrono::minutes(1)) {
            m_pingWindow = now;
            m_pings = 0;
        }
        if (++m_pings > m_shared->limits.pingsPerMinute && !m_closing) {
            auto self = this->shared_from_this();
            asio::post(m_ws.get_executor(), [self] {
                qCInfo(lcServerStream) << "closing a WebSocket that floods pings";
                self->close(1008, QByteArrayLiteral("too many pings"));
            });
        }
    }

    void reportDrained()
    {
        auto self = this->shared_from_this();
        m_shared->toQt([self] {
            if (self->m_handlers.drained && !self->m_closedReported)
                self->m_handlers.drained();
        });
    }

    void abort()
    {
        beast::error_code ignored;
        beast::get_lowest_layer(m_ws).socket().shutdown(tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(m_ws).socket().close(ignored);
        gone();
    }

    void gone()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_stall.cancel();
        m_shared->untrack(m_id);
        if (!m_open)
            return;
        auto self = this->shared_from_this();
        m_shared->toQt([self] {
            self->m_closedReported = true;
            if (self->m_handlers.closed)
                self->m_handlers.closed();
            self->m_handlers = {}; // breaks the cycle peer -> handlers -> hub state -> peer
        });
    }

    websocket::stream<Stream> m_ws;
    std::unique_ptr<ConnectionSlot> m_slot;
    std::shared_ptr<NetShared> m_shared;
    asio::steady_timer m_stall;
    const quint64 m_id;
    const qint64 m_messageLimit;
    beast::flat_buffer m_buffer;
    std::deque<std::shared_ptr<const std::string>> m_queue; // strand only
    std::atomic<qint64> m_queued{0};
    std::atomic<int> m_inFlight{0};
    websocket::close_reason m_closeReason;
    std::chrono::steady_clock::time_point m_pingWindow{};
    int m_pings = 0;
    bool m_open = false; // handshake done: the sink knows the peer
    bool m_reading = false;
    bool m_readPaused = false;
    bool m_writing = false;
    bool m_closing = false;
    bool m_closeSent = false;
    bool m_drainWanted = false;
    bool m_gone = false;
    Handlers m_handlers;           // Qt thread only
    bool m_closedReported = false; // Qt thread only
};

} // namespace shopinbox::server::net
