#include "cartstore.h"

#include "codec/jsoncodec.h"
#include "sqlitedatabase.h"
#include "timecolumn.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopinbox {

CartStore::CartStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO carts(customer_id, lines, item_count, subtotal, currency, discount_code, updated_at) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(customer_id) DO UPDATE SET lines = "
          "excluded.lines, "
          "item_count = excluded.item_count, subtotal = excluded.subtotal, currency = excluded.currency, "
          "discount_code = excluded.discount_code, updated_at = excluded.updated_at")))
    , m_get(db.prepare(QStringLiteral("SELECT customer_id, lines, discount_code, updated_at FROM carts "
                                      "WHERE customer_id = ?1")))
{
}

bool CartStore::upsert(const Cart &cart)
{
    QJsonArray lines;
    for (const CartLine &line : cart.lines)
        lines.append(json::encode(line));
    // Item count and subtotal are stored beside the lines so the conversation list reads them in SQL.
    const Money subtotal = cart.subtotal();
    SqliteStatement &q = m_upsert;
    q.bind(1, cart.customerId);
    q.bind(2, QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)));
    q.bind(3, cart.itemCount());
    q.bind(4, subtotal.minorUnits);
    q.bindText(5, subtotal.currency);
    q.bindText(6, cart.discountCode);
    q.bind(7, timecolumn::toColumn(cart.updatedAt).value_or(0));
    return q.exec();
}

std::optional<Cart> CartStore::get(qint64 customerId)
{
    SqliteStatement &q = m_get;
    q.bind(1, customerId);
    if (!q.step())
        return std::nullopt;
    Cart cart;
    cart.customerId = q.int64(0);
    const QJsonArray lines = QJsonDocument::fromJson(q.text(1).toUtf8()).array();
    for (const QJsonValue &value : lines) {
        Decoded<CartLine> line = json::decodeCartLine(value);
        if (line.ok())
            cart.lines.append(std::move(line).value());
    }
    cart.discountCode = q.text(2);
    cart.updatedAt = timecolumn::fromColumn(q.int64(3));
    q.reset();
    return cart;
}

} // namespace shopinbox
