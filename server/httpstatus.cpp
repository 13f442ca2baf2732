#include "httpstatus.h"

#include "codec/jsoncodec.h"

namespace shopinbox::server {

int httpStatus(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::Invalid:
        return 400;
    case ServiceError::Kind::Unauthorized:
        return 401;
    case ServiceError::Kind::Forbidden:
        return 403;
    case ServiceError::Kind::NotFound:
        return 404;
    case ServiceError::Kind::Conflict:
        return 409;
    case ServiceError::Kind::TooLarge:
        return 413;
    case ServiceError::Kind::UnsupportedMedia:
        return 415;
    case ServiceError::Kind::Unprocessable:
        return 422;
    case ServiceError::Kind::RateLimited:
        return 429;
    case ServiceError::Kind::Unavailable:
        return 503;
    }
    return 503;
}

QJsonObject errorBody(const ServiceError &error)
{
    QJsonObject body = ApiResult::error(httpStatus(error.kind), error.code, error.message).body;
    if (error.currentCustomer)
        body.insert(QStringLiteral("customer"), json::encode(*error.currentCustomer));
    return body;
}

ApiResult errorResult(const ServiceError &error)
{
    return ApiResult::object(errorBody(error), httpStatus(error.kind));
}

} // namespace shopinbox::server
