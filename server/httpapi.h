#pragma once

#include "apiresult.h"
#include "netlimits.h"
#include "passwordworkers.h"
#include "requestsink.h"
#include "sessionrepository.h"
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

    /** Who a route accepts (docs/security.md, "Who may do what"). */
    enum class Principal {
        None,       ///< Anyone (sign-in, storefront settings, a new chat session).
        Staff,      ///< A valid staff token (`401 unauthorized` otherwise).
        Storefront, ///< A valid storefront session token (`401 invalid_session` otherwise).
        MailRelay,  ///< The inbound mail relay's secret (`403 inbound_disabled`, `401 unauthorized`).
    };
    /** What a Principal::Staff route needs beyond a valid token (`403 forbidden` otherwise). */
    enum class Permission { None, Chat, ManageShop };

    /** @brief One row of the route table as the tests and the documentation read it. */
    struct RouteInfo
    {
        QByteArray method;
        QString path; ///< With `{id}` for an id segment.
        Principal principal;
        Permission permission;
        bool beforePasswordChange; ///< Allowed while an invited member has not chosen a password.
    };
    /** Every route, in the order of the table (the WebSockets are not routes; see openWebSocket()). */
    QList<RouteInfo> routes() const;
    static const char *principalName(Principal principal);
    static const char *permissionName(Permission permission);

    struct Request
    {
        const HttpRequest &http;
        QStringList params;
        std::optional<StaffAccount> staff;
        std::optional<StorefrontSession> session;
        QJsonObject json;
    };
    using Handler = std::function<ApiResult(Request &)>;

    /** Answers later (from any thread): handlers that wait for a worker, like the password check. */
    using AsyncHandler = std::function<void(Request &, const std::function<void(ApiResult)> &)>;

private:
    enum class Body { None, Json, Raw };
    /** Who may call a route: the principal, the staff permission, and whether an invited member who has not
     *  chosen a password yet may (only sign-out and the password change). */
    struct Access
    {
        Principal principal = Principal::None;
        Permission permission = Permission::None;
        bool beforePasswordChange = false;
    };
    struct Route
    {
        QByteArray method;
        QStringList pattern; ///< path segments; "{}" matches one segment
        Access access;
        Body body;
        qint64 bodyLimit; ///< Largest body (Body::Raw routes have their own; JSON: NetLimits::jsonBodyBytes).
        Handler handler;
        AsyncHandler asyncHandler;
    };

    void addRoute(const char *method, const QString &path, Access access, Body body, Handler handler,
                  qint64 bodyLimit = 0);
    void addAsyncRoute(const char *method, const QString &path, Access access, Body body,
                       AsyncHandler handler);
    void addRoutes();     // httpapiroutes.cpp: the route table
    void addTeamRoutes(); // httpapiroutes.cpp: staff management, passwords, devices
    /** The principal and permission of @p route for @p r: empty when allowed, else the refusal. */
    std::optional<ApiResult> authorize(const Route &route, Request &r);
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
