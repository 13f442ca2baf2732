#pragma once

#include "domain/cart.h"
#include "keyedrowsmodel.h"
#include "storage/cachechanges.h"

namespace shopinbox {

class Cache;

/**
 * @brief The lines of one customer's live cart (product, variant, quantity, price, stock), for the profile
 * dock's cart panel. Follows the cache: a cart event changes rows in place, adds or removes them.
 */
class CartLinesModel : public KeyedRowsModel<CartLine>
{
    Q_OBJECT
public:
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        VariantIdRole,
        TitleRole,          ///< Product title.
        VariantRole,        ///< Variant title, e.g. "M / Sage".
        QuantityRole,       ///< int
        UnitPriceMinorRole, ///< qint64, minor units of CurrencyRole.
        LineTotalMinorRole, ///< quantity x unit price.
        CurrencyRole,
        AvailableRole, ///< int: stock available for the variant.
    };
    Q_ENUM(Role)

    explicit CartLinesModel(Cache &cache, QObject *parent = nullptr);

    /** Shows @p customerId's cart (0: none). */
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onCacheChanged(const CacheChanges &changes);
    QList<CartLine> load() const;

    Cache &m_cache;
    qint64 m_customerId = 0;
};

} // namespace shopinbox
