#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace shopinbox::server {

/**
 * @brief An HTTP response of the API (HttpApi only): a status and a JSON body, or an error
 * `{error: {code, message}}`.
 *
 * Errors are always 4xx with a stable machine-readable code and a sentence for people; 5xx is reserved for
 * the database being unreachable. The domain services return ServiceResult instead; errorResult()
 * (httpstatus.h) turns their errors into responses.
 */
struct ApiResult
{
    int status = 200;
    QJsonObject body; ///< For objects.
    QJsonArray array; ///< For list responses (when isArray).
    bool isArray = false;
    QByteArray raw; ///< A body already serialised (sync pages); sent as is when set.

    static ApiResult object(const QJsonObject &body, int status = 200)
    {
        return {status, body, {}, false, {}};
    }
    static ApiResult list(const QJsonArray &items) { return {200, {}, items, true, {}}; }
    static ApiResult json(QByteArray serialised) { return {200, {}, {}, false, std::move(serialised)}; }
    static ApiResult error(int status, const QString &code, const QString &message)
    {
        return {status,
                QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("message"), message}}}},
                {},
                false,
                {}};
    }
    bool ok() const { return status < 400; }
};

} // namespace shopinbox::server
