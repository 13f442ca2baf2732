#pragma once

#include "apiresult.h"
#include "serviceresult.h"

#include <QJsonObject>

namespace shopinbox::server {

/** The HTTP status of a refusal of kind @p kind: the one mapping from domain errors to statuses. */
int httpStatus(ServiceError::Kind kind);

/**
 * The protocol's error object `{"error": {"code", "message"}}` of @p error (with the kept `customer` of a
 * refused note). Also the body of a storefront chat error frame.
 */
QJsonObject errorBody(const ServiceError &error);

/** The HTTP response of @p error: its status and errorBody(). */
ApiResult errorResult(const ServiceError &error);

} // namespace shopinbox::server
