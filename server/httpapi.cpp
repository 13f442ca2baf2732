#include "httpapi.h"

#include "codec/imagetype.h"
#include "codec/jsoncodec.h"
#include "fieldcheck.h"
#include "httpstatus.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "shopservice.h"
#include "streamhub.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QUrlQuery>

namespace shopinbox::server {

namespace {

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QByteArray toJson(const ApiResult &result)
{
    if (!result.raw.isEmpty())
        return result.raw;
    return result.isArray ? QJsonDocument(result.array).toJson(QJsonDocument::Compact)
                          : QJsonDocument(result.body).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray syncPageBody(const SyncFrames &page)
{
    QByteArray body = "{\"events\":[";
    for (qsizetype i = 0; i < page.frames.size(); ++i) {
        if (i > 0)
            body += ',';
        body += page.frames.at(i);
    }
    body += "],\"has_more\":" + QByteArray(page.hasMore ? "true" : "false") +
            ",\"next_since\":" + QByteArray::number(page.nextSince) +
            ",\"email_replies\":" + QByteArray(page.emailReplies ? "true" : "false") + '}';
    return body;
}

HttpApi::HttpApi(ShopService &service, StreamHub &hub, const NetLimits &limits, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_hub(hub)
    , m_limits(limits)
    , m_passwords(std::max(1, QThread::idealThreadCount()))
{
    addRoutes();
}

QByteArray HttpApi::allowedOrigin(const HttpRequest &request)
{
    // The shop's allow-list (settings "allowed_origins"); empty or absent: any origin ("*").
    const ServiceResult<QJsonObject> settings = m_service.shopSettings().settings(m_service.defaultShopId());
    const QJsonArray allowed =
        settings ? settings->value(QStringLiteral("allowed_origins")).toArray() : QJsonArray();
    if (allowed.isEmpty())
        return QByteArrayLiteral("*");
    QByteArray origin = request.value("Origin");
    for (const auto &entry : allowed) {
        if (entry.toString().toUtf8() == origin.toLower())
            return origin;
    }
    return {};
}

HttpResponse HttpApi::jsonResponse(const ApiResult &result, const QByteArray &allowOrigin)
{
    HttpResponse response;
    response.status = result.status;
    response.body = toJson(result);
    response.headers = {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}};
    if (result.status == 503)
        response.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("2"));
    // The storefront widget runs on the merchant's own domain: its responses allow that origin (or any).
    if (!allowOrigin.isEmpty())
        response.headers.emplaceBack(QByteArray("Access-Control-Allow-Origin"), allowOrigin);
    if (!allowOrigin.isEmpty() && allowOrigin != "*")
        response.headers.emplaceBack(QByteArray("Vary"), QByteArray("Origin"));
    return response;
}

void HttpApi::addRoute(const char *method, const QString &path, Access access, Body body, Handler handler,
                       qint64 bodyLimit)
{
    m_routes.append(Route{QByteArray(method),
                          segments(path),
                          access,
                          body,
                          body == Body::Raw ? bodyLimit : m_limits.jsonBodyBytes,
                          std::move(handler),
                          {}});
}

void HttpApi::addAsyncRoute(const char *method, const QString &path, Access access, Body body,
                            AsyncHandler handler)
{
    m_routes.append(Route{
        QByteArray(method), segments(path), access, body, m_limits.jsonBodyBytes, {}, std::move(handler)});
}

QList<HttpApi::RouteInfo> HttpApi::routes() const
{
    QList<RouteInfo> infos;
    for (const Route &route : m_routes) {
        QStringList path = route.pattern;
        path.replaceInStrings(QStringLiteral("{}"), QStringLiteral("{id}"));
        infos.append(RouteInfo{route.method, QLatin1Char('/') + path.join(QLatin1Char('/')),
                               route.access.principal, route.access.permission,
                               route.access.beforePasswordChange});
    }
    return infos;
}

const char *HttpApi::principalName(Principal principal)
{
    switch (principal) {
    case Principal::None:
        return "none";
    case Principal::Staff:
        return "staff";
    case Principal::Storefront:
        return "storefront session";
    case Principal::MailRelay:
        return "mail relay";
    }
    return "";
}

const char *HttpApi::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::None:
        return "";
    case Permission::Chat:
        return "chat";
    case Permission::ManageShop:
        return "manage_shop";
    }
    return "";
}

std::optional<ApiResult> HttpApi::authorize(const Route &route, Request &r)
{
    const Access &access = route.access;
    switch (access.principal) {
    case Principal::None:
        return std::nullopt;
    case Principal::Storefront:
        r.session = m_service.storefront().session(bearerToken(r.http));
        if (!r.session)
            return ApiResult::error(
                401, QStringLiteral("invalid_session"),
                QStringLiteral("start a chat session first (POST /storefront/v1/sessions)"));
        return std::nullopt;
    case Principal::MailRelay: {
        const ServiceStatus relay = m_service.mail().authorizeRelay(bearerToken(r.http));
        if (!relay)
            return errorResult(relay.error());
        return std::nullopt;
    }
    case Principal::Staff:
        break;
    }
    r.staff = m_service.staff().authenticate(bearerToken(r.http));
    if (!r.staff)
        return ApiResult::error(401, QStringLiteral("unauthorized"),
                                QStringLiteral("sign in first: a valid bearer token is required"));
    if (r.staff->passwordChangeRequired && !access.beforePasswordChange)
        return ApiResult::error(403, QStringLiteral("password_change_required"),
                                QStringLiteral("choose your own password first (POST /api/v1/password)"));
    const bool allowed =
        access.permission == Permission::None ||
        r.staff->staff.can(access.permission == Permission::Chat ? StaffPermission::Chat
                                                                 : StaffPermission::ManageShop);
    if (!allowed)
        return ApiResult::error(403, QStringLiteral("forbidden"),
                                QStringLiteral("this needs the %1 permission")
                                    .arg(QLatin1String(permissionName(access.permission))));
    return std::nullopt;
}

QString HttpApi::bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

const HttpApi::Route *HttpApi::findRoute(const QByteArray &method, const QStringList &parts,
                                         QStringList *params, QStringList *allowed) const
{
    for (const Route &route : m_routes) {
        if (route.pattern.size() != parts.size())
            continue;
        QStringList captured;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i) {
            if (route.pattern.at(i) == QLatin1String("{}"))
                captured.append(parts.at(i));
            else
                same = route.pattern.at(i) == parts.at(i);
        }
        if (!same)
            continue;
        if (route.method == method) {
            if (params)
                *params = captured;
            return &route;
        }
        if (allowed)
            allowed->append(QString::fromLatin1(route.method));
    }
    return nullptr;
}

qint64 HttpApi::bodyLimit(const QByteArray &method, const QString &path) const
{
    // Called on the network threads: m_routes is not changed after the constructor.
    const Route *route = findRoute(method, segments(path), nullptr, nullptr);
    if (!route || route->body == Body::None)
        return m_limits.jsonBodyBytes; // refused by the router anyway; read (bounded) to answer cleanly
    return route->bodyLimit;
}

bool HttpApi::isWebSocketPath(const QString &path) const
{
    return path == QLatin1String("/api/v1/stream") || path == QLatin1String("/storefront/v1/chat");
}

qint64 HttpApi::webSocketMessageLimit(const QString &path) const
{
    return path == QLatin1String("/storefront/v1/chat") ? m_limits.chatFrameBytes
                                                        : m_limits.streamMessageBytes;
}

void HttpApi::handle(const HttpRequest &request, HttpResponder respond)
{
    QElapsedTimer timer;
    timer.start();
    const QString &path = request.path;
    const QByteArray logPath = logSafe(path.toUtf8());
    const QByteArray method = logSafe(request.method, 16);
    const bool storefront = path.startsWith(QLatin1String("/storefront/"));
    const QByteArray cors = storefront ? allowedOrigin(request) : QByteArray();
    // Losing the database is never "no such token" or "no such shop": a request during which the
    // connection was found lost answers 503 (with Retry-After), whatever the lookups made of it.
    ServerDatabase &db = m_service.context().database();
    const quint64 losses = db.lossCount();
    auto finish = [respond, timer, logPath, method, &db, losses, cors](HttpResponse response) {
        if (db.lossCount() != losses && (response.status == 401 || response.status == 404))
            response = jsonResponse(errorResult(ServiceError::unavailable()), cors);
        qCInfo(lcServerHttp).noquote() << method << logPath << response.status << timer.elapsed() << "ms";
        respond(std::move(response));
    };
    if (db.isLost() && !db.reconnect()) {
        finish(jsonResponse(errorResult(ServiceError::unavailable()), cors));
        return;
    }

    if (request.method == "OPTIONS" && storefront) {
        // CORS preflight: the storefront widget runs on the merchant's own domain.
        HttpResponse response;
        response.status = 204;
        response.headers = {{"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
                            {"Access-Control-Allow-Headers", "Content-Type, Authorization"},
                            {"Access-Control-Max-Age", "86400"}};
        if (!cors.isEmpty())
            response.headers.emplaceBack(QByteArray("Access-Control-Allow-Origin"), cors);
        if (!cors.isEmpty() && cors != "*")
            response.headers.emplaceBack(QByteArray("Vary"), QByteArray("Origin"));
        finish(std::move(response));
        return;
    }
    const QStringList parts = segments(path);
    if (request.method == "GET") {
        if (std::optional<HttpResponse> file = serveStorefrontFile(path)) {
            finish(std::move(*file));
            return;
        }
        if (parts.value(0) == QLatin1String("media")) {
            std::optional<HttpResponse> media = serveFile(parts.mid(1).join(QLatin1Char('/')));
            finish(media ? std::move(*media)
                         : jsonResponse(ApiResult::error(404, QStringLiteral("not_found"),
                                                         QStringLiteral("no such media")),
                                        QByteArrayLiteral("*")));
            return;
        }
    }
    QStringList allowed;
    QStringList params;
    const Route *match = findRoute(request.method, parts, &params, &allowed);
    ApiResult result;
    if (!match && !allowed.isEmpty()) {
        result =
            ApiResult::error(405, QStringLiteral("method_not_allowed"),
                             QStringLiteral("use %1 for %2").arg(allowed.join(QStringLiteral(", ")), path));
    } else if (!match) {
        result = ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("no route %1").arg(path));
    } else {
        Request r{request, params, std::nullopt, std::nullopt, {}};
        if (std::optional<ApiResult> refused = authorize(*match, r))
            result = std::move(*refused);
        if (result.ok() && match->body == Body::Json) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
            if (!document.isObject())
                result = ApiResult::error(400, QStringLiteral("bad_json"),
                                          error.error != QJsonParseError::NoError
                                              ? QStringLiteral("invalid JSON: %1").arg(error.errorString())
                                              : QStringLiteral("the body must be a JSON object"));
            else if (fields::containsNul(document.object()))
                // No text anywhere may hold U+0000: PostgreSQL cannot store it, and no person typed it.
                result = ApiResult::error(400, QStringLiteral("bad_request"),
                                          QStringLiteral("text must not contain NUL characters (U+0000)"));
            else
                r.json = document.object();
        }
        if (result.ok() && request.query().query(QUrl::FullyDecoded).contains(QChar(0)))
            result = ApiResult::error(400, QStringLiteral("bad_request"),
                                      QStringLiteral("the address must not contain NUL characters (%00)"));
        if (result.ok() && match->asyncHandler) {
            match->asyncHandler(
                r, [finish, cors](const ApiResult &later) { finish(jsonResponse(later, cors)); });
            return;
        }
        if (result.ok())
            result = match->handler(r);
    }
    finish(jsonResponse(result, cors));
}

std::optional<HttpResponse> HttpApi::serveFile(const QString &name) const
{
    static const QRegularExpression allowed(QStringLiteral("^([0-9a-f]{32}|demo/product-[0-9]{1,6}\\.png)$"));
    if (!allowed.match(name).hasMatch())
        return std::nullopt;
    QFile file(QDir(m_service.context().mediaDirectory()).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    HttpResponse response;
    response.body = file.readAll();
    const QString type = imageMimeType(response.body);
    response.headers = {
        {"Content-Type", type.isEmpty() ? QByteArray("application/octet-stream") : type.toLatin1()},
        {"Cache-Control", "no-store"},
        {"Access-Control-Allow-Origin", "*"},
        // Only ever an image: never sniffed as anything else, never a document that runs or loads anything.
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy", "default-src 'none'; sandbox"}};
    return response;
}

std::optional<HttpResponse> HttpApi::serveStorefrontFile(const QString &path)
{
    // The storefront chat widget and the demo store, from the resources (resources/storefront).
    struct StaticFile
    {
        const char *path;
        const char *resource;
        const char *contentType;
        bool cors;
    };
    static const StaticFile files[] = {
        {"/storefront/widget.js", ":/storefront/widget.js", "application/javascript", true},
        {"/demo-store", ":/storefront/demo-store.html", "text/html; charset=utf-8", false},
    };
    for (const StaticFile &entry : files) {
        if (path != QLatin1String(entry.path))
            continue;
        QFile file(QString::fromLatin1(entry.resource));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        HttpResponse response;
        response.body = file.readAll();
        response.headers = {{"Content-Type", QByteArray(entry.contentType)}, {"Cache-Control", "no-cache"}};
        if (entry.cors)
            response.headers.emplaceBack(QByteArray("Access-Control-Allow-Origin"), QByteArray("*"));
        return response;
    }
    return std::nullopt;
}

void HttpApi::openWebSocket(const WsPeerPtr &peer, const HttpRequest &upgrade)
{
    const QUrlQuery &query = upgrade.query();
    const QString &path = upgrade.path;
    auto refuse = [&](int code, const QString &why) {
        qCInfo(lcServerStream).noquote() << "WS" << logSafe(path.toUtf8()) << "refused:" << why;
        peer->close(code, why.toUtf8());
    };
    ServerDatabase &db = m_service.context().database();
    if (db.isLost() && !db.reconnect()) {
        refuse(1011,
               QStringLiteral(
                   "try again later")); // 1013 is refused as a protocol error by some clients (QtWebSockets)
        return;
    }
    if (path == QLatin1String("/api/v1/stream")) {
        const QString header = QString::fromLatin1(upgrade.value("Authorization"));
        const QString token = header.startsWith(QLatin1String("Bearer "))
                                  ? header.mid(7).trimmed()
                                  : query.queryItemValue(QStringLiteral("access_token"));
        const std::optional<StaffAccount> staff = m_service.staff().authenticate(token);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        const QString sinceText = query.queryItemValue(QStringLiteral("since"));
        const bool ok = sinceText.isEmpty() || digits.match(sinceText).hasMatch();
        const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong();
        if (!staff || staff->passwordChangeRequired)
            refuse(1008, QStringLiteral("unauthorized"));
        else if (!ok)
            refuse(1002, QStringLiteral("since must be a non-negative integer"));
        else
            m_hub.addStaffStream(peer, *staff, since);
    } else {
        // A browser page on another site must not chat as the shop's widget: its Origin is the shop's
        // allow-list's (clients that send no Origin are not browsers, and gain nothing from this check).
        const QByteArray origin = upgrade.value("Origin");
        const std::optional<StorefrontSession> session =
            m_service.storefront().session(query.queryItemValue(QStringLiteral("session")));
        if (!origin.isEmpty() && allowedOrigin(upgrade).isEmpty())
            refuse(1008, QStringLiteral("origin not allowed"));
        else if (!session)
            refuse(1008, QStringLiteral("invalid session"));
        else
            m_hub.addStorefrontChat(peer, *session);
    }
}

} // namespace shopinbox::server
