#pragma once

#include "domain/message.h"

#include <QString>

namespace shopinbox {

/**
 * A cart event in the UI language, for the thread and the inbox list alike: "Added Linen Apron to the cart",
 * or "a product" when the title is too long to read at a glance (cartEventNamesProduct()). Events of older
 * servers carry no title: @p serverText (their English body) is shown as it is.
 */
QString cartEventWords(const QString &productTitle, CartAction action, const QString &serverText);

} // namespace shopinbox
