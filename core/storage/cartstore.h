#pragma once

#include "domain/cart.h"
#include "sqlitestatement.h"

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief Customers' live carts in the cache, one per customer. */
class CartStore
{
public:
    explicit CartStore(SqliteDatabase &db);

    bool upsert(const Cart &cart);
    /** nullopt when the customer has no cart. */
    std::optional<Cart> get(qint64 customerId);

private:
    SqliteStatement m_upsert;
    SqliteStatement m_get;
};

} // namespace shopinbox
