#include "productitemdelegate.h"

#include "models/productsearchmodel.h"
#include "thumbnailcache.h"

#include <QLocale>

namespace shopinbox {

namespace {
/** ISO 4217 currencies without minor units (their amounts are whole units). */
int decimalsOf(const QString &currency)
{
    static const QStringList zeroDecimals = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList threeDecimals = {
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    if (zeroDecimals.contains(currency))
        return 0;
    if (threeDecimals.contains(currency))
        return 3;
    return 2;
}
} // namespace

ProductItemDelegate::ProductItemDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QString ProductItemDelegate::moneyText(qint64 minorUnits, const QString &currency)
{
    const int decimals = decimalsOf(currency);
    double divisor = 1.0;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10.0;
    const QLocale locale;
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : currency;
    return locale.toCurrencyString(static_cast<double>(minorUnits) / divisor, symbol, decimals);
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
           tr("%1 · %2").arg(
               moneyText(price.toLongLong(), index.data(ProductSearchModel::CurrencyRole).toString()), stock);
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
