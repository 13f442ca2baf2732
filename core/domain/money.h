#pragma once

#include <QString>
#include <QtGlobal>

namespace shopinbox {

/**
 * @brief An amount of money: integer minor units (cents) plus an ISO 4217 currency code.
 *
 * Never a floating point number, so that sums and comparisons are exact.
 */
struct Money
{
    qint64 minorUnits = 0; ///< Amount in the currency's minor unit, e.g. 1999 for EUR 19.99.
    QString currency;      ///< ISO 4217 code, three upper-case letters, e.g. "EUR".

    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace shopinbox
