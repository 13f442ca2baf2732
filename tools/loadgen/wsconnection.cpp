#include "wsconnection.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket.hpp>

namespace shopinbox::loadgen {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = boost::asio::ip::tcp;

WsConnection::WsConnection(boost::asio::io_context &io)
    : m_ws(io)
{
}

void WsConnection::open(const tcp::endpoint &endpoint, const std::string &host, const std::string &target,
                        const std::string &authorization, OpenHandler onOpen, MessageHandler onMessage)
{
    m_onMessage = std::move(onMessage);
    m_host = host;
    m_target = target;
    if (!authorization.empty()) {
        m_ws.set_option(websocket::stream_base::decorator(
            [bearer = "Bearer " + authorization](websocket::request_type &request) {
                request.set(beast::http::field::authorization, bearer);
            }));
    }
    auto self = shared_from_this();
    beast::get_lowest_layer(m_ws).async_connect(
        endpoint, [self, onOpen = std::move(onOpen)](beast::error_code error) mutable {
            if (error) {
                onOpen(false);
                return;
            }
            // Browsers send WebSocket frames without Nagle's delay; so does this simulated shopper.
            beast::get_lowest_layer(self->m_ws).socket().set_option(tcp::no_delay(true));
            self->m_ws.async_handshake(self->m_host, self->m_target,
                                       [self, onOpen = std::move(onOpen)](beast::error_code error) {
                                           self->m_open = !error;
                                           onOpen(!error);
                                           if (!error) {
                                               self->read();
                                               self->writeNext();
                                           }
                                       });
        });
}

void WsConnection::read()
{
    auto self = shared_from_this();
    m_ws.async_read(m_buffer, [self](beast::error_code error, std::size_t) {
        if (error) {
            self->m_open = false;
            return;
        }
        const auto data = self->m_buffer.cdata();
        self->m_onMessage(std::string_view(static_cast<const char *>(data.data()), data.size()));
        self->m_buffer.consume(self->m_buffer.size());
        self->read();
    });
}

void WsConnection::send(std::string text)
{
    m_queue.push_back(std::move(text));
    writeNext();
}

void WsConnection::writeNext()
{
    if (m_writing || !m_open || m_queue.empty())
        return;
    m_writing = true;
    auto self = shared_from_this();
    m_ws.text(true);
    m_ws.async_write(boost::asio::buffer(m_queue.front()), [self](beast::error_code error, std::size_t) {
        self->m_writing = false;
        if (error) {
            self->m_open = false;
            return;
        }
        self->m_queue.pop_front();
        self->writeNext();
    });
}

void WsConnection::abort()
{
    m_open = false;
    beast::error_code ignored;
    beast::get_lowest_layer(m_ws).socket().close(ignored);
}

} // namespace shopinbox::loadgen
