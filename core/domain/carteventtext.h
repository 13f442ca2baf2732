#pragma once

#include "message.h"

#include <QString>

namespace shopinbox {

/**
 * The text of a cart event in the thread: the product's name only when it is shorter than 41 characters
 * (longer names do not read at a glance), "a product" otherwise.
 */
inline QString cartEventText(const QString &productTitle, CartAction action)
{
    const bool named = !productTitle.isEmpty() && productTitle.size() < 41;
    if (action == CartAction::Add)
        return named ? QStringLiteral("Added %1 to the cart").arg(productTitle)
                     : QStringLiteral("Added a product to the cart");
    return named ? QStringLiteral("Removed %1 from the cart").arg(productTitle)
                 : QStringLiteral("Removed a product from the cart");
}

} // namespace shopinbox
