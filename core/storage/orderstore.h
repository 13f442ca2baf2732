#pragma once

#include "domain/order.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief Customers' orders in the cache. */
class OrderStore
{
public:
    explicit OrderStore(SqliteDatabase &db);

    bool upsert(const Order &order);
    std::optional<Order> get(qint64 id);
    /** A customer's orders, newest first. */
    QList<Order> forCustomer(qint64 customerId);

private:
    SqliteStatement m_upsert;
    SqliteStatement m_get;
    SqliteStatement m_forCustomer;
};

} // namespace shopinbox
