#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace shopinbox::server {

/**
 * @brief A parsed HTTP request as the domain side sees it: complete, within the limits (NetLimits), and
 * independent of the network library (NetServer parses it on its threads, HttpApi handles it on Qt's).
 */
struct HttpRequest
{
    QByteArray method;  ///< "GET", "POST", ... as sent (upper case for the known methods).
    QString path;       ///< Percent-decoded path, without the query.
    QUrlQuery urlQuery; ///< The query string.
    QList<QPair<QByteArray, QByteArray>> headers; ///< Names lower-cased, in arrival order.
    QByteArray content;                           ///< The body.
    QHostAddress peer;                            ///< The TCP peer (proxy headers are not read).
    bool tls = false;

    /** The first value of header @p name (case-insensitive), empty when absent. */
    QByteArray value(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const auto &[key, headerValue] : headers) {
            if (key == lower)
                return headerValue;
        }
        return {};
    }
    const QUrlQuery &query() const { return urlQuery; }
    const QByteArray &body() const { return content; }
    const QHostAddress &remoteAddress() const { return peer; }
};

/** An HTTP response: status, headers (Content-Length and Connection are added by NetServer) and body. */
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false; ///< Close the connection after it (keep-alive otherwise, when the request allows).
};

/** Answers one request; callable once, from any thread. */
using HttpResponder = std::function<void(HttpResponse)>;

} // namespace shopinbox::server
