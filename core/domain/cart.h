#pragma once

#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace shopinbox {

/** @brief One line of a customer's live cart. */
struct CartLine
{
    qint64 productId = 0;
    qint64 variantId = 0;
    QString productTitle;
    QString variantTitle;
    int quantity = 0;
    Money unitPrice;
    int available = 0; ///< Stock available for this variant.

    friend bool operator==(const CartLine &, const CartLine &) = default;
};

/** @brief A customer's live cart in the online store. */
struct Cart
{
    qint64 customerId = 0;
    QList<CartLine> lines;
    QString discountCode; ///< Code applied from the chat, if any.
    QDateTime updatedAt;  ///< UTC time of the last cart interaction.

    /** Sum of quantity x unit price over all lines; currency of the first line. */
    Money subtotal() const
    {
        Money total;
        for (const CartLine &line : lines) {
            total.minorUnits += line.unitPrice.minorUnits * line.quantity;
            total.currency = line.unitPrice.currency;
        }
        return total;
    }
    int itemCount() const
    {
        int count = 0;
        for (const CartLine &line : lines)
            count += line.quantity;
        return count;
    }

    friend bool operator==(const Cart &, const Cart &) = default;
};

} // namespace shopinbox
