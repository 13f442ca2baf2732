#include "appicons.h"

namespace shopinbox {

QIcon AppIcons::app()
{
    return QIcon(QStringLiteral(":/icons/shop-inbox.svg"));
}

QIcon AppIcons::product()
{
    return QIcon(QStringLiteral(":/icons/price-tag.svg"));
}

QIcon AppIcons::discount()
{
    return QIcon(QStringLiteral(":/icons/discount.svg"));
}

QIcon AppIcons::image()
{
    return QIcon(QStringLiteral(":/icons/image.svg"));
}

} // namespace shopinbox
