#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

namespace shopinbox::server {

/**
 * @brief One accepted WebSocket connection, as the domain side (StreamHub) holds it.
 *
 * A thread-safe handle: the socket itself lives on a NetServer thread. sendText() and close() may be called
 * from any thread; the handlers passed to start() are called on the Qt thread, one at a time, in order, and
 * never after closed(). Frames arrive only after start(); until then the peer only waits (for the domain to
 * authenticate it).
 */
class WsPeer
{
public:
    struct Handlers
    {
        std::function<void(const QByteArray &payload, bool binary)> message; ///< A complete message.
        std::function<void()> drained; ///< The send queue went below NetLimits::sendResumeBytes (asked for).
        std::function<void()> closed;  ///< The connection is gone (closed by either side or dropped).
    };

    virtual ~WsPeer() = default;

    /** Unique in the process. */
    virtual quint64 id() const = 0;
    /** Starts reading frames and delivering them to @p handlers (Qt thread). */
    virtual void start(Handlers handlers) = 0;
    /** Queues a text frame (UTF-8). */
    virtual void sendText(const QByteArray &utf8) = 0;
    /** Sends a close frame with @p code and @p reason after what is queued, then closes. */
    virtual void close(int code, const QByteArray &reason) = 0;
    /** Bytes queued and not yet written to the socket. */
    virtual qint64 queuedBytes() const = 0;
    /** Asks for one drained() call once the queue is below NetLimits::sendResumeBytes (at once when it is).
     */
    virtual void notifyWhenDrained() = 0;
    /** Messages handed to the domain and not yet handled: the handler calls this when done with one. */
    virtual void messageHandled() = 0;
};

using WsPeerPtr = std::shared_ptr<WsPeer>;

} // namespace shopinbox::server
