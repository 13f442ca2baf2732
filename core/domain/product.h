#pragma once

#include "money.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace shopinbox {

/** @brief One purchasable variant of a product (size, colour, ...). */
struct Variant
{
    qint64 id = 0;
    QString title;
    Money price;
    int inventory = 0; ///< Units available; may be negative when overselling is allowed.

    friend bool operator==(const Variant &, const Variant &) = default;
};

/** @brief A product of the shop's catalogue. Only products published to the online store can be shared. */
struct Product
{
    qint64 id = 0;
    QString title;
    QString imageUrl;
    QString url; ///< The product's page in the online store.
    bool publishedOnlineStore = false;
    QList<Variant> variants; ///< At least one.

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace shopinbox
