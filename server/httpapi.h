#pragma once

#include "apiresult.h"
#include "netlimits.h"
#include "passwordworkers.h"
#include "requestsink.h"
#include "staffrepository.h"

#include <QObject>
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
 * The RequestSink of NetServer, with its own small router, so that every response — including 404, 405 and
 * 413 — is the same JSON error shape, and each request is logged once with method, path (control characters
 * escaped), status and duration (never the query string, which may carry a token, nor the body). Runs on the
 * Qt thread; the routing table is fixed at construction, so bodyLimit() may be asked from network threads.
 */
class HttpApi : public QObject, public RequestSink
{
    Q_OBJECT
public:
    HttpApi(ShopService &service, StreamHub &hub, const NetLimits &limits, QObject *parent = nullptr);

    qint64 bodyLimit(const QByteArray &method, const QString &path) const override;
    bool isWebSocketPath(const QString &path) const override;
    qint64 webSocketMessageLimit(const QString &path) const override;
    void handle(const HttpRequest &request, HttpResponder respond) override;
    void openWebSocket(const WsPeerPtr &peer, const HttpRequest &upgrade) override;

    struct Request
    {
        const HttpRequest &http;
        QStringList params;
        std::optional<StaffAccount> staff;
        QJsonObject json;
    };
    using Handler = std::function<ApiResult(Request &)>;

    /** Answers later (from any thread): handlers that wait for a worker, like the password check. */
    using AsyncHandler = std::function<void(Request &, const std::function<void(ApiResult)> &)>;

private:
    enum class Auth { None, Staff };
    enum class Body { None, Json, Raw };
    struct Route
    {
        QByteArray method;
        QStringList pattern; ///< path segments; "{}" matches one segment
        Auth auth;
        Body body;
        qint64 bodyLimit; ///< Largest body (Body::Raw routes have their own; JSON: NetLimits::jsonBodyBytes).
        Handler handler;
        AsyncHandler asyncHandler;
    };

    void addRoute(const char *method, const QString &path, Auth auth, Body body, Handler handler,
                  qint64 bodyLimit = 0);
    void addAsyncRoute(const char *method, const QString &path, Auth auth, Body body, AsyncHandler handler);
    void addRoutes();
    const Route *findRoute(const QByteArray &method, const QStringList &parts, QStringList *params,
                           QStringList *allowed) const;
    std::optional<HttpResponse> serveFile(const QString &name) const;
    static std::optional<HttpResponse> serveStorefrontFile(const QString &path);
    static QString bearerToken(const HttpRequest &request);
    /** What Access-Control-Allow-Origin says for @p request: "*", its Origin, or empty (not allowed). */
    QByteArray allowedOrigin(const HttpRequest &request);
    static HttpResponse jsonResponse(const ApiResult &result, const QByteArray &allowOrigin);

    ShopService &m_service;
    StreamHub &m_hub;
    const NetLimits m_limits;
    PasswordWorkers m_passwords;
    QList<Route> m_routes;
};

} // namespace shopinbox::server
