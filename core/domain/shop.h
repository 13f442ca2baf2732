#pragma once

#include <QString>
#include <QtGlobal>

namespace shopinbox {

/** @brief The online store a staff member signs in to. */
struct Shop
{
    qint64 id = 0;
    QString name;
    QString currency; ///< The shop's ISO 4217 currency.
    QString timeZone; ///< IANA time zone of the shop, e.g. "Europe/Amsterdam".
    QString adminUrl; ///< Base URL of the shop admin (links to customers and orders).

    friend bool operator==(const Shop &, const Shop &) = default;
};

} // namespace shopinbox
