#include "shoprepository.h"

#include "codec/jsoncodec.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "storage/likepattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace shopinbox::server {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QString CustomerColumns = QStringLiteral(
    "id, name, visitor_name, email, phone, location, time_zone, customer_since, lifetime_spend, currency, "
    "order_count, email_marketing, sms_marketing, note, note_updated_at, online");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.visitorName = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.location = q.value(5).toString();
    c.timeZone = q.value(6).toString();
    c.customerSince = timeOf(q.value(7));
    c.lifetimeSpend = Money{q.value(8).toLongLong(), q.value(9).toString()};
    c.orderCount = q.value(10).toInt();
    c.emailMarketing = q.value(11).toBool();
    c.smsMarketing = q.value(12).toBool();
    c.note = q.value(13).toString();
    c.noteUpdatedAt = timeOf(q.value(14));
    c.online = q.value(15).toBool();
    return c;
}

const QString ConversationColumns = QStringLiteral(
    "id, customer_id, status, unread, assignee_id, topics, platform, started_at, last_activity_at");

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    // Written by this server as the wire string (the column's only writer is saveConversation()).
    c.status = ConversationStatuses.fromWire(q.value(2).toString()).value_or(ConversationStatus::Open);
    c.unread = q.value(3).toBool();
    if (!q.value(4).isNull())
        c.assigneeId = q.value(4).toLongLong();
    const QJsonArray topics = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    for (const QJsonValue &topic : topics)
        c.topics.append(topic.toString());
    c.platform = q.value(6).toString();
    c.startedAt = timeOf(q.value(7));
    c.lastActivityAt = timeOf(q.value(8));
    return c;
}

// Messages, products, carts and orders keep their whole wire object in one column beside the columns that
// queries need: reading is one decode, and the stored form is exactly what the API returns.
template<typename T, typename Decoder>
std::optional<T> decodeColumn(const QVariant &column, Decoder decoder, const char *what)
{
    const Decoded<T> decoded =
        decoder(QJsonValue(QJsonDocument::fromJson(column.toString().toUtf8()).object()), QString());
    if (!decoded.ok()) {
        qCWarning(lcServerDb) << "stored" << what << "does not decode:" << decoded.error().toString();
        return std::nullopt;
    }
    return decoded.value();
}

} // namespace

ShopRepository::ShopRepository(ServerDatabase &db)
    : m_db(db)
{
}

namespace {
const QString ShopColumns = QStringLiteral("SELECT id, name, currency, time_zone, admin_url FROM shops ");

Shop readShop(const QSqlQuery &q)
{
    return Shop{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString()};
}

const QString StaffColumns =
    QStringLiteral("SELECT id, name, email, chat_permission, shop_id, password_hash FROM staff ");

StaffAccount readStaff(const QSqlQuery &q)
{
    StaffAccount account;
    account.staff =
        Staff{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    account.shopId = q.value(4).toLongLong();
    account.passwordHash = q.value(5).toString();
    return account;
}

const QString OrderColumns = QStringLiteral(
    "SELECT id, number, customer_id, placed_at, total, currency, financial_status, fulfillment_status, open, "
    "tracking_url, status_page_url FROM orders ");

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.customerId = q.value(2).toLongLong();
    o.placedAt = timeOf(q.value(3));
    o.total = Money{q.value(4).toLongLong(), q.value(5).toString()};
    o.financialStatus = q.value(6).toString();
    o.fulfillmentStatus = q.value(7).toString();
    o.open = q.value(8).toBool();
    o.trackingUrl = q.value(9).toString();
    o.statusPageUrl = q.value(10).toString();
    return o;
}

DiscountCode readDiscount(const QSqlQuery &q)
{
    return DiscountCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
}

const QString SavedReplyColumns = QStringLiteral("SELECT id, shortcut, text, updated_at FROM saved_replies ");

SavedReply readSavedReply(const QSqlQuery &q)
{
    return SavedReply{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      timeOf(q.value(3))};
}
} // namespace

std::optional<Shop> ShopRepository::shop(qint64 id)
{
    std::optional<Shop> shop;
    m_db.run(ShopColumns + QStringLiteral("WHERE id = ?"), {id},
             [&](const QSqlQuery &q) { shop = readShop(q); });
    return shop;
}

QList<Shop> ShopRepository::shops()
{
    QList<Shop> result;
    m_db.run(ShopColumns + QStringLiteral("ORDER BY id"), {},
             [&](const QSqlQuery &q) { result.append(readShop(q)); });
    return result;
}

bool ShopRepository::insertShop(const Shop &shop, const QString &storefrontUrl)
{
    return m_db.run(
        QStringLiteral("INSERT INTO shops(id, name, currency, time_zone, admin_url, storefront_url) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {shop.id, shop.name, shop.currency, shop.timeZone, shop.adminUrl, storefrontUrl});
}

QJsonObject ShopRepository::settings(qint64 shopId)
{
    QJsonObject settings;
    m_db.run(QStringLiteral("SELECT settings FROM shops WHERE id = ?"), {shopId}, [&](const QSqlQuery &q) {
        settings = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    });
    return settings;
}

bool ShopRepository::setSettings(qint64 shopId, const QJsonObject &settings)
{
    return m_db.run(QStringLiteral("UPDATE shops SET settings = ? WHERE id = ?"),
                    {jsonText(settings), shopId});
}

QString ShopRepository::storefrontUrl(qint64 shopId)
{
    QString url;
    m_db.run(QStringLiteral("SELECT storefront_url FROM shops WHERE id = ?"), {shopId},
             [&](const QSqlQuery &q) { url = q.value(0).toString(); });
    return url;
}

std::optional<StaffAccount> ShopRepository::staffByEmail(const QString &email)
{
    std::optional<StaffAccount> account;
    m_db.run(StaffColumns + QStringLiteral("WHERE email = ?"), {email.trimmed().toLower()},
             [&](const QSqlQuery &q) { account = readStaff(q); });
    return account;
}

std::optional<StaffAccount> ShopRepository::staffById(qint64 id)
{
    std::optional<StaffAccount> account;
    m_db.run(StaffColumns + QStringLiteral("WHERE id = ?"), {id},
             [&](const QSqlQuery &q) { account = readStaff(q); });
    return account;
}

QList<Staff> ShopRepository::staff(qint64 shopId, bool chatOnly)
{
    QList<Staff> result;
    m_db.run(StaffColumns + QStringLiteral("WHERE shop_id = ? ORDER BY name, id"), {shopId},
             [&](const QSqlQuery &q) {
                 const StaffAccount account = readStaff(q);
                 if (!chatOnly || account.staff.chatPermission)
                     result.append(account.staff);
             });
    return result;
}

bool ShopRepository::insertStaff(const StaffAccount &account)
{
    return m_db.run(
        QStringLiteral("INSERT INTO staff(id, shop_id, name, email, password_hash, chat_permission) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {account.staff.id, account.shopId, account.staff.name, account.staff.email.trimmed().toLower(),
         account.passwordHash, account.staff.chatPermission});
}

std::optional<Customer> ShopRepository::customer(qint64 shopId, qint64 id)
{
    std::optional<Customer> customer;
    m_db.run(QStringLiteral("SELECT %1 FROM customers WHERE shop_id = ? AND id = ?").arg(CustomerColumns),
             {shopId, id}, [&](const QSqlQuery &q) { customer = readCustomer(q); });
    return customer;
}

std::optional<Customer> ShopRepository::customerByEmail(qint64 shopId, const QString &email)
{
    std::optional<Customer> customer;
    m_db.run(
        QStringLiteral("SELECT %1 FROM customers WHERE shop_id = ? AND email_lower = ?").arg(CustomerColumns),
        {shopId, email.trimmed().toLower()}, [&](const QSqlQuery &q) { customer = readCustomer(q); });
    return customer;
}

bool ShopRepository::visitorNameTaken(qint64 shopId, const QString &visitorName)
{
    bool taken = false;
    m_db.run(QStringLiteral("SELECT 1 FROM customers WHERE shop_id = ? AND visitor_name = ?"),
             {shopId, visitorName}, [&](const QSqlQuery &) { taken = true; });
    return taken;
}

bool ShopRepository::saveCustomer(qint64 shopId, const Customer &c)
{
    // One upsert statement, the same text for SQLite and PostgreSQL.
    return m_db.run(
        QStringLiteral(
            "INSERT INTO customers(id, shop_id, name, visitor_name, email, email_lower, phone, location, "
            "time_zone, customer_since, lifetime_spend, currency, order_count, email_marketing, "
            "sms_marketing, note, note_updated_at, online) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET shop_id = excluded.shop_id, name = excluded.name, "
            "visitor_name = excluded.visitor_name, email = excluded.email, "
            "email_lower = excluded.email_lower, phone = excluded.phone, location = excluded.location, "
            "time_zone = excluded.time_zone, customer_since = excluded.customer_since, "
            "lifetime_spend = excluded.lifetime_spend, currency = excluded.currency, "
            "order_count = excluded.order_count, email_marketing = excluded.email_marketing, "
            "sms_marketing = excluded.sms_marketing, note = excluded.note, "
            "note_updated_at = excluded.note_updated_at, online = excluded.online"),
        {c.id, shopId, nullableText(c.name), c.visitorName, nullableText(c.email),
         nullableText(c.email.trimmed().toLower()), nullableText(c.phone), nullableText(c.location),
         nullableText(c.timeZone), nullableTime(c.customerSince), c.lifetimeSpend.minorUnits,
         c.lifetimeSpend.currency, c.orderCount, c.emailMarketing, c.smsMarketing, nullableText(c.note),
         nullableTime(c.noteUpdatedAt), c.online});
}

std::optional<Conversation> ShopRepository::conversation(qint64 shopId, qint64 id)
{
    std::optional<Conversation> conversation;
    m_db.run(
        QStringLiteral("SELECT %1 FROM conversations WHERE shop_id = ? AND id = ?").arg(ConversationColumns),
        {shopId, id}, [&](const QSqlQuery &q) { conversation = readConversation(q); });
    return conversation;
}

std::optional<Conversation> ShopRepository::latestConversation(qint64 shopId, qint64 customerId)
{
    std::optional<Conversation> conversation;
    m_db.run(QStringLiteral("SELECT %1 FROM conversations WHERE shop_id = ? AND customer_id = ? "
                            "ORDER BY last_activity_at DESC, id DESC LIMIT 1")
                 .arg(ConversationColumns),
             {shopId, customerId}, [&](const QSqlQuery &q) { conversation = readConversation(q); });
    return conversation;
}

bool ShopRepository::saveConversation(qint64 shopId, const Conversation &c)
{
    return m_db.run(
        QStringLiteral(
            "INSERT INTO conversations(id, shop_id, customer_id, status, unread, assignee_id, topics, "
            "platform, started_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET shop_id = excluded.shop_id, "
            "customer_id = excluded.customer_id, status = excluded.status, unread = excluded.unread, "
            "assignee_id = excluded.assignee_id, topics = excluded.topics, platform = excluded.platform, "
            "started_at = excluded.started_at, last_activity_at = excluded.last_activity_at"),
        {c.id, shopId, c.customerId, json::toString(c.status), c.unread, nullableId(c.assigneeId),
         jsonText(QJsonArray::fromStringList(c.topics)), c.platform, c.startedAt.toMSecsSinceEpoch(),
         c.lastActivityAt.toMSecsSinceEpoch()});
}

std::optional<Message> ShopRepository::message(qint64 shopId, qint64 id)
{
    std::optional<Message> message;
    m_db.run(QStringLiteral("SELECT payload FROM messages WHERE shop_id = ? AND id = ?"), {shopId, id},
             [&](const QSqlQuery &q) {
                 message = decodeColumn<Message>(q.value(0), json::decodeMessage, "message");
             });
    return message;
}

std::optional<Message> ShopRepository::messageByClientId(qint64 shopId, const QString &clientId)
{
    std::optional<Message> message;
    m_db.run(QStringLiteral("SELECT payload FROM messages WHERE shop_id = ? AND client_id = ?"),
             {shopId, clientId}, [&](const QSqlQuery &q) {
                 message = decodeColumn<Message>(q.value(0), json::decodeMessage, "message");
             });
    return message;
}

bool ShopRepository::insertMessage(qint64 shopId, const Message &m)
{
    // body is NOT NULL: a card without text has "".
    return m_db.run(
        QStringLiteral("INSERT INTO messages(id, shop_id, conversation_id, client_id, kind, author, "
                       "staff_id, body, payload, created_at, delivery, failure_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.id, shopId, m.conversationId, nullableText(m.clientId), json::toString(m.kind),
         json::toString(m.author), nullableId(m.staffId), m.body.isNull() ? QStringLiteral("") : m.body,
         jsonText(json::encode(m)), m.createdAt.toMSecsSinceEpoch(), json::toString(m.delivery),
         nullableText(m.failureReason)});
}

bool ShopRepository::updateMessage(qint64 shopId, const Message &m)
{
    return m_db.run(
        QStringLiteral("UPDATE messages SET body = ?, payload = ?, delivery = ?, failure_reason = ? "
                       "WHERE shop_id = ? AND id = ?"),
        {m.body.isNull() ? QStringLiteral("") : m.body, jsonText(json::encode(m)), json::toString(m.delivery),
         nullableText(m.failureReason), shopId, m.id});
}

std::optional<Product> ShopRepository::product(qint64 shopId, qint64 id)
{
    std::optional<Product> product;
    m_db.run(QStringLiteral("SELECT document FROM products WHERE shop_id = ? AND id = ?"), {shopId, id},
             [&](const QSqlQuery &q) {
                 product = decodeColumn<Product>(q.value(0), json::decodeProduct, "product");
             });
    return product;
}

QList<Product> ShopRepository::publishedProducts(qint64 shopId, const QString &query, int limit)
{
    QList<Product> result;
    m_db.run(QStringLiteral("SELECT document FROM products WHERE shop_id = ? AND published = ? "
                            "AND lower(title) LIKE ? ESCAPE '\\' ORDER BY lower(title), id LIMIT ?"),
             {shopId, true, containsPattern(query.toLower()), limit}, [&](const QSqlQuery &q) {
                 if (std::optional<Product> p =
                         decodeColumn<Product>(q.value(0), json::decodeProduct, "product"))
                     result.append(*p);
             });
    return result;
}

bool ShopRepository::saveProduct(qint64 shopId, const Product &p)
{
    return m_db.run(
        QStringLiteral("INSERT INTO products(id, shop_id, title, image_url, url, published, document) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "shop_id = excluded.shop_id, title = excluded.title, image_url = excluded.image_url, "
                       "url = excluded.url, published = excluded.published, document = excluded.document"),
        {p.id, shopId, p.title, nullableText(p.imageUrl), nullableText(p.url), p.publishedOnlineStore,
         jsonText(json::encode(p))});
}

std::optional<DiscountCode> ShopRepository::discount(qint64 shopId, const QString &code)
{
    std::optional<DiscountCode> discount;
    m_db.run(QStringLiteral(
                 "SELECT code, summary, active FROM discounts WHERE shop_id = ? AND upper(code) = upper(?)"),
             {shopId, code}, [&](const QSqlQuery &q) { discount = readDiscount(q); });
    return discount;
}

QList<DiscountCode> ShopRepository::discounts(qint64 shopId, const QString &query)
{
    QList<DiscountCode> result;
    m_db.run(
        QStringLiteral("SELECT code, summary, active FROM discounts WHERE shop_id = ? AND "
                       "(lower(code) LIKE ? ESCAPE '\\' OR lower(summary) LIKE ? ESCAPE '\\') ORDER BY code"),
        {shopId, containsPattern(query.toLower()), containsPattern(query.toLower())},
        [&](const QSqlQuery &q) { result.append(readDiscount(q)); });
    return result;
}

bool ShopRepository::saveDiscount(qint64 shopId, const DiscountCode &d)
{
    return m_db.run(
        QStringLiteral("INSERT INTO discounts(shop_id, code, summary, active) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (shop_id, code) DO UPDATE SET summary = excluded.summary, "
                       "active = excluded.active"),
        {shopId, d.code, d.summary, d.active});
}

std::optional<Cart> ShopRepository::cart(qint64 shopId, qint64 customerId)
{
    std::optional<Cart> cart;
    m_db.run(QStringLiteral("SELECT document FROM carts WHERE shop_id = ? AND customer_id = ?"),
             {shopId, customerId},
             [&](const QSqlQuery &q) { cart = decodeColumn<Cart>(q.value(0), json::decodeCart, "cart"); });
    return cart;
}

bool ShopRepository::saveCart(qint64 shopId, const Cart &cart)
{
    return m_db.run(
        QStringLiteral("INSERT INTO carts(customer_id, shop_id, document, discount_code, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                       "shop_id = excluded.shop_id, document = excluded.document, "
                       "discount_code = excluded.discount_code, updated_at = excluded.updated_at"),
        {cart.customerId, shopId, jsonText(json::encode(cart)), nullableText(cart.discountCode),
         cart.updatedAt.toMSecsSinceEpoch()});
}

std::optional<Order> ShopRepository::orderByNumber(qint64 shopId, const QString &number)
{
    std::optional<Order> order;
    m_db.run(OrderColumns + QStringLiteral("WHERE shop_id = ? AND number = ?"), {shopId, number},
             [&](const QSqlQuery &q) { order = readOrder(q); });
    return order;
}

QList<Order> ShopRepository::orders(qint64 shopId, qint64 customerId)
{
    QList<Order> result;
    m_db.run(OrderColumns +
                 QStringLiteral("WHERE shop_id = ? AND customer_id = ? ORDER BY placed_at DESC, id DESC"),
             {shopId, customerId}, [&](const QSqlQuery &q) { result.append(readOrder(q)); });
    return result;
}

bool ShopRepository::saveOrder(qint64 shopId, const Order &o)
{
    return m_db.run(
        QStringLiteral(
            "INSERT INTO orders(id, shop_id, number, customer_id, placed_at, total, currency, "
            "financial_status, fulfillment_status, open, tracking_url, status_page_url) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "shop_id = excluded.shop_id, number = excluded.number, customer_id = excluded.customer_id, "
            "placed_at = excluded.placed_at, total = excluded.total, currency = excluded.currency, "
            "financial_status = excluded.financial_status, "
            "fulfillment_status = excluded.fulfillment_status, open = excluded.open, "
            "tracking_url = excluded.tracking_url, status_page_url = excluded.status_page_url"),
        {o.id, shopId, o.number, o.customerId, o.placedAt.toMSecsSinceEpoch(), o.total.minorUnits,
         o.total.currency, o.financialStatus, o.fulfillmentStatus, o.open, nullableText(o.trackingUrl),
         nullableText(o.statusPageUrl)});
}

QList<SavedReply> ShopRepository::savedReplies(qint64 shopId)
{
    QList<SavedReply> result;
    m_db.run(SavedReplyColumns + QStringLiteral("WHERE shop_id = ?"), {shopId},
             [&](const QSqlQuery &q) { result.append(readSavedReply(q)); });
    // Sorted here, not by ORDER BY: PostgreSQL's locale collation ignores '-' and '_' and would order
    // differently from SQLite. Shortcuts are ASCII, so this is byte order on both.
    std::sort(result.begin(), result.end(),
              [](const SavedReply &a, const SavedReply &b) { return a.shortcut < b.shortcut; });
    return result;
}

std::optional<SavedReply> ShopRepository::savedReply(qint64 shopId, qint64 id)
{
    std::optional<SavedReply> reply;
    m_db.run(SavedReplyColumns + QStringLiteral("WHERE shop_id = ? AND id = ?"), {shopId, id},
             [&](const QSqlQuery &q) { reply = readSavedReply(q); });
    return reply;
}

std::optional<SavedReply> ShopRepository::savedReplyByShortcut(qint64 shopId, const QString &shortcut)
{
    std::optional<SavedReply> reply;
    m_db.run(SavedReplyColumns + QStringLiteral("WHERE shop_id = ? AND shortcut = ?"), {shopId, shortcut},
             [&](const QSqlQuery &q) { reply = readSavedReply(q); });
    return reply;
}

std::optional<SavedReply> ShopRepository::savedReplyByClientId(qint64 shopId, const QString &clientId)
{
    std::optional<SavedReply> reply;
    m_db.run(SavedReplyColumns + QStringLiteral("WHERE shop_id = ? AND client_id = ?"), {shopId, clientId},
             [&](const QSqlQuery &q) { reply = readSavedReply(q); });
    return reply;
}

bool ShopRepository::saveSavedReply(qint64 shopId, const SavedReply &r, const QString &clientId)
{
    return m_db.run(
        QStringLiteral(
            "INSERT INTO saved_replies(id, shop_id, shortcut, text, updated_at, client_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "shortcut = excluded.shortcut, text = excluded.text, updated_at = excluded.updated_at"),
        {r.id, shopId, r.shortcut, r.text, r.updatedAt.toMSecsSinceEpoch(), nullableText(clientId)});
}

bool ShopRepository::deleteSavedReply(qint64 shopId, qint64 id)
{
    return m_db.run(QStringLiteral("DELETE FROM saved_replies WHERE shop_id = ? AND id = ?"), {shopId, id});
}

} // namespace shopinbox::server
