#include "productitemdelegate.h"

#include "models/productsearchmodel.h"
#include "moneytext.h"
#include "pickercolumns.h"
#include "thumbnailcache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace shopinbox {

ProductItemDelegate::ProductItemDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
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
    m_columns = new PickerColumns({title, price, stock}, this);
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
    QStyledItemDelegate::initStyleOption(option, index);
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

QList<QRect> ProductItemDelegate::columnRects(const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect text = PickerColumns::textArea(opt);
    QList<QRect> rects;
    for (const auto &[left, width] : m_columns->layout(opt, text, index))
        rects.append(QRect(left, text.top(), width, text.height()));
    return rects;
}

void ProductItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, check box, image
    m_columns->paint(painter, opt, PickerColumns::textArea(opt), index);
}

QSize ProductItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), ThumbnailSize + 8));
    size.setWidth(ThumbnailSize + 200); // the columns take the view's width; never a horizontal scroll bar
    return size;
}

bool ProductItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), displayText(index), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace shopinbox
