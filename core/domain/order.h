#pragma once

#include "money.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace shopinbox {

/** @brief A customer's order. */
struct Order
{
    qint64 id = 0;
    QString number; ///< What the customer sees, e.g. "#1042".
    qint64 customerId = 0;
    QDateTime placedAt; ///< UTC.
    Money total;
    QString financialStatus;   ///< e.g. "paid", "pending", "refunded".
    QString fulfillmentStatus; ///< e.g. "unfulfilled", "fulfilled", "partially_fulfilled".
    bool open = true;          ///< Not yet archived or cancelled.
    QString trackingUrl;       ///< Empty until shipped.
    QString statusPageUrl;

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace shopinbox
