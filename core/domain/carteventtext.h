#pragma once

#include "message.h"

#include <QString>

namespace shopinbox {

/** Whether a cart event names its product: only when the name is shorter than 41 characters (longer names do
 * not read at a glance). */
inline bool cartEventNamesProduct(const QString &productTitle)
{
    return !productTitle.isEmpty() && productTitle.size() < 41;
}

/**
 * The server's (English) text of a cart event, kept in the message body for older clients and e-mail:
 * the product's name when cartEventNamesProduct(), "a product" otherwise. Clients word it from
 * Message::cartProductTitle and Message::cartAction in their own language.
 */
inline QString cartEventText(const QString &productTitle, CartAction action)
{
    const bool named = cartEventNamesProduct(productTitle);
    if (action == CartAction::Add)
        return named ? QStringLiteral("Added %1 to the cart").arg(productTitle)
                     : QStringLiteral("Added a product to the cart");
    return named ? QStringLiteral("Removed %1 from the cart").arg(productTitle)
                 : QStringLiteral("Removed a product from the cart");
}

} // namespace shopinbox
