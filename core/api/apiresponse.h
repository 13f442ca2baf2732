#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace shopinbox {

/** @brief The outcome of one API request. */
struct ApiResponse
{
    int status = 0; ///< HTTP status; 0 when the request never got an answer (network error, timeout).
    QByteArray body;
    QString errorCode;    ///< The server's `error.code`, or "network" for status 0.
    QString errorMessage; ///< The server's `error.message`, or the network error for status 0.

    bool ok() const { return status >= 200 && status < 300; }
    /** Worth retrying later: no answer, 5xx, 408 or 429. Everything else 4xx is final. */
    bool retryable() const { return status == 0 || status >= 500 || status == 408 || status == 429; }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace shopinbox
