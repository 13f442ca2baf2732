#pragma once

#include "apiresult.h"
#include "codec/jsoncodec.h"
#include "httpstatus.h"
#include "serviceresult.h"

#include <QJsonArray>
#include <QJsonObject>

/**
 * @file
 * @brief Service results as API results, for the route table (httpapiroutes.cpp): the value encoded with a
 * status, or the error through errorResult().
 */
namespace shopinbox::server::answers {

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

/** A create that is idempotent by client_id: 201 when this call created it, 200 for a retry. */
template<typename T> ApiResult answerStored(const ServiceResult<Stored<T>> &result)
{
    if (!result)
        return errorResult(result.error());
    return ApiResult::object(json::encode(result->value), result->created ? 201 : 200);
}

inline const auto encodeOne = [](const auto &value) { return json::encode(value); };

} // namespace shopinbox::server::answers
