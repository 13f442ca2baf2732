#pragma once

#include "apiresult.h"
#include "staffrepository.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopinbox::server {

class ShopService;
class StreamHub;
struct SyncFrames;

/** The body of a `GET /api/v1/sync` page: the stored event frames spliced in, byte for byte the protocol. */
QByteArray syncPageBody(const SyncFrames &page);

/**
 * @brief The HTTP and WebSocket front of the shop server: staff API, storefront API, media, streams.
 *
 * A QAbstractHttpServer with its own small router, so that every response — including 404, 405 and 413 — is
 * the same JSON error shape, and each request is logged once with method, path, status and duration (never
 * the query string, which may carry a token).
 */
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /** Largest JSON body accepted. */
    static constexpr qint64 MaxJsonBytes = qint64{1024} * 1024;

    HttpApi(ShopService &service, StreamHub &hub, QObject *parent = nullptr);

    struct Request
    {
        const QHttpServerRequest &http;
        QStringList params;
        std::optional<StaffAccount> staff;
        QJsonObject json;
    };
    using Handler = std::function<ApiResult(Request &)>;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Auth { None, Staff };
    enum class Body { None, Json, Raw };
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList pattern; ///< path segments; "{}" matches one segment
        Auth auth;
        Body body;
        Handler handler;
    };

    void addRoute(QHttpServerRequest::Method method, const QString &path, Auth auth, Body body,
                  Handler handler);
    void addRoutes();
    void onWebSocket();
    bool serveFile(const QHttpServerRequest &request, QTcpSocket *socket, const QString &name);
    bool serveStorefrontFile(const QHttpServerRequest &request, QTcpSocket *socket, const QString &path);
    static QString bearerToken(const QHttpServerRequest &request);
    static void respond(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &body,
                        const QByteArray &contentType, int status, bool cors);

    ShopService &m_service;
    StreamHub &m_hub;
    QList<Route> m_routes;
};

} // namespace shopinbox::server
