#pragma once

#include "domain/money.h"

#include <QString>

namespace shopinbox {

/**
 * @brief @p minorUnits of @p currency as the current QLocale writes money: the locale's symbol when the
 * currency is the locale's own, else the ISO code; the currency's own number of decimals (0 for JPY, 3 for
 * KWD, 2 otherwise).
 */
QString moneyText(qint64 minorUnits, const QString &currency);
inline QString moneyText(const Money &money)
{
    return moneyText(money.minorUnits, money.currency);
}

} // namespace shopinbox
