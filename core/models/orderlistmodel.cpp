#include "orderlistmodel.h"

#include "storage/cache.h"
#include "storage/orderstore.h"

namespace shopinbox {

OrderListModel::OrderListModel(Cache &cache, QObject *parent)
    : KeyedRowsModel<Order>([](const Order &order) { return order.id; }, parent)
    , m_cache(cache)
{
    connect(&m_cache, &Cache::changed, this, &OrderListModel::onCacheChanged);
}

void OrderListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    resetRows(load());
}

void OrderListModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    resetRows(load());
}

QList<Order> OrderListModel::load() const
{
    if (!m_customerId)
        return {};
    QList<Order> orders = m_cache.orders().forCustomer(m_customerId);
    if (m_openOnly)
        orders.removeIf([](const Order &order) { return !order.open; });
    return orders;
}

void OrderListModel::onCacheChanged(const CacheChanges &changes)
{
    if (m_customerId && changes.orders.contains(m_customerId))
        replaceRows(load());
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &order = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NumberRole:
        return order.number;
    case OrderIdRole:
        return order.id;
    case PlacedAtRole:
        return order.placedAt;
    case TotalMinorRole:
        return order.total.minorUnits;
    case CurrencyRole:
        return order.total.currency;
    case FinancialStatusRole:
        return order.financialStatus;
    case FulfillmentStatusRole:
        return order.fulfillmentStatus;
    case OpenRole:
        return order.open;
    case TrackingUrlRole:
        return order.trackingUrl;
    case StatusPageUrlRole:
        return order.statusPageUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{OrderIdRole, "orderId"},
                  {NumberRole, "number"},
                  {PlacedAtRole, "placedAt"},
                  {TotalMinorRole, "totalMinor"},
                  {CurrencyRole, "currency"},
                  {FinancialStatusRole, "financialStatus"},
                  {FulfillmentStatusRole, "fulfillmentStatus"},
                  {OpenRole, "open"},
                  {TrackingUrlRole, "trackingUrl"},
                  {StatusPageUrlRole, "statusPageUrl"}});
    return names;
}

} // namespace shopinbox
