#pragma once

#include <QString>

namespace shopinbox {

/** @brief A discount code of the shop. Only active codes can be shared with customers. */
struct DiscountCode
{
    QString code;    ///< Unique per shop, e.g. "WELCOME10".
    QString summary; ///< e.g. "10% off all products".
    bool active = false;

    friend bool operator==(const DiscountCode &, const DiscountCode &) = default;
};

} // namespace shopinbox
