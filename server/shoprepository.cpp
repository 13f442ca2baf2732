#include "shoprepository.h"

#include "codec/jsoncodec.h"
#include "serverdatabase.h"
#include "serverlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

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

QString likeContains(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
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
    c.status = q.value(2).toString() == QLatin1String("closed") ? ConversationStatus::Closed
                                                                : ConversationStatus::Open;
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

std::optional<Shop> ShopRepository::shop(qint64 id)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT id, name, currency, time_zone, admin_url FROM shops WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Shop shop{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
              q.value(4).toString()};
    q.finish();
    return shop;
}

QList<Shop> ShopRepository::shops()
{
    QList<Shop> result;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT id, name, currency, time_zone, admin_url FROM shops ORDER BY id"));
    if (!m_db.exec(q))
        return result;
    while (q.next())
        result.append(Shop{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()});
    return result;
}

bool ShopRepository::insertShop(const Shop &shop, const QString &storefrontUrl)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO shops(id, name, currency, time_zone, admin_url, "
                                               "storefront_url) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(shop.id);
    q.addBindValue(shop.name);
    q.addBindValue(shop.currency);
    q.addBindValue(shop.timeZone);
    q.addBindValue(shop.adminUrl);
    q.addBindValue(storefrontUrl);
    return m_db.exec(q);
}

QJsonObject ShopRepository::settings(qint64 shopId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT settings FROM shops WHERE id = ?"));
    q.addBindValue(shopId);
    if (!m_db.exec(q) || !q.next())
        return {};
    const QJsonObject settings = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return settings;
}

bool ShopRepository::setSettings(qint64 shopId, const QJsonObject &settings)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE shops SET settings = ? WHERE id = ?"));
    q.addBindValue(jsonText(settings));
    q.addBindValue(shopId);
    return m_db.exec(q);
}

QString ShopRepository::storefrontUrl(qint64 shopId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT storefront_url FROM shops WHERE id = ?"));
    q.addBindValue(shopId);
    if (!m_db.exec(q) || !q.next())
        return {};
    const QString url = q.value(0).toString();
    q.finish();
    return url;
}

namespace {
const QString StaffColumns = QStringLiteral("id, name, email, chat_permission, shop_id, password_hash");

StaffAccount readStaff(const QSqlQuery &q)
{
    StaffAccount account;
    account.staff =
        Staff{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    account.shopId = q.value(4).toLongLong();
    account.passwordHash = q.value(5).toString();
    return account;
}
} // namespace

std::optional<StaffAccount> ShopRepository::staffByEmail(const QString &email)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM staff WHERE email = ?").arg(StaffColumns));
    q.addBindValue(email.trimmed().toLower());
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    StaffAccount account = readStaff(q);
    q.finish();
    return account;
}

std::optional<StaffAccount> ShopRepository::staffById(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(StaffColumns));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    StaffAccount account = readStaff(q);
    q.finish();
    return account;
}

QList<Staff> ShopRepository::staff(qint64 shopId, bool chatOnly)
{
    QList<Staff> result;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM staff WHERE shop_id = ? ORDER BY name, id").arg(StaffColumns));
    q.addBindValue(shopId);
    if (!m_db.exec(q))
        return result;
    while (q.next()) {
        const StaffAccount account = readStaff(q);
        if (!chatOnly || account.staff.chatPermission)
            result.append(account.staff);
    }
    return result;
}

bool ShopRepository::insertStaff(const StaffAccount &account)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO staff(id, shop_id, name, email, password_hash, "
                                               "chat_permission) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.staff.id);
    q.addBindValue(account.shopId);
    q.addBindValue(account.staff.name);
    q.addBindValue(account.staff.email.trimmed().toLower());
    q.addBindValue(account.passwordHash);
    q.addBindValue(account.staff.chatPermission);
    return m_db.exec(q);
}

std::optional<Customer> ShopRepository::customer(qint64 shopId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM customers WHERE shop_id = ? AND id = ?").arg(CustomerColumns));
    q.addBindValue(shopId);
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Customer c = readCustomer(q);
    q.finish();
    return c;
}

std::optional<Customer> ShopRepository::customerByEmail(qint64 shopId, const QString &email)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM customers WHERE shop_id = ? AND email_lower = ?")
                         .arg(CustomerColumns));
    q.addBindValue(shopId);
    q.addBindValue(email.trimmed().toLower());
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Customer c = readCustomer(q);
    q.finish();
    return c;
}

bool ShopRepository::visitorNameTaken(qint64 shopId, const QString &visitorName)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT 1 FROM customers WHERE shop_id = ? AND visitor_name = ?"));
    q.addBindValue(shopId);
    q.addBindValue(visitorName);
    const bool taken = m_db.exec(q) && q.next();
    q.finish();
    return taken;
}

bool ShopRepository::saveCustomer(qint64 shopId, const Customer &c)
{
    // UPDATE first: the common case (presence, notes, returning customers) costs one statement.
    for (const bool update : {true, false}) {
        QSqlQuery &q = m_db.prepare(
            update ? QStringLiteral(
                         "UPDATE customers SET name = ?, visitor_name = ?, email = ?, email_lower = ?, "
                         "phone = ?, location = ?, time_zone = ?, customer_since = ?, lifetime_spend = ?, "
                         "currency = ?, order_count = ?, email_marketing = ?, sms_marketing = ?, note = ?, "
                         "note_updated_at = ?, online = ?, shop_id = ? WHERE id = ?")
                   : QStringLiteral(
                         "INSERT INTO customers(name, visitor_name, email, email_lower, phone, location, "
                         "time_zone, customer_since, lifetime_spend, currency, order_count, "
                         "email_marketing, sms_marketing, note, note_updated_at, online, shop_id, id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(nullableText(c.name));
        q.addBindValue(c.visitorName);
        q.addBindValue(nullableText(c.email));
        q.addBindValue(nullableText(c.email.trimmed().toLower()));
        q.addBindValue(nullableText(c.phone));
        q.addBindValue(nullableText(c.location));
        q.addBindValue(nullableText(c.timeZone));
        q.addBindValue(nullableTime(c.customerSince));
        q.addBindValue(c.lifetimeSpend.minorUnits);
        q.addBindValue(c.lifetimeSpend.currency);
        q.addBindValue(c.orderCount);
        q.addBindValue(c.emailMarketing);
        q.addBindValue(c.smsMarketing);
        q.addBindValue(nullableText(c.note));
        q.addBindValue(nullableTime(c.noteUpdatedAt));
        q.addBindValue(c.online);
        q.addBindValue(shopId);
        q.addBindValue(c.id);
        if (!m_db.exec(q))
            return false;
        if (!update || q.numRowsAffected() > 0)
            return true;
    }
    return false;
}

std::optional<Conversation> ShopRepository::conversation(qint64 shopId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE shop_id = ? AND id = ?").arg(ConversationColumns));
    q.addBindValue(shopId);
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Conversation c = readConversation(q);
    q.finish();
    return c;
}

std::optional<Conversation> ShopRepository::latestConversation(qint64 shopId, qint64 customerId)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE shop_id = ? AND customer_id = ? "
                                    "ORDER BY last_activity_at DESC, id DESC LIMIT 1")
                         .arg(ConversationColumns));
    q.addBindValue(shopId);
    q.addBindValue(customerId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Conversation c = readConversation(q);
    q.finish();
    return c;
}

bool ShopRepository::saveConversation(qint64 shopId, const Conversation &c)
{
    for (const bool update : {true, false}) {
        QSqlQuery &q = m_db.prepare(
            update ? QStringLiteral(
                         "UPDATE conversations SET customer_id = ?, status = ?, unread = ?, assignee_id = ?, "
                         "topics = ?, platform = ?, started_at = ?, last_activity_at = ?, shop_id = ? "
                         "WHERE id = ?")
                   : QStringLiteral(
                         "INSERT INTO conversations(customer_id, status, unread, assignee_id, topics, "
                         "platform, started_at, last_activity_at, shop_id, id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.customerId);
        q.addBindValue(json::toString(c.status));
        q.addBindValue(c.unread);
        q.addBindValue(nullableId(c.assigneeId));
        q.addBindValue(jsonText(QJsonArray::fromStringList(c.topics)));
        q.addBindValue(c.platform);
        q.addBindValue(c.startedAt.toMSecsSinceEpoch());
        q.addBindValue(c.lastActivityAt.toMSecsSinceEpoch());
        q.addBindValue(shopId);
        q.addBindValue(c.id);
        if (!m_db.exec(q))
            return false;
        if (!update || q.numRowsAffected() > 0)
            return true;
    }
    return false;
}

std::optional<Message> ShopRepository::message(qint64 shopId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT payload FROM messages WHERE shop_id = ? AND id = ?"));
    q.addBindValue(shopId);
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    std::optional<Message> m = decodeColumn<Message>(q.value(0), json::decodeMessage, "message");
    q.finish();
    return m;
}

std::optional<Message> ShopRepository::messageByClientId(qint64 shopId, const QString &clientId)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT payload FROM messages WHERE shop_id = ? AND client_id = ?"));
    q.addBindValue(shopId);
    q.addBindValue(clientId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    std::optional<Message> m = decodeColumn<Message>(q.value(0), json::decodeMessage, "message");
    q.finish();
    return m;
}

bool ShopRepository::insertMessage(qint64 shopId, const Message &m)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO messages(id, shop_id, conversation_id, client_id, kind, author, "
                       "staff_id, body, payload, "
                       "created_at, delivery, failure_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(shopId);
    q.addBindValue(m.conversationId);
    q.addBindValue(nullableText(m.clientId));
    q.addBindValue(json::toString(m.kind));
    q.addBindValue(json::toString(m.author));
    q.addBindValue(nullableId(m.staffId));
    q.addBindValue(m.body.isNull() ? QStringLiteral("") : m.body); // NOT NULL: a card without text has ""
    q.addBindValue(jsonText(json::encode(m)));
    q.addBindValue(m.createdAt.toMSecsSinceEpoch());
    q.addBindValue(json::toString(m.delivery));
    q.addBindValue(nullableText(m.failureReason));
    return m_db.exec(q);
}

bool ShopRepository::updateMessage(qint64 shopId, const Message &m)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE messages SET body = ?, payload = ?, delivery = ?, "
                                               "failure_reason = ? WHERE shop_id = ? AND id = ?"));
    q.addBindValue(m.body);
    q.addBindValue(jsonText(json::encode(m)));
    q.addBindValue(json::toString(m.delivery));
    q.addBindValue(nullableText(m.failureReason));
    q.addBindValue(shopId);
    q.addBindValue(m.id);
    return m_db.exec(q);
}

std::optional<Product> ShopRepository::product(qint64 shopId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT document FROM products WHERE shop_id = ? AND id = ?"));
    q.addBindValue(shopId);
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    std::optional<Product> p = decodeColumn<Product>(q.value(0), json::decodeProduct, "product");
    q.finish();
    return p;
}

QList<Product> ShopRepository::publishedProducts(qint64 shopId, const QString &query, int limit)
{
    QList<Product> result;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT document FROM products WHERE shop_id = ? AND "
                                               "published = ? AND lower(title) LIKE ? ESCAPE '\\' "
                                               "ORDER BY lower(title), id LIMIT ?"));
    q.addBindValue(shopId);
    q.addBindValue(true);
    q.addBindValue(likeContains(query));
    q.addBindValue(limit);
    if (!m_db.exec(q))
        return result;
    while (q.next()) {
        if (std::optional<Product> p = decodeColumn<Product>(q.value(0), json::decodeProduct, "product"))
            result.append(*p);
    }
    return result;
}

bool ShopRepository::saveProduct(qint64 shopId, const Product &p)
{
    QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM products WHERE id = ?"));
    del.addBindValue(p.id);
    if (!m_db.exec(del))
        return false;
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO products(id, shop_id, title, image_url, url, "
                                               "published, document) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(shopId);
    q.addBindValue(p.title);
    q.addBindValue(nullableText(p.imageUrl));
    q.addBindValue(nullableText(p.url));
    q.addBindValue(p.publishedOnlineStore);
    q.addBindValue(jsonText(json::encode(p)));
    return m_db.exec(q);
}

std::optional<DiscountCode> ShopRepository::discount(qint64 shopId, const QString &code)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT code, summary, active FROM discounts WHERE shop_id = ? AND upper(code) = upper(?)"));
    q.addBindValue(shopId);
    q.addBindValue(code);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    DiscountCode d{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
    q.finish();
    return d;
}

QList<DiscountCode> ShopRepository::discounts(qint64 shopId, const QString &query)
{
    QList<DiscountCode> result;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT code, summary, active FROM discounts WHERE shop_id = ? AND (lower(code) LIKE ? ESCAPE '\\' "
        "OR lower(summary) LIKE ? ESCAPE '\\') ORDER BY code"));
    q.addBindValue(shopId);
    q.addBindValue(likeContains(query));
    q.addBindValue(likeContains(query));
    if (!m_db.exec(q))
        return result;
    while (q.next())
        result.append(DiscountCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return result;
}

bool ShopRepository::saveDiscount(qint64 shopId, const DiscountCode &d)
{
    QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM discounts WHERE shop_id = ? AND code = ?"));
    del.addBindValue(shopId);
    del.addBindValue(d.code);
    if (!m_db.exec(del))
        return false;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO discounts(shop_id, code, summary, active) VALUES (?, ?, ?, ?)"));
    q.addBindValue(shopId);
    q.addBindValue(d.code);
    q.addBindValue(d.summary);
    q.addBindValue(d.active);
    return m_db.exec(q);
}

std::optional<Cart> ShopRepository::cart(qint64 shopId, qint64 customerId)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT document FROM carts WHERE shop_id = ? AND customer_id = ?"));
    q.addBindValue(shopId);
    q.addBindValue(customerId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    std::optional<Cart> cart = decodeColumn<Cart>(q.value(0), json::decodeCart, "cart");
    q.finish();
    return cart;
}

bool ShopRepository::saveCart(qint64 shopId, const Cart &cart)
{
    QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM carts WHERE customer_id = ?"));
    del.addBindValue(cart.customerId);
    if (!m_db.exec(del))
        return false;
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO carts(customer_id, shop_id, document, "
                                               "discount_code, updated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(cart.customerId);
    q.addBindValue(shopId);
    q.addBindValue(jsonText(json::encode(cart)));
    q.addBindValue(nullableText(cart.discountCode));
    q.addBindValue(cart.updatedAt.toMSecsSinceEpoch());
    return m_db.exec(q);
}

namespace {
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
} // namespace

std::optional<Order> ShopRepository::orderByNumber(qint64 shopId, const QString &number)
{
    QSqlQuery &q = m_db.prepare(OrderColumns + QStringLiteral("WHERE shop_id = ? AND number = ?"));
    q.addBindValue(shopId);
    q.addBindValue(number);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Order o = readOrder(q);
    q.finish();
    return o;
}

QList<Order> ShopRepository::orders(qint64 shopId, qint64 customerId)
{
    QList<Order> result;
    QSqlQuery &q = m_db.prepare(
        OrderColumns +
        QStringLiteral("WHERE shop_id = ? AND customer_id = ? ORDER BY placed_at DESC, id DESC"));
    q.addBindValue(shopId);
    q.addBindValue(customerId);
    if (!m_db.exec(q))
        return result;
    while (q.next())
        result.append(readOrder(q));
    return result;
}

bool ShopRepository::saveOrder(qint64 shopId, const Order &o)
{
    QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM orders WHERE id = ?"));
    del.addBindValue(o.id);
    if (!m_db.exec(del))
        return false;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO orders(id, shop_id, number, customer_id, placed_at, total, currency, financial_status, "
        "fulfillment_status, open, tracking_url, status_page_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    q.addBindValue(o.id);
    q.addBindValue(shopId);
    q.addBindValue(o.number);
    q.addBindValue(o.customerId);
    q.addBindValue(o.placedAt.toMSecsSinceEpoch());
    q.addBindValue(o.total.minorUnits);
    q.addBindValue(o.total.currency);
    q.addBindValue(o.financialStatus);
    q.addBindValue(o.fulfillmentStatus);
    q.addBindValue(o.open);
    q.addBindValue(nullableText(o.trackingUrl));
    q.addBindValue(nullableText(o.statusPageUrl));
    return m_db.exec(q);
}

} // namespace shopinbox::server
