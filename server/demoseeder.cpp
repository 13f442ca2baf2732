#include "demoseeder.h"
#include "domain/eventtype.h"

#include "codec/jsoncodec.h"
#include "credentials.h"
#include "domain/carteventtext.h"
#include "eventlog.h"
#include "pngwriter.h"
#include "rgbcolor.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "servertransaction.h"
#include "shopservice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace shopinbox::server {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = qint64{24} * 60 * MinuteMs;

class Seeding
{
public:
    Seeding(ShopService &service, const QJsonObject &root)
        : m_service(service)
        , m_data(service.context())
        , m_root(root)
        , m_now(service.now().toMSecsSinceEpoch())
    {
    }

    QString run();

private:
    QDateTime ago(qint64 ms) const { return QDateTime::fromMSecsSinceEpoch(m_now - ms, QTimeZone::utc()); }
    bool event(const QString &type, const QJsonObject &data)
    {
        return m_data.eventLog().append(m_shopId, type, data, m_service.now()).has_value();
    }
    template<typename T, typename Decoder>
    std::optional<T> decode(const QJsonObject &object, Decoder decoder, const QString &what)
    {
        const Decoded<T> decoded = decoder(QJsonValue(object), what);
        if (!decoded) {
            m_error = decoded.error().toString();
            return std::nullopt;
        }
        return decoded.value();
    }
    /** Stores the messages; their events go to @p events, to be appended after the conversation's. */
    bool seedMessages(const QJsonObject &conversation, Conversation &target, QList<QJsonObject> &events);
    void writeProductImage(qint64 productId) const;

    ShopService &m_service;
    ServiceContext &m_data;
    QJsonObject m_root;
    qint64 m_now;
    qint64 m_shopId = 1;
    QString m_currency;
    QString m_error;
};

QString Seeding::run()
{
    const QJsonObject shopJson = m_root.value(QStringLiteral("shop")).toObject();
    m_currency = shopJson.value(QStringLiteral("currency")).toString();
    const Shop shop{m_shopId, shopJson.value(QStringLiteral("name")).toString(), m_currency,
                    shopJson.value(QStringLiteral("time_zone")).toString(),
                    shopJson.value(QStringLiteral("admin_url")).toString()};
    if (shop.name.isEmpty() || m_currency.size() != 3)
        return QStringLiteral("shop.name and shop.currency are required");
    if (!m_data.shops().insertShop(shop, shopJson.value(QStringLiteral("storefront_url")).toString()))
        return QStringLiteral("cannot create the shop");

    for (const QJsonValue value : m_root.value(QStringLiteral("staff")).toArray()) {
        const QJsonObject o = value.toObject();
        StaffAccount account;
        account.shopId = m_shopId;
        account.staff.id = o.value(QStringLiteral("id")).toInteger();
        account.staff.name = o.value(QStringLiteral("name")).toString();
        account.staff.email = o.value(QStringLiteral("email")).toString();
        account.staff.chatPermission = o.value(QStringLiteral("chat_permission")).toBool();
        account.staff.manageShopPermission = o.value(QStringLiteral("manage_shop_permission")).toBool();
        account.staff.owner = o.value(QStringLiteral("owner")).toBool();
        account.passwordHash = Credentials::hashPassword(o.value(QStringLiteral("password")).toString());
        if (account.passwordHash.isEmpty() || !m_data.staff().insertStaff(account) ||
            !event(EventTypes.wire(EventType::StaffUpserted), json::encode(account.staff)))
            return QStringLiteral("cannot create staff %1").arg(account.staff.email);
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("products")).toArray()) {
        const std::optional<Product> p =
            decode<Product>(value.toObject(), json::decodeProduct, QStringLiteral("products"));
        if (!p || !m_data.catalog().saveProduct(m_shopId, *p) ||
            !event(EventTypes.wire(EventType::ProductUpserted), json::encode(*p)))
            return m_error.isEmpty() ? QStringLiteral("cannot store a product") : m_error;
        writeProductImage(p->id);
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("discounts")).toArray()) {
        const std::optional<DiscountCode> d =
            decode<DiscountCode>(value.toObject(), json::decodeDiscountCode, QStringLiteral("discounts"));
        if (!d || !m_data.catalog().saveDiscount(m_shopId, *d) ||
            !event(EventTypes.wire(EventType::DiscountUpserted), json::encode(*d)))
            return m_error.isEmpty() ? QStringLiteral("cannot store a discount") : m_error;
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("customers")).toArray()) {
        QJsonObject o = value.toObject();
        const QJsonValue since = o.take(QStringLiteral("customer_since_days_ago"));
        if (since.isDouble())
            o.insert(QStringLiteral("customer_since"), json::formatTime(ago(since.toInteger() * DayMs)));
        const QJsonValue noteAge = o.take(QStringLiteral("note_updated_days_ago"));
        if (noteAge.isDouble())
            o.insert(QStringLiteral("note_updated_at"), json::formatTime(ago(noteAge.toInteger() * DayMs)));
        const std::optional<Customer> c =
            decode<Customer>(o, json::decodeCustomer, QStringLiteral("customers"));
        if (!c || !m_data.customers().saveCustomer(m_shopId, *c) ||
            !event(EventTypes.wire(EventType::CustomerUpserted), json::encode(*c)))
            return m_error.isEmpty() ? QStringLiteral("cannot store a customer") : m_error;
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("orders")).toArray()) {
        QJsonObject o = value.toObject();
        o.insert(QStringLiteral("placed_at"),
                 json::formatTime(ago(o.take(QStringLiteral("placed_days_ago")).toInteger() * DayMs +
                                      qint64{3} * 3600 * 1000)));
        const std::optional<Order> order = decode<Order>(o, json::decodeOrder, QStringLiteral("orders"));
        if (!order || !m_data.customers().saveOrder(m_shopId, *order) ||
            !event(EventTypes.wire(EventType::OrderUpserted), json::encode(*order)))
            return m_error.isEmpty() ? QStringLiteral("cannot store an order") : m_error;
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("carts")).toArray()) {
        const QJsonObject o = value.toObject();
        Cart cart;
        cart.customerId = o.value(QStringLiteral("customer_id")).toInteger();
        cart.updatedAt = ago(o.value(QStringLiteral("updated_minutes_ago")).toInteger() * MinuteMs);
        cart.discountCode = o.value(QStringLiteral("discount_code")).toString();
        for (const QJsonValue lineValue : o.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = lineValue.toObject();
            const std::optional<Product> product =
                m_data.catalog().product(m_shopId, line.value(QStringLiteral("product_id")).toInteger());
            if (!product)
                return QStringLiteral("cart of customer %1 names an unknown product").arg(cart.customerId);
            const qint64 variantId = line.value(QStringLiteral("variant_id")).toInteger();
            for (const Variant &variant : product->variants) {
                if (variant.id == variantId)
                    cart.lines.append(CartLine{product->id, variant.id, product->title, variant.title,
                                               line.value(QStringLiteral("quantity")).toInt(1), variant.price,
                                               variant.inventory});
            }
        }
        if (!m_data.customers().saveCart(m_shopId, cart) ||
            !event(EventTypes.wire(EventType::CartUpdated), json::encode(cart)))
            return QStringLiteral("cannot store a cart");
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("conversations")).toArray()) {
        const QJsonObject o = value.toObject();
        Conversation c;
        c.id = o.value(QStringLiteral("id")).toInteger();
        c.customerId = o.value(QStringLiteral("customer_id")).toInteger();
        c.status = o.value(QStringLiteral("status")).toString() == QLatin1String("closed")
                       ? ConversationStatus::Closed
                       : ConversationStatus::Open;
        c.unread = o.value(QStringLiteral("unread")).toBool();
        if (o.value(QStringLiteral("assignee_id")).isDouble())
            c.assigneeId = o.value(QStringLiteral("assignee_id")).toInteger();
        for (const QJsonValue topic : o.value(QStringLiteral("topics")).toArray())
            c.topics.append(topic.toString());
        c.platform = o.value(QStringLiteral("platform")).toString(QStringLiteral("online_store"));
        const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
        const qint64 firstAgo =
            messages.isEmpty() ? 0
                               : messages.first().toObject().value(QStringLiteral("minutes_ago")).toInteger();
        c.startedAt = ago(firstAgo * MinuteMs + MinuteMs);
        c.lastActivityAt = c.startedAt;
        if (!m_data.conversations().saveConversation(m_shopId, c))
            return QStringLiteral("cannot store conversation %1").arg(c.id);
        QList<QJsonObject> messageEvents;
        if (!seedMessages(o, c, messageEvents))
            return m_error;
        // The conversation's event before its messages' events: a client skips a message of a conversation
        // it does not know yet.
        if (!m_data.conversations().saveConversation(m_shopId, c) ||
            !event(EventTypes.wire(EventType::ConversationUpserted), json::encode(c)))
            return QStringLiteral("cannot store conversation %1").arg(c.id);
        for (const QJsonObject &message : std::as_const(messageEvents)) {
            if (!event(EventTypes.wire(EventType::MessageCreated), message))
                return QStringLiteral("cannot store a message of conversation %1").arg(c.id);
        }
    }
    for (const QJsonValue value : m_root.value(QStringLiteral("saved_replies")).toArray()) {
        const std::optional<qint64> id = m_data.eventLog().nextId();
        SavedReply reply{id.value_or(0), value.toObject().value(QStringLiteral("shortcut")).toString(),
                         value.toObject().value(QStringLiteral("text")).toString(), m_service.now()};
        if (!isValidSavedReplyShortcut(reply.shortcut) || !isValidSavedReplyText(reply.text))
            return QStringLiteral("saved reply /%1 is not valid").arg(reply.shortcut);
        if (!id || !m_data.savedReplies().saveSavedReply(m_shopId, reply) ||
            !event(EventTypes.wire(EventType::SavedReplyUpserted), json::encode(reply)))
            return QStringLiteral("cannot store saved reply /%1").arg(reply.shortcut);
    }
    QJsonObject settings = m_root.value(QStringLiteral("settings")).toObject();
    if (!m_data.shops().setSettings(m_shopId, settings) ||
        !event(EventTypes.wire(EventType::SettingsUpdated), settings))
        return QStringLiteral("cannot store the settings");
    return {};
}

bool Seeding::seedMessages(const QJsonObject &conversation, Conversation &target, QList<QJsonObject> &events)
{
    for (const QJsonValue value : conversation.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject o = value.toObject();
        const std::optional<qint64> id = m_data.eventLog().nextId();
        if (!id) {
            m_error = QStringLiteral("cannot allocate an id");
            return false;
        }
        Message m;
        m.id = *id;
        m.conversationId = target.id;
        m.createdAt = ago(o.value(QStringLiteral("minutes_ago")).toInteger() * MinuteMs);
        const QString author = o.value(QStringLiteral("author")).toString();
        m.author = author == QLatin1String("staff")    ? MessageAuthor::Staff
                   : author == QLatin1String("system") ? MessageAuthor::System
                                                       : MessageAuthor::Customer;
        if (o.value(QStringLiteral("staff_id")).isDouble())
            m.staffId = o.value(QStringLiteral("staff_id")).toInteger();
        m.body = o.value(QStringLiteral("body")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
        if (kind == QLatin1String("products")) {
            m.kind = MessageKind::Products;
            for (const QJsonValue productId : o.value(QStringLiteral("product_ids")).toArray()) {
                const std::optional<Product> p = m_data.catalog().product(m_shopId, productId.toInteger());
                if (!p || p->variants.isEmpty()) {
                    m_error = QStringLiteral("conversation %1 shares an unknown product").arg(target.id);
                    return false;
                }
                m.products.append(
                    SharedProduct{p->id, p->title, p->variants.constFirst().price, p->imageUrl, p->url});
            }
        } else if (kind == QLatin1String("discount")) {
            m.kind = MessageKind::Discount;
            const std::optional<DiscountCode> d =
                m_data.catalog().discount(m_shopId, o.value(QStringLiteral("discount_code")).toString());
            if (!d) {
                m_error = QStringLiteral("conversation %1 shares an unknown discount").arg(target.id);
                return false;
            }
            m.discountCode = d->code;
            m.discountSummary = d->summary;
        } else if (kind == QLatin1String("cart_event")) {
            m.kind = MessageKind::CartEvent;
            m.cartAction = o.value(QStringLiteral("cart_action")).toString() == QLatin1String("remove")
                               ? CartAction::Remove
                               : CartAction::Add;
            const std::optional<Product> p =
                m_data.catalog().product(m_shopId, o.value(QStringLiteral("product_id")).toInteger());
            m.body = cartEventText(p ? p->title : QString(), m.cartAction);
            m.cartProductTitle = p ? p->title : QString();
        } else if (kind == QLatin1String("system")) {
            m.kind = MessageKind::System;
        }
        if (!m_data.conversations().insertMessage(m_shopId, m)) {
            m_error = QStringLiteral("cannot store a message of conversation %1").arg(target.id);
            return false;
        }
        events.append(json::encode(m));
        target.lastActivityAt = qMax(target.lastActivityAt, m.createdAt);
    }
    return true;
}

void Seeding::writeProductImage(qint64 productId) const
{
    // A soft two-tone placeholder per product (no text: painting text needs a GUI application), encoded
    // without QtGui so the server does not link it.
    const QString directory = QDir(m_service.mediaDirectory()).filePath(QStringLiteral("demo"));
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("product-%1.png").arg(productId));
    if (QFile::exists(path))
        return;
    constexpr int Size = 160;
    constexpr int TopRows = 110;
    const int hue = static_cast<int>((productId * 47) % 360);
    const RgbColor top = RgbColor::fromHsv(hue, 70, 235);
    const RgbColor bottom = RgbColor::fromHsv(hue, 140, 170);
    QByteArray pixels;
    pixels.reserve(qsizetype{Size} * Size * 3);
    for (int y = 0; y < Size; ++y) {
        const RgbColor c = y < TopRows ? top : bottom;
        for (int x = 0; x < Size; ++x) {
            pixels.append(static_cast<char>(c.red));
            pixels.append(static_cast<char>(c.green));
            pixels.append(static_cast<char>(c.blue));
        }
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(PngWriter::encodeRgb(Size, Size, pixels));
}

} // namespace

QString DemoSeeder::seedIfEmpty(ShopService &service, const QString &jsonFile)
{
    if (service.defaultShopId() != 0)
        return {};
    QFile file(jsonFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the demo data %1").arg(jsonFile);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return QStringLiteral("the demo data %1 is not a JSON object: %2").arg(jsonFile, error.errorString());
    ServerDatabase &db = service.context().database();
    ServerTransaction tx(db);
    if (!tx.isActive())
        return QStringLiteral("cannot begin the demo transaction");
    // Servers starting together on one empty database: one seeds, the others wait for it and find the shop.
    if (!service.context().shops().lockAllShops())
        return QStringLiteral("cannot lock the shops table: %1").arg(db.errorMessage());
    if (service.defaultShopId() != 0)
        return {};
    Seeding seeding(service, document.object());
    const QString failure = seeding.run();
    if (!failure.isEmpty())
        return QStringLiteral("demo data: %1").arg(failure);
    if (!tx.commit())
        return QStringLiteral("cannot commit the demo data");
    qCInfo(lcServerDemo) << "demo shop seeded";
    return {};
}

QString DemoSeeder::defaultDataFile()
{
    return QStringLiteral(":/demo/demo-shop.json");
}

} // namespace shopinbox::server
