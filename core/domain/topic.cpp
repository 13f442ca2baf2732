#include "topic.h"

#include <QCoreApplication>

#include <array>

namespace shopinbox {

namespace {

struct TopicInfo
{
    Topic topic;
    const char *key;
    const char *name;
};

// The one table: value, key, English name (translated in the "Topic" context).
constexpr std::array<TopicInfo, 10> Topics{{
    {Topic::Checkout, "checkout", QT_TRANSLATE_NOOP("Topic", "Checkout")},
    {Topic::EditOrder, "edit_order", QT_TRANSLATE_NOOP("Topic", "Edit orders")},
    {Topic::OrderStatus, "order_status", QT_TRANSLATE_NOOP("Topic", "Order status")},
    {Topic::PricingDiscounts, "pricing_discounts", QT_TRANSLATE_NOOP("Topic", "Pricing and discounts")},
    {Topic::ProductDetails, "product_details", QT_TRANSLATE_NOOP("Topic", "Product details")},
    {Topic::ProductInterest, "product_interest", QT_TRANSLATE_NOOP("Topic", "Product interest")},
    {Topic::Returns, "returns", QT_TRANSLATE_NOOP("Topic", "Returns and delivered orders")},
    {Topic::Shipping, "shipping", QT_TRANSLATE_NOOP("Topic", "Shipping")},
    {Topic::StoreInfo, "store_info", QT_TRANSLATE_NOOP("Topic", "Store information")},
    {Topic::Wholesale, "wholesale", QT_TRANSLATE_NOOP("Topic", "Wholesale")},
}};

const TopicInfo &infoOf(Topic topic)
{
    return Topics.at(static_cast<std::size_t>(topic));
}

} // namespace

QString topicKey(Topic topic)
{
    return QString::fromLatin1(infoOf(topic).key);
}

std::optional<Topic> topicFromKey(const QString &key)
{
    for (const TopicInfo &info : Topics) {
        if (key == QLatin1String(info.key))
            return info.topic;
    }
    return std::nullopt;
}

QString topicName(Topic topic)
{
    return QCoreApplication::translate("Topic", infoOf(topic).name);
}

QString topicDisplayName(const QString &key)
{
    const std::optional<Topic> topic = topicFromKey(key);
    return topic ? topicName(*topic) : key;
}

} // namespace shopinbox
