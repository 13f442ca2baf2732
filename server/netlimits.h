#pragma once

#include <QtGlobal>

namespace shopinbox::server {

/**
 * @brief What one client may cost the server: sizes, timeouts and connection caps of the HTTP and WebSocket
 * front (NetServer). The defaults are the production values documented in docs/security.md; tests shrink the
 * timeouts to reach their observable end quickly.
 */
struct NetLimits
{
    // HTTP
    int headBytes = 16 * 1024;                        ///< Request line + headers; more: 431.
    qint64 jsonBodyBytes = qint64{1024} * 1024;       ///< JSON API bodies; more: 413.
    qint64 mediaBodyBytes = qint64{10} * 1024 * 1024; ///< POST /api/v1/media.
    qint64 mailBodyBytes = qint64{25} * 1024 * 1024;  ///< POST /api/v1/inbound-email.
    int headTimeoutMs = 10'000;  ///< From the first byte of a request to the end of its head.
    int bodyTimeoutMs = 60'000;  ///< From the end of the head to the end of the body.
    int idleTimeoutMs = 30'000;  ///< A kept-alive connection waiting for its next request.
    int writeTimeoutMs = 30'000; ///< One response (or WebSocket frame) written to a peer that does not read.
    int maxConnections = 0;      ///< Open connections in all; 0: from the descriptor limit (RLIMIT_NOFILE).
    int maxConnectionsPerAddress = 256; ///< Open connections of one client address; 0: no cap.
    int retryAfterSeconds = 5;          ///< Retry-After of a 503 for a connection over a cap.

    // WebSocket
    qint64 chatMessageBytes =
        qint64{64} * 1024;                      ///< One chat message; more: an error frame, the socket stays.
    qint64 chatFrameBytes = qint64{256} * 1024; ///< A chat message this large is not read at all: close 1009.
    qint64 streamMessageBytes =
        qint64{4} * 1024; ///< One message from a staff stream (they are ignored anyway).
    qint64 sendPauseBytes = qint64{1024} * 1024; ///< A stream with more queued is paused (catches up later).
    qint64 sendResumeBytes = qint64{256} * 1024; ///< ... and resumed when its queue is below this.
    qint64 sendHardBytes = qint64{8} * 1024 * 1024; ///< A socket with more queued is dropped.
    int pingsPerMinute = 120;                       ///< Pings from a peer above this rate: close 1008.
    int wsIdleTimeoutMs = 60'000;      ///< Nothing received for this long (our ping at half of it): dropped.
    int wsHandshakeTimeoutMs = 10'000; ///< Opening and closing handshakes.
    int inFlightMessages = 16; ///< Chat messages of one socket waiting for the domain; reading pauses.

    int networkThreads = 2;     ///< Asio threads: accept, TLS, parsing, frames and writes.
    int shutdownGraceMs = 3000; ///< At shutdown, how long WebSockets may take to finish their close.
};

} // namespace shopinbox::server
