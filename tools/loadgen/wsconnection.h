#pragma once
// One WebSocket client connection of the load generator, on Boost.Beast (epoll through Asio).
//
// Qt's socket notifiers are polled one by one on every event-loop wake-up, which costs a Qt-based load
// generator O(sockets) per frame; with 10,000 sockets that, not the server, was the limit (issue 16).

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace shopinbox::loadgen {

/** A client WebSocket: opens, reads every text message into a handler, sends queued text messages. */
class WsConnection : public std::enable_shared_from_this<WsConnection>
{
public:
    using MessageHandler = std::function<void(std::string_view)>;
    using OpenHandler = std::function<void(bool opened)>;

    explicit WsConnection(boost::asio::io_context &io);

    /** Connects to @p endpoint and upgrades @p target; @p authorization, if not empty, is sent as a bearer
     *  token. @p onMessage sees every text message, @p onOpen the handshake's outcome. */
    void open(const boost::asio::ip::tcp::endpoint &endpoint, const std::string &host,
              const std::string &target, const std::string &authorization, OpenHandler onOpen,
              MessageHandler onMessage);
    /** Queues @p text; frames go out in order, one write at a time. */
    void send(std::string text);
    /** Closes the socket at once (no closing handshake: the run is over). */
    void abort();

private:
    void read();
    void writeNext();

    boost::beast::websocket::stream<boost::beast::tcp_stream> m_ws;
    boost::beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    MessageHandler m_onMessage;
    std::string m_host;
    std::string m_target;
    bool m_writing = false;
    bool m_open = false;
};

} // namespace shopinbox::loadgen
