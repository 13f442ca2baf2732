#include "productitemdelegate.h"

#include "models/productsearchmodel.h"
#include "moneytext.h"
#include "thumbnailcache.h"

#include <QLocale>

namespace shopinbox {

ProductItemDelegate::ProductItemDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QString ProductItemDelegate::stockText(int stock)
{
    return stock > 0 ? tr("%n in stock", nullptr, stock) : tr("Out of stock");
}

QString ProductItemDelegate::displayText(const QModelIndex &index)
{
    const QString title = index.data(ProductSearchModel::TitleRole).toString();
    const QVariant price = index.data(ProductSearchModel::PriceMinorRole);
    const QString stock = stockText(index.data(ProductSearchModel::StockRole).toInt());
    if (!price.isValid())
        return title + QLatin1Char('\n') + stock;
    return title + QLatin1Char('\n') +
           tr("%1 · %2").arg(shopinbox::moneyText(price.toLongLong(),
                                                  index.data(ProductSearchModel::CurrencyRole).toString()),
                             stock);
}

void ProductItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = displayText(index);
    option->decorationSize = QSize(ThumbnailSize, ThumbnailSize);
    option->features |= QStyleOptionViewItem::HasDecoration;
    QPixmap pixmap;
    const QString url = index.data(ProductSearchModel::ImageUrlRole).toString();
    if (m_thumbnails && !url.isEmpty())
        pixmap = m_thumbnails->pixmap(url, option->decorationSize);
    if (pixmap.isNull()) {
        // A blank box of the same size keeps the text aligned while the image loads (or has none).
        QPixmap blank(option->decorationSize);
        blank.fill(Qt::transparent);
        pixmap = blank;
    }
    option->icon = QIcon(pixmap);
}

QSize ProductItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), ThumbnailSize + 8));
    return size;
}

} // namespace shopinbox
