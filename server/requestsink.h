#pragma once

#include "httpmessage.h"
#include "wspeer.h"

namespace shopinbox::server {

/**
 * @brief What NetServer hands complete requests to: the domain side of the server (HttpApi).
 *
 * bodyLimit() and isWebSocketPath() are called on the network threads and must only read state fixed at
 * construction. handle() and openWebSocket() are called on the Qt thread of the sink's QObject.
 */
class RequestSink
{
public:
    virtual ~RequestSink() = default;

    /** Largest body accepted for @p method @p path, checked from Content-Length before reading (413). */
    virtual qint64 bodyLimit(const QByteArray &method, const QString &path) const = 0;
    /** Whether an upgrade request for @p path becomes a WebSocket (else it is routed as plain HTTP). */
    virtual bool isWebSocketPath(const QString &path) const = 0;
    /** Largest message a WebSocket on @p path may send. */
    virtual qint64 webSocketMessageLimit(const QString &path) const = 0;
    /** Answers @p request through @p respond (now or later, from any thread). */
    virtual void handle(const HttpRequest &request, HttpResponder respond) = 0;
    /** A WebSocket on @p upgrade's path completed its handshake: authenticate, then start() or close(). */
    virtual void openWebSocket(const WsPeerPtr &peer, const HttpRequest &upgrade) = 0;
};

} // namespace shopinbox::server
