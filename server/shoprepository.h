#pragma once

#include "domain/cart.h"
#include "domain/conversation.h"
#include "domain/customer.h"
#include "domain/discountcode.h"
#include "domain/message.h"
#include "domain/order.h"
#include "domain/product.h"
#include "domain/savedreply.h"
#include "domain/shop.h"
#include "domain/staff.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/** @brief A staff member with the secret parts the API never returns. */
struct StaffAccount
{
    Staff staff;
    qint64 shopId = 0;
    QString passwordHash;
};

/**
 * @brief Reads and writes the server's entities as the domain types of core/, for one database.
 *
 * Writes do not open transactions or append events; ShopService does both around them.
 */
class ShopRepository
{
public:
    explicit ShopRepository(ServerDatabase &db);

    ServerDatabase &database() { return m_db; }

    std::optional<Shop> shop(qint64 id);
    QList<Shop> shops();
    bool insertShop(const Shop &shop, const QString &storefrontUrl);
    QJsonObject settings(qint64 shopId);
    bool setSettings(qint64 shopId, const QJsonObject &settings);
    QString storefrontUrl(qint64 shopId);

    std::optional<StaffAccount> staffByEmail(const QString &email);
    std::optional<StaffAccount> staffById(qint64 id);
    QList<Staff> staff(qint64 shopId, bool chatOnly);
    bool insertStaff(const StaffAccount &account);

    std::optional<Customer> customer(qint64 shopId, qint64 id);
    std::optional<Customer> customerByEmail(qint64 shopId, const QString &email);
    bool saveCustomer(qint64 shopId, const Customer &customer);
    bool visitorNameTaken(qint64 shopId, const QString &visitorName);

    std::optional<Conversation> conversation(qint64 shopId, qint64 id);
    /** The customer's most recent conversation, open or closed. */
    std::optional<Conversation> latestConversation(qint64 shopId, qint64 customerId);
    bool saveConversation(qint64 shopId, const Conversation &conversation);

    std::optional<Message> message(qint64 shopId, qint64 id);
    std::optional<Message> messageByClientId(qint64 shopId, const QString &clientId);
    bool insertMessage(qint64 shopId, const Message &message);
    bool updateMessage(qint64 shopId, const Message &message);

    std::optional<Product> product(qint64 shopId, qint64 id);
    /** Published products whose title contains @p query (case-insensitive), by title. */
    QList<Product> publishedProducts(qint64 shopId, const QString &query, int limit);
    bool saveProduct(qint64 shopId, const Product &product);

    std::optional<DiscountCode> discount(qint64 shopId, const QString &code);
    QList<DiscountCode> discounts(qint64 shopId, const QString &query);
    bool saveDiscount(qint64 shopId, const DiscountCode &discount);

    std::optional<Cart> cart(qint64 shopId, qint64 customerId);
    bool saveCart(qint64 shopId, const Cart &cart);

    std::optional<Order> orderByNumber(qint64 shopId, const QString &number);
    QList<Order> orders(qint64 shopId, qint64 customerId);
    bool saveOrder(qint64 shopId, const Order &order);

    /** The shop's saved replies ordered by shortcut. */
    QList<SavedReply> savedReplies(qint64 shopId);
    std::optional<SavedReply> savedReply(qint64 shopId, qint64 id);
    std::optional<SavedReply> savedReplyByShortcut(qint64 shopId, const QString &shortcut);
    std::optional<SavedReply> savedReplyByClientId(qint64 shopId, const QString &clientId);
    /** Inserts or updates; @p clientId is only written on insert (empty: none). */
    bool saveSavedReply(qint64 shopId, const SavedReply &reply, const QString &clientId = {});
    bool deleteSavedReply(qint64 shopId, qint64 id);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
