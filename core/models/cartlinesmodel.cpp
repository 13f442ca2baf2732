#include "cartlinesmodel.h"

#include "storage/cache.h"
#include "storage/cartstore.h"

namespace shopinbox {

CartLinesModel::CartLinesModel(Cache &cache, QObject *parent)
    : KeyedRowsModel<CartLine>([](const CartLine &line) { return line.variantId; }, parent)
    , m_cache(cache)
{
    connect(&m_cache, &Cache::changed, this, &CartLinesModel::onCacheChanged);
}

void CartLinesModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    resetRows(load());
}

QList<CartLine> CartLinesModel::load() const
{
    const std::optional<Cart> cart = m_customerId ? m_cache.carts().get(m_customerId) : std::nullopt;
    return cart ? cart->lines : QList<CartLine>();
}

void CartLinesModel::onCacheChanged(const CacheChanges &changes)
{
    if (m_customerId && changes.carts.contains(m_customerId))
        replaceRows(load());
}

QVariant CartLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 × %2").arg(line.quantity).arg(line.productTitle);
    case ProductIdRole:
        return line.productId;
    case VariantIdRole:
        return line.variantId;
    case TitleRole:
        return line.productTitle;
    case VariantRole:
        return line.variantTitle;
    case QuantityRole:
        return line.quantity;
    case UnitPriceMinorRole:
        return line.unitPrice.minorUnits;
    case LineTotalMinorRole:
        return line.unitPrice.minorUnits * line.quantity;
    case CurrencyRole:
        return line.unitPrice.currency;
    case AvailableRole:
        return line.available;
    default:
        return {};
    }
}

QHash<int, QByteArray> CartLinesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ProductIdRole, "productId"},
                  {VariantIdRole, "variantId"},
                  {TitleRole, "title"},
                  {VariantRole, "variant"},
                  {QuantityRole, "quantity"},
                  {UnitPriceMinorRole, "unitPriceMinor"},
                  {LineTotalMinorRole, "lineTotalMinor"},
                  {CurrencyRole, "currency"},
                  {AvailableRole, "available"}});
    return names;
}

} // namespace shopinbox
