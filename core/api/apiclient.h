#pragma once

#include "apiresponse.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace shopinbox {

/**
 * @brief HTTP access to the shop server's staff API (docs/protocol.md), with the bearer token.
 *
 * Callbacks run on the owning thread when the reply arrives; every request has a transfer timeout, so a
 * dead connection ends as a retryable ApiResponse (status 0) rather than hanging.
 */
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    /** @p network may be shared; the client does not own it. */
    ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    /** Milliseconds before a request without an answer is given up (default 30 s). */
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }

    void get(const QString &path, const QUrlQuery &query, Callback callback);
    void post(const QString &path, const QJsonObject &body, Callback callback);
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    /** POSTs raw bytes (uploads); @p progress, when given, follows the upload. */
    void postBytes(const QString &path, const QByteArray &body, const QByteArray &contentType,
                   Callback callback, Progress progress = {});
    void patch(const QString &path, const QJsonObject &body, Callback callback);
    void put(const QString &path, const QJsonObject &body, Callback callback);
    /** DELETE (named so because `delete` is a keyword). */
    void remove(const QString &path, Callback callback);

    /** ws(s)://…/api/v1/stream?since=N for the event stream. */
    QUrl streamUrl(qint64 since) const;

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
              const QByteArray &contentType, Callback callback, Progress progress = {});

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeout = 30'000;
};

} // namespace shopinbox
