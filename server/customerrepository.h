#pragma once

#include "domain/cart.h"
#include "domain/customer.h"
#include "domain/order.h"

#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief The customers of a shop with their carts and orders (tables customers, carts, orders).
 *
 * Writes do not open transactions or append events; the services do both around them (UnitOfWork).
 */
class CustomerRepository
{
public:
    explicit CustomerRepository(ServerDatabase &db);

    std::optional<Customer> customer(qint64 shopId, qint64 id);
    /** By e-mail address, ignoring case and surrounding spaces. */
    std::optional<Customer> customerByEmail(qint64 shopId, const QString &email);
    /** Inserts or updates. */
    bool saveCustomer(qint64 shopId, const Customer &customer);
    /** Ids of the shop's customers marked online; nullopt when the database failed. */
    std::optional<QList<qint64>> onlineCustomers(qint64 shopId);
    /** Marks every customer of the shop offline. */
    bool setAllOffline(qint64 shopId);
    bool visitorNameTaken(qint64 shopId, const QString &visitorName);

    std::optional<Cart> cart(qint64 shopId, qint64 customerId);
    bool saveCart(qint64 shopId, const Cart &cart);

    std::optional<Order> orderByNumber(qint64 shopId, const QString &number);
    /** The customer's orders, newest first. */
    QList<Order> orders(qint64 shopId, qint64 customerId);
    bool saveOrder(qint64 shopId, const Order &order);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
