#pragma once

#include <QString>

#include <optional>

namespace shopinbox {

/**
 * @brief What a customer's conversation is about: the ten topics Shop Inbox labels conversations with (up to
 * two, newest first). On the wire and in storage a topic is its key (`order_status`); people see its name in
 * their language (topicName()).
 */
enum class Topic {
    Checkout,         ///< `checkout`: payments, placing a new order.
    EditOrder,        ///< `edit_order`: cancel or change an order.
    OrderStatus,      ///< `order_status`: confirmation, status, payment balance.
    PricingDiscounts, ///< `pricing_discounts`: discounts, applying codes.
    ProductDetails,   ///< `product_details`: colour, size, stock, customisation, photos.
    ProductInterest,  ///< `product_interest`: general product questions or interest.
    Returns,          ///< `returns`: problems with received orders, refunds, returns.
    Shipping,         ///< `shipping`: pickup or shipping costs.
    StoreInfo,        ///< `store_info`: contact, location, hours, return policy.
    Wholesale,        ///< `wholesale`.
};

/** The topic's key on the wire and in storage. */
QString topicKey(Topic topic);
/** The topic with @p key; nullopt for anything else. */
std::optional<Topic> topicFromKey(const QString &key);
/** The topic's name in the UI language ("Returns and delivered orders"). */
QString topicName(Topic topic);
/** The name of the topic with @p key, or @p key itself when it is none of the ten (older data). */
QString topicDisplayName(const QString &key);

} // namespace shopinbox
