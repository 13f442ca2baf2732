#include "httpapi.h"

#include "codec/imagetype.h"
#include "codec/jsoncodec.h"
#include "httpstatus.h"
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

std::optional<qint64> idParam(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Service results as responses: the value encoded (with @p status), or the error through errorResult().
template<typename T, typename Encode>
ApiResult answer(const ServiceResult<T> &result, Encode &&encode, int status = 200)
{
    if (!result)
        return errorResult(result.error());
    return ApiResult::object(encode(result.value()), status);
}

template<typename T> ApiResult answerList(const ServiceResult<QList<T>> &result)
{
    if (!result)
        return errorResult(result.error());
    QJsonArray items;
    for (const T &item : result.value())
        items.append(json::encode(item));
    return ApiResult::list(items);
}

// A create that is idempotent by client_id: 201 when this call created it, 200 for a retry.
template<typename T> ApiResult answerStored(const ServiceResult<Stored<T>> &result)
{
    if (!result)
        return errorResult(result.error());
    return ApiResult::object(json::encode(result->value), result->created ? 201 : 200);
}

const auto encodeOne = [](const auto &value) { return json::encode(value); };

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
    // The storefront widget runs on the merchant's own domain: its responses allow that origin (or any).
    if (!allowOrigin.isEmpty())
        response.headers.emplaceBack(QByteArray("Access-Control-Allow-Origin"), allowOrigin);
    if (!allowOrigin.isEmpty() && allowOrigin != "*")
        response.headers.emplaceBack(QByteArray("Vary"), QByteArray("Origin"));
    return response;
}

void HttpApi::addRoute(const char *method, const QString &path, Auth auth, Body body, Handler handler,
                       qint64 bodyLimit)
{
    m_routes.append(Route{QByteArray(method),
                          segments(path),
                          auth,
                          body,
                          body == Body::Raw ? bodyLimit : m_limits.jsonBodyBytes,
                          std::move(handler),
                          {}});
}

void HttpApi::addAsyncRoute(const char *method, const QString &path, Auth auth, Body body,
                            AsyncHandler handler)
{
    m_routes.append(Route{
        QByteArray(method), segments(path), auth, body, m_limits.jsonBodyBytes, {}, std::move(handler)});
}

QString HttpApi::bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

void HttpApi::addRoutes()
{
    ShopService &s = m_service;
    const auto id = [](Request &r, int i) { return idParam(r.params.value(i)); };
    const auto notFound = [] {
        return ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
    };
    const auto settings = [](const QJsonObject &object) { return object; };

    // The password check runs on a worker (PasswordWorkers): 40 sign-ins at once must not stall the API.
    addAsyncRoute(
        "POST", QStringLiteral("/api/v1/login"), Auth::None, Body::Json,
        [this, &s](Request &r, const std::function<void(ApiResult)> &reply) {
            const auto signedIn = [](const SignedIn &in) {
                return QJsonObject{{QStringLiteral("token"), in.token},
                                   {QStringLiteral("staff"), json::encode(in.staff)},
                                   {QStringLiteral("shop"), json::encode(in.shop)}};
            };
            ServiceResult<LoginAttempt> attempt = s.staff().beginLogin(r.json, r.http.remoteAddress());
            if (!attempt) {
                reply(errorResult(attempt.error()));
                return;
            }
            const LoginAttempt started = attempt.value();
            const QString hash = started.account ? started.account->passwordHash : QString();
            const bool queued =
                m_passwords.verify(hash, started.password, [&s, started, reply, signedIn](bool matches) {
                    reply(answer(s.staff().finishLogin(started, matches), signedIn));
                });
            if (!queued) {
                s.staff().finishLogin(started, false); // counted like a failure: a flood is one
                reply(ApiResult::error(503, QStringLiteral("unavailable"),
                                       QStringLiteral("too many sign-ins at once; try again shortly")));
            }
        });
    addRoute("POST", QStringLiteral("/api/v1/logout"), Auth::Staff, Body::None, [&s](Request &r) {
        return answer(s.staff().logout(bearerToken(r.http)), [](std::monostate) {
            return QJsonObject{{QStringLiteral("signed_out"), true}};
        });
    });
    addRoute("GET", QStringLiteral("/api/v1/sync"), Auth::Staff, Body::None, [&s](Request &r) {
        const QUrlQuery query = r.http.query();
        const ServiceResult<SyncFrames> page =
            s.staff().sync(*r.staff, query.queryItemValue(QStringLiteral("since")),
                           query.queryItemValue(QStringLiteral("limit")));
        return page ? ApiResult::json(syncPageBody(page.value())) : errorResult(page.error());
    });
    addRoute("POST", QStringLiteral("/api/v1/conversations/{}/messages"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto conversation = id(r, 0);
                 return conversation
                            ? answerStored(s.conversations().postMessage(*r.staff, *conversation, r.json))
                            : notFound();
             });
    addRoute("PATCH", QStringLiteral("/api/v1/conversations/{}"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto conversation = id(r, 0);
                 return conversation
                            ? answer(s.conversations().patchConversation(*r.staff, *conversation, r.json),
                                     encodeOne)
                            : notFound();
             });
    addRoute("PUT", QStringLiteral("/api/v1/customers/{}/note"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto customer = id(r, 0);
                 return customer ? answer(s.customers().putNote(*r.staff, *customer, r.json), encodeOne)
                                 : notFound();
             });
    addRoute("GET", QStringLiteral("/api/v1/customers/{}/orders"), Auth::Staff, Body::None,
             [&s, id, notFound](Request &r) {
                 const auto customer = id(r, 0);
                 return customer ? answerList(s.customers().customerOrders(*r.staff, *customer)) : notFound();
             });
    addRoute("GET", QStringLiteral("/api/v1/products"), Auth::Staff, Body::None, [&s](Request &r) {
        return answerList(s.shopSettings().products(
            *r.staff, r.http.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
            r.http.query().queryItemValue(QStringLiteral("limit"))));
    });
    addRoute("GET", QStringLiteral("/api/v1/discounts"), Auth::Staff, Body::None, [&s](Request &r) {
        return answerList(s.shopSettings().discounts(
            *r.staff, r.http.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded)));
    });
    addRoute("GET", QStringLiteral("/api/v1/staff"), Auth::Staff, Body::None,
             [&s](Request &r) { return answerList(s.staff().staffList(*r.staff)); });
    addRoute(
        "POST", QStringLiteral("/api/v1/media"), Auth::Staff, Body::Raw,
        [&s](Request &r) {
            return answer(
                s.conversations().uploadMedia(*r.staff, r.http.body()),
                [](const UploadedImage &image) {
                    return QJsonObject{{QStringLiteral("image_id"), image.id},
                                       {QStringLiteral("url"), image.url}};
                },
                201);
        },
        m_limits.mediaBodyBytes);
    addRoute("GET", QStringLiteral("/api/v1/settings"), Auth::Staff, Body::None, [&s, settings](Request &r) {
        return answer(s.shopSettings().settings(r.staff->shopId), settings);
    });
    addRoute("PUT", QStringLiteral("/api/v1/settings"), Auth::Staff, Body::Json, [&s, settings](Request &r) {
        return answer(s.shopSettings().putSettings(*r.staff, r.json), settings);
    });
    addRoute("GET", QStringLiteral("/api/v1/saved-replies"), Auth::Staff, Body::None, [&s](Request &r) {
        return answer(s.shopSettings().savedReplies(*r.staff), [](const QList<SavedReply> &replies) {
            QJsonArray items;
            for (const SavedReply &reply : replies)
                items.append(json::encode(reply));
            return QJsonObject{{QStringLiteral("saved_replies"), items}};
        });
    });
    addRoute("POST", QStringLiteral("/api/v1/saved-replies"), Auth::Staff, Body::Json,
             [&s](Request &r) { return answerStored(s.shopSettings().createSavedReply(*r.staff, r.json)); });
    addRoute("PUT", QStringLiteral("/api/v1/saved-replies/{}"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto reply = id(r, 0);
                 return reply ? answer(s.shopSettings().updateSavedReply(*r.staff, *reply, r.json), encodeOne)
                              : notFound();
             });
    addRoute("DELETE", QStringLiteral("/api/v1/saved-replies/{}"), Auth::Staff, Body::None,
             [&s, id, notFound](Request &r) {
                 const auto reply = id(r, 0);
                 return reply ? answer(s.shopSettings().deleteSavedReply(*r.staff, *reply),
                                       [](qint64 deleted) {
                                           return QJsonObject{{QStringLiteral("id"), deleted},
                                                              {QStringLiteral("deleted"), true}};
                                       })
                              : notFound();
             });

    // Storefront: the customer's side. A session token (from /sessions) grants one conversation.
    const auto withSession = [&s](Request &r, auto &&operation) {
        const std::optional<StorefrontSession> session = s.storefront().session(bearerToken(r.http));
        if (!session)
            return ApiResult::error(
                401, QStringLiteral("invalid_session"),
                QStringLiteral("start a chat session first (POST /storefront/v1/sessions)"));
        return operation(*session);
    };
    addRoute(
        "GET", QStringLiteral("/storefront/v1/settings"), Auth::None, Body::None,
        [&s, settings](Request &) { return answer(s.shopSettings().settings(s.defaultShopId()), settings); });
    addRoute("POST", QStringLiteral("/storefront/v1/sessions"), Auth::None, Body::Json, [&s](Request &r) {
        return answer(
            s.storefront().createSession(s.defaultShopId(), r.json),
            [](const NewSession &session) {
                return QJsonObject{{QStringLiteral("session_token"), session.token},
                                   {QStringLiteral("conversation_id"), session.conversation.id},
                                   {QStringLiteral("customer_id"), session.customer.id},
                                   {QStringLiteral("visitor_name"), session.customer.visitorName},
                                   {QStringLiteral("name"), session.customer.name}};
            },
            201);
    });
    addRoute("POST", QStringLiteral("/storefront/v1/cart"), Auth::None, Body::Json,
             [&s, withSession](Request &r) {
                 return withSession(r, [&](const StorefrontSession &session) {
                     return answer(s.customers().cart(session, r.json), encodeOne);
                 });
             });
    addRoute("POST", QStringLiteral("/storefront/v1/order-status"), Auth::None, Body::Json, [&s](Request &r) {
        return answer(s.storefront().orderStatus(s.defaultShopId(), r.json), [](const OrderStatus &status) {
            const Order &order = status.order;
            QJsonObject result{{QStringLiteral("order_number"), order.number},
                               {QStringLiteral("fulfillment_status"), order.fulfillmentStatus},
                               {QStringLiteral("financial_status"), order.financialStatus}};
            if (status.showTracking)
                result.insert(QStringLiteral("tracking_url"), order.trackingUrl);
            else
                result.insert(QStringLiteral("status_page_url"), order.statusPageUrl);
            return result;
        });
    });
    // Mail relay: a customer's reply mail, authenticated with the inbound secret (not a staff token).
    addRoute(
        "POST", QStringLiteral("/api/v1/inbound-email"), Auth::None, Body::Raw,
        [&s](Request &r) { return answerStored(s.mail().inboundEmail(bearerToken(r.http), r.http.body())); },
        m_limits.mailBodyBytes);
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
    auto finish = [respond, timer, logPath, method](HttpResponse response) {
        qCInfo(lcServerHttp).noquote() << method << logPath << response.status << timer.elapsed() << "ms";
        respond(std::move(response));
    };

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
        Request r{request, params, std::nullopt, {}};
        if (match->auth == Auth::Staff) {
            r.staff = m_service.staff().authenticate(bearerToken(request));
            if (!r.staff)
                result = ApiResult::error(401, QStringLiteral("unauthorized"),
                                          QStringLiteral("sign in first: a valid bearer token is required"));
        }
        if (result.ok() && match->body == Body::Json) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
            if (!document.isObject())
                result = ApiResult::error(400, QStringLiteral("bad_json"),
                                          error.error != QJsonParseError::NoError
                                              ? QStringLiteral("invalid JSON: %1").arg(error.errorString())
                                              : QStringLiteral("the body must be a JSON object"));
            else
                r.json = document.object();
        }
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
        {"Access-Control-Allow-Origin", "*"}};
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
    if (path == QLatin1String("/api/v1/stream")) {
        const QString header = QString::fromLatin1(upgrade.value("Authorization"));
        const QString token = header.startsWith(QLatin1String("Bearer "))
                                  ? header.mid(7).trimmed()
                                  : query.queryItemValue(QStringLiteral("access_token"));
        const std::optional<StaffAccount> staff = m_service.staff().authenticate(token);
        bool ok = true;
        const QString sinceText = query.queryItemValue(QStringLiteral("since"));
        const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
        if (!staff)
            refuse(1008, QStringLiteral("unauthorized"));
        else if (!ok || since < 0)
            refuse(1002, QStringLiteral("since must be a non-negative integer"));
        else
            m_hub.addStaffStream(peer, staff->shopId, since);
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
