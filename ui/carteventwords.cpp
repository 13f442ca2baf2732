#include "carteventwords.h"

#include "domain/carteventtext.h"

#include <QCoreApplication>

namespace shopinbox {

QString cartEventWords(const QString &productTitle, CartAction action, const QString &serverText)
{
    if (productTitle.isEmpty())
        return serverText;
    const bool added = action == CartAction::Add;
    if (!cartEventNamesProduct(productTitle))
        return added ? QCoreApplication::translate("CartEvent", "Added a product to the cart")
                     : QCoreApplication::translate("CartEvent", "Removed a product from the cart");
    return added ? QCoreApplication::translate("CartEvent", "Added %1 to the cart").arg(productTitle)
                 : QCoreApplication::translate("CartEvent", "Removed %1 from the cart").arg(productTitle);
}

} // namespace shopinbox
