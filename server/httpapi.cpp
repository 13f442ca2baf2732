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
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

namespace shopinbox::server {

namespace {

using Method = QHttpServerRequest::Method;

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

const char *methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Options:
        return "OPTIONS";
    case Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
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

HttpApi::HttpApi(ShopService &service, StreamHub &hub, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_hub(hub)
{
    addRoutes();
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpApi::onWebSocket);
}

void HttpApi::respond(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &body,
                      const QByteArray &contentType, int status, bool cors)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
    // The storefront widget runs on the merchant's own domain, so its responses allow any origin.
    if (cors)
        responder.write(body,
                        {{"Content-Type", contentType},
                         {"Cache-Control", "no-store"},
                         {"Access-Control-Allow-Origin", "*"}},
                        code);
    else
        responder.write(body, {{"Content-Type", contentType}, {"Cache-Control", "no-store"}}, code);
}

void HttpApi::addRoute(Method method, const QString &path, Auth auth, Body body, Handler handler)
{
    m_routes.append(Route{method, segments(path), auth, body, std::move(handler)});
}

QString HttpApi::bearerToken(const QHttpServerRequest &request)
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

    addRoute(Method::Post, QStringLiteral("/api/v1/login"), Auth::None, Body::Json, [&s](Request &r) {
        return answer(s.staff().login(r.json, r.http.remoteAddress()), [](const SignedIn &in) {
            return QJsonObject{{QStringLiteral("token"), in.token},
                               {QStringLiteral("staff"), json::encode(in.staff)},
                               {QStringLiteral("shop"), json::encode(in.shop)}};
        });
    });
    addRoute(Method::Post, QStringLiteral("/api/v1/logout"), Auth::Staff, Body::None, [&s](Request &r) {
        return answer(s.staff().logout(bearerToken(r.http)), [](std::monostate) {
            return QJsonObject{{QStringLiteral("signed_out"), true}};
        });
    });
    addRoute(Method::Get, QStringLiteral("/api/v1/sync"), Auth::Staff, Body::None, [&s](Request &r) {
        const QUrlQuery query = r.http.query();
        const ServiceResult<SyncFrames> page =
            s.staff().sync(*r.staff, query.queryItemValue(QStringLiteral("since")),
                           query.queryItemValue(QStringLiteral("limit")));
        return page ? ApiResult::json(syncPageBody(page.value())) : errorResult(page.error());
    });
    addRoute(Method::Post, QStringLiteral("/api/v1/conversations/{}/messages"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto conversation = id(r, 0);
                 return conversation
                            ? answerStored(s.conversations().postMessage(*r.staff, *conversation, r.json))
                            : notFound();
             });
    addRoute(Method::Patch, QStringLiteral("/api/v1/conversations/{}"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto conversation = id(r, 0);
                 return conversation
                            ? answer(s.conversations().patchConversation(*r.staff, *conversation, r.json),
                                     encodeOne)
                            : notFound();
             });
    addRoute(Method::Put, QStringLiteral("/api/v1/customers/{}/note"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto customer = id(r, 0);
                 return customer ? answer(s.customers().putNote(*r.staff, *customer, r.json), encodeOne)
                                 : notFound();
             });
    addRoute(Method::Get, QStringLiteral("/api/v1/customers/{}/orders"), Auth::Staff, Body::None,
             [&s, id, notFound](Request &r) {
                 const auto customer = id(r, 0);
                 return customer ? answerList(s.customers().customerOrders(*r.staff, *customer)) : notFound();
             });
    addRoute(Method::Get, QStringLiteral("/api/v1/products"), Auth::Staff, Body::None, [&s](Request &r) {
        return answerList(s.shopSettings().products(
            *r.staff, r.http.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
            r.http.query().queryItemValue(QStringLiteral("limit"))));
    });
    addRoute(Method::Get, QStringLiteral("/api/v1/discounts"), Auth::Staff, Body::None, [&s](Request &r) {
        return answerList(s.shopSettings().discounts(
            *r.staff, r.http.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded)));
    });
    addRoute(Method::Get, QStringLiteral("/api/v1/staff"), Auth::Staff, Body::None,
             [&s](Request &r) { return answerList(s.staff().staffList(*r.staff)); });
    addRoute(Method::Post, QStringLiteral("/api/v1/media"), Auth::Staff, Body::Raw, [&s](Request &r) {
        return answer(
            s.conversations().uploadMedia(*r.staff, r.http.body()),
            [](const UploadedImage &image) {
                return QJsonObject{{QStringLiteral("image_id"), image.id},
                                   {QStringLiteral("url"), image.url}};
            },
            201);
    });
    addRoute(
        Method::Get, QStringLiteral("/api/v1/settings"), Auth::Staff, Body::None,
        [&s, settings](Request &r) { return answer(s.shopSettings().settings(r.staff->shopId), settings); });
    addRoute(Method::Put, QStringLiteral("/api/v1/settings"), Auth::Staff, Body::Json,
             [&s, settings](Request &r) {
                 return answer(s.shopSettings().putSettings(*r.staff, r.json), settings);
             });
    addRoute(Method::Get, QStringLiteral("/api/v1/saved-replies"), Auth::Staff, Body::None, [&s](Request &r) {
        return answer(s.shopSettings().savedReplies(*r.staff), [](const QList<SavedReply> &replies) {
            QJsonArray items;
            for (const SavedReply &reply : replies)
                items.append(json::encode(reply));
            return QJsonObject{{QStringLiteral("saved_replies"), items}};
        });
    });
    addRoute(Method::Post, QStringLiteral("/api/v1/saved-replies"), Auth::Staff, Body::Json,
             [&s](Request &r) { return answerStored(s.shopSettings().createSavedReply(*r.staff, r.json)); });
    addRoute(Method::Put, QStringLiteral("/api/v1/saved-replies/{}"), Auth::Staff, Body::Json,
             [&s, id, notFound](Request &r) {
                 const auto reply = id(r, 0);
                 return reply ? answer(s.shopSettings().updateSavedReply(*r.staff, *reply, r.json), encodeOne)
                              : notFound();
             });
    addRoute(Method::Delete, QStringLiteral("/api/v1/saved-replies/{}"), Auth::Staff, Body::None,
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
        Method::Get, QStringLiteral("/storefront/v1/settings"), Auth::None, Body::None,
        [&s, settings](Request &) { return answer(s.shopSettings().settings(s.defaultShopId()), settings); });
    addRoute(Method::Post, QStringLiteral("/storefront/v1/sessions"), Auth::None, Body::Json,
             [&s](Request &r) {
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
    addRoute(Method::Post, QStringLiteral("/storefront/v1/cart"), Auth::None, Body::Json,
             [&s, withSession](Request &r) {
                 return withSession(r, [&](const StorefrontSession &session) {
                     return answer(s.customers().cart(session, r.json), encodeOne);
                 });
             });
    addRoute(Method::Post, QStringLiteral("/storefront/v1/order-status"), Auth::None, Body::Json,
             [&s](Request &r) {
                 return answer(
                     s.storefront().orderStatus(s.defaultShopId(), r.json), [](const OrderStatus &status) {
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
    addRoute(Method::Post, QStringLiteral("/api/v1/inbound-email"), Auth::None, Body::Raw, [&s](Request &r) {
        return answerStored(s.mail().inboundEmail(bearerToken(r.http), r.http.body()));
    });
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    // Chat frames and small JSON replies must not wait for Nagle's algorithm and delayed ACKs (40 ms).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString path = request.url().path();
    const QStringList parts = segments(path);
    const bool storefront = path.startsWith(QLatin1String("/storefront/"));
    ApiResult result;
    bool served = false;

    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0 &&
        (path == QLatin1String("/api/v1/stream") || path == QLatin1String("/storefront/v1/chat"))) {
        // Qt 6.4 asks the handler before it upgrades: claiming the request without answering lets the
        // upgrade go on, and the socket arrives in onWebSocket(), which authenticates it.
        return true;
    }
    if (request.method() == Method::Options && storefront) {
        // CORS preflight: the storefront widget runs on the merchant's own domain.
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write({{"Access-Control-Allow-Origin", "*"},
                         {"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
                         {"Access-Control-Allow-Headers", "Content-Type, Authorization"},
                         {"Access-Control-Max-Age", "86400"}},
                        QHttpServerResponder::StatusCode::NoContent);
        qCInfo(lcServerHttp).noquote() << "OPTIONS" << path << 204 << timer.elapsed() << "ms";
        return true;
    }
    if (request.method() == Method::Get && serveStorefrontFile(request, socket, path)) {
        qCInfo(lcServerHttp).noquote() << "GET" << path << 200 << timer.elapsed() << "ms";
        return true;
    }
    if (request.method() == Method::Get && parts.value(0) == QLatin1String("media")) {
        served = serveFile(request, socket, parts.mid(1).join(QLatin1Char('/')));
        qCInfo(lcServerHttp).noquote() << "GET" << path << (served ? 200 : 404) << timer.elapsed() << "ms";
        if (served)
            return true;
        result = ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("no such media"));
    } else {
        const Route *match = nullptr;
        QStringList allowed;
        QStringList params;
        for (const Route &route : std::as_const(m_routes)) {
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
            if (route.method == request.method()) {
                match = &route;
                params = captured;
                break;
            }
            allowed.append(QString::fromLatin1(methodName(route.method)));
        }
        if (!match && !allowed.isEmpty()) {
            result = ApiResult::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("use %1 for %2").arg(allowed.join(QStringLiteral(", ")), path));
        } else if (!match) {
            result =
                ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("no route %1").arg(path));
        } else {
            Request r{request, params, std::nullopt, {}};
            if (match->auth == Auth::Staff) {
                r.staff = m_service.staff().authenticate(bearerToken(request));
                if (!r.staff)
                    result =
                        ApiResult::error(401, QStringLiteral("unauthorized"),
                                         QStringLiteral("sign in first: a valid bearer token is required"));
            }
            if (result.ok() && match->body == Body::Json) {
                const QByteArray body = request.body();
                if (body.size() > MaxJsonBytes) {
                    result = ApiResult::error(413, QStringLiteral("too_large"),
                                              QStringLiteral("JSON bodies may be at most 1 MiB"));
                } else {
                    QJsonParseError error{};
                    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
                    if (!document.isObject())
                        result =
                            ApiResult::error(400, QStringLiteral("bad_json"),
                                             error.error != QJsonParseError::NoError
                                                 ? QStringLiteral("invalid JSON: %1").arg(error.errorString())
                                                 : QStringLiteral("the body must be a JSON object"));
                    else
                        r.json = document.object();
                }
            }
            if (result.ok())
                result = match->handler(r);
        }
    }
    respond(request, socket, toJson(result), "application/json", result.status, storefront);
    qCInfo(lcServerHttp).noquote() << methodName(request.method()) << path << result.status << timer.elapsed()
                                   << "ms";
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiResult result =
        ApiResult::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
    respond(request, socket, toJson(result), "application/json", 404, false);
}

bool HttpApi::serveFile(const QHttpServerRequest &request, QTcpSocket *socket, const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^([0-9a-f]{32}|demo/product-[0-9]{1,6}\\.png)$"));
    if (!allowed.match(name).hasMatch())
        return false;
    QFile file(QDir(m_service.context().mediaDirectory()).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QString type = imageMimeType(bytes);
    respond(request, socket, bytes, type.isEmpty() ? QByteArray("application/octet-stream") : type.toLatin1(),
            200, true);
    return true;
}

bool HttpApi::serveStorefrontFile(const QHttpServerRequest &request, QTcpSocket *socket, const QString &path)
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
            return false;
        QHttpServerResponder responder = makeResponder(request, socket);
        const QByteArray type(entry.contentType);
        if (entry.cors)
            responder.write(
                file.readAll(),
                {{"Content-Type", type}, {"Cache-Control", "no-cache"}, {"Access-Control-Allow-Origin", "*"}},
                QHttpServerResponder::StatusCode::Ok);
        else
            responder.write(file.readAll(), {{"Content-Type", type}, {"Cache-Control", "no-cache"}},
                            QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    return false;
}

void HttpApi::onWebSocket()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket(nextPendingWebSocketConnection());
        if (!socket)
            continue;
        const QUrl url = socket->requestUrl();
        const QUrlQuery query(url);
        const QString path = url.path();
        auto refuse = [&](QWebSocketProtocol::CloseCode code, const QString &why) {
            qCInfo(lcServerStream).noquote() << "WS" << path << "refused:" << why;
            socket->close(code, why);
            socket.release()->deleteLater();
        };
        if (path == QLatin1String("/api/v1/stream")) {
            QString token = QString::fromLatin1(socket->request().rawHeader("Authorization"));
            token = token.startsWith(QLatin1String("Bearer "))
                        ? token.mid(7).trimmed()
                        : query.queryItemValue(QStringLiteral("access_token"));
            const std::optional<StaffAccount> staff = m_service.staff().authenticate(token);
            bool ok = true;
            const QString sinceText = query.queryItemValue(QStringLiteral("since"));
            const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
            if (!staff)
                refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
            else if (!ok || since < 0)
                refuse(QWebSocketProtocol::CloseCodeProtocolError,
                       QStringLiteral("since must be a non-negative integer"));
            else
                m_hub.addStaffStream(std::move(socket), staff->shopId, since);
        } else if (path == QLatin1String("/storefront/v1/chat")) {
            const std::optional<StorefrontSession> session =
                m_service.storefront().session(query.queryItemValue(QStringLiteral("session")));
            if (!session)
                refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid session"));
            else
                m_hub.addStorefrontChat(std::move(socket), *session);
        } else {
            refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no such stream"));
        }
    }
}

} // namespace shopinbox::server
