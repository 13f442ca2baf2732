#include "productitemdelegate.h"

#include "models/productsearchmodel.h"
#include "moneytext.h"
#include "pickercolumns.h"
#include "thumbnailcache.h"

namespace shopinbox {

ProductItemDelegate::ProductItemDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : PickerItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
    PickerColumns::Column title;
    title.text = [](const QModelIndex &index) {
        return index.data(ProductSearchModel::TitleRole).toString();
    };
    title.flexible = true;
    PickerColumns::Column price;
    price.text = &ProductItemDelegate::priceText;
    price.alignRight = true;
    PickerColumns::Column stock;
    stock.text = [](const QModelIndex &index) {
        return stockText(index.data(ProductSearchModel::StockRole).toInt());
    };
    stock.muted = true;
    setColumns(new PickerColumns({title, price, stock}, this));
}

QString ProductItemDelegate::stockText(int stock)
{
    return stock > 0 ? tr("%n in stock", nullptr, stock) : tr("Out of stock");
}

QString ProductItemDelegate::priceText(const QModelIndex &index)
{
    const QVariant price = index.data(ProductSearchModel::PriceMinorRole);
    return price.isValid() ? shopinbox::moneyText(price.toLongLong(),
                                                  index.data(ProductSearchModel::CurrencyRole).toString())
                           : QString();
}

QString ProductItemDelegate::displayText(const QModelIndex &index)
{
    QStringList parts{index.data(ProductSearchModel::TitleRole).toString()};
    const QString price = priceText(index);
    if (!price.isEmpty())
        parts.append(price);
    parts.append(stockText(index.data(ProductSearchModel::StockRole).toInt()));
    return parts.join(QStringLiteral(" · "));
}

void ProductItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    PickerItemDelegate::initStyleOption(option, index);
    option->text.clear(); // the columns are painted by PickerColumns
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
    QSize size = PickerItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), ThumbnailSize + 8));
    size.setWidth(ThumbnailSize + 200); // the columns take the view's width; never a horizontal scroll bar
    return size;
}

QString ProductItemDelegate::rowText(const QModelIndex &index) const
{
    return displayText(index);
}

} // namespace shopinbox
