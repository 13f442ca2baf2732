#include "apiclient.h"

#include "apilog.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace shopinbox {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QUrl ApiClient::streamUrl(qint64 since) const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QStringLiteral("since=%1").arg(since));
    return url;
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback callback)
{
    send("GET", path, query, {}, {}, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonObject &body, Callback callback)
{
    send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
         std::move(callback));
}

void ApiClient::postBytes(const QString &path, const QByteArray &body, const QByteArray &contentType,
                          Callback callback, Progress progress)
{
    send("POST", path, {}, body, contentType, std::move(callback), std::move(progress));
}

void ApiClient::patch(const QString &path, const QJsonObject &body, Callback callback)
{
    send("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
         std::move(callback));
}

void ApiClient::put(const QString &path, const QJsonObject &body, Callback callback)
{
    send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
         std::move(callback));
}

void ApiClient::remove(const QString &path, Callback callback)
{
    send("DELETE", path, {}, {}, {}, std::move(callback));
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, const QByteArray &contentType, Callback callback,
                     Progress progress)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeout);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply =
        verb == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, verb, body);
    if (progress)
        connect(reply, &QNetworkReply::uploadProgress, this, std::move(progress));
    connect(reply, &QNetworkReply::finished, this, [reply, verb, path, callback = std::move(callback)] {
        reply->deleteLater();
        ApiResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        if (response.status == 0) {
            response.errorCode = QStringLiteral("network");
            response.errorMessage = reply->errorString();
        } else if (!response.ok()) {
            const QJsonObject error = response.json().value(QStringLiteral("error")).toObject();
            response.errorCode =
                error.value(QStringLiteral("code")).toString(QStringLiteral("http_%1").arg(response.status));
            response.errorMessage = error.value(QStringLiteral("message")).toString(reply->errorString());
        }
        // Never the query string or headers: they may carry tokens.
        qCDebug(lcApi).noquote() << verb << path << response.status;
        callback(response);
    });
}

} // namespace shopinbox
