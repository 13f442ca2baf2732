#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QtGlobal>

namespace shopinbox {

/**
 * @brief What one committed write changed in the cache, so that models update only the rows concerned.
 */
struct CacheChanges
{
    QSet<qint64> conversations;           ///< Conversation ids whose row or last message changed.
    QHash<qint64, QSet<qint64>> messages; ///< Conversation id -> local ids of inserted or changed messages.
    QSet<qint64> customers;               ///< Customer ids (profile, presence or note changed).
    QSet<qint64> carts;                   ///< Customer ids whose cart changed.
    QSet<qint64> orders;                  ///< Customer ids whose orders changed.
    QSet<qint64> savedReplies;            ///< Saved reply ids inserted, changed or deleted.
    bool staff = false;
    bool products = false;
    bool discounts = false;
    bool settings = false;

    bool isEmpty() const
    {
        return conversations.isEmpty() && messages.isEmpty() && customers.isEmpty() && carts.isEmpty() &&
               orders.isEmpty() && savedReplies.isEmpty() && !staff && !products && !discounts && !settings;
    }

    void merge(const CacheChanges &other)
    {
        conversations.unite(other.conversations);
        for (auto it = other.messages.cbegin(); it != other.messages.cend(); ++it)
            messages[it.key()].unite(it.value());
        customers.unite(other.customers);
        carts.unite(other.carts);
        orders.unite(other.orders);
        savedReplies.unite(other.savedReplies);
        staff = staff || other.staff;
        products = products || other.products;
        discounts = discounts || other.discounts;
        settings = settings || other.settings;
    }
};

} // namespace shopinbox

Q_DECLARE_METATYPE(shopinbox::CacheChanges)
