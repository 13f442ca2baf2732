#pragma once

#include "domain/order.h"
#include "keyedrowsmodel.h"
#include "storage/cachechanges.h"

namespace shopinbox {

class Cache;

/**
 * @brief One customer's orders, newest first — all of them, or only the open ones (the profile dock's
 * "View all" list). Follows the cache: an order event changes, adds or removes rows, never resets.
 */
class OrderListModel : public KeyedRowsModel<Order>
{
    Q_OBJECT
public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        NumberRole,     ///< e.g. "#1042"
        PlacedAtRole,   ///< QDateTime, UTC
        TotalMinorRole, ///< qint64
        CurrencyRole,
        FinancialStatusRole,
        FulfillmentStatusRole,
        OpenRole, ///< bool
        TrackingUrlRole,
        StatusPageUrlRole,
    };
    Q_ENUM(Role)

    explicit OrderListModel(Cache &cache, QObject *parent = nullptr);

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    /** Only orders that are still open. */
    void setOpenOnly(bool openOnly);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onCacheChanged(const CacheChanges &changes);
    QList<Order> load() const;

    Cache &m_cache;
    qint64 m_customerId = 0;
    bool m_openOnly = false;
};

} // namespace shopinbox
