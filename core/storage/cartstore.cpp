#include "cartstore.h"

#include "codec/jsoncodec.h"
#include "columnlist.h"
#include "sqlitedatabase.h"
#include "timecolumn.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shopinbox {

namespace {

// The carts table, in one order for the upsert, the SELECT and get().
enum class Col { CustomerId, Lines, ItemCount, Subtotal, Currency, DiscountCode, UpdatedAt, Count };
constexpr ColumnList<Col> Columns{
    {"customer_id", "lines", "item_count", "subtotal", "currency", "discount_code", "updated_at"}};

} // namespace

CartStore::CartStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QLatin1String("INSERT INTO carts(") + Columns.names() +
                          QLatin1String(") VALUES (") + Columns.placeholders() +
                          QLatin1String(") ON CONFLICT(customer_id) DO UPDATE SET ") +
                          Columns.assignExcluded({Col::CustomerId})))
    , m_get(db.prepare(QLatin1String("SELECT ") + Columns.names() +
                       QLatin1String(" FROM carts WHERE customer_id = ?1")))
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
    q.bind(Columns.param(Col::CustomerId), cart.customerId);
    q.bind(Columns.param(Col::Lines), QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)));
    q.bind(Columns.param(Col::ItemCount), cart.itemCount());
    q.bind(Columns.param(Col::Subtotal), subtotal.minorUnits);
    q.bindText(Columns.param(Col::Currency), subtotal.currency);
    q.bindText(Columns.param(Col::DiscountCode), cart.discountCode);
    q.bind(Columns.param(Col::UpdatedAt), timecolumn::toColumn(cart.updatedAt).value_or(0));
    return q.exec();
}

std::optional<Cart> CartStore::get(qint64 customerId)
{
    SqliteStatement &q = m_get;
    q.bind(1, customerId);
    if (!q.step())
        return std::nullopt;
    Cart cart;
    cart.customerId = q.int64(Columns.at(Col::CustomerId));
    const QJsonArray lines = QJsonDocument::fromJson(q.text(Columns.at(Col::Lines)).toUtf8()).array();
    for (const QJsonValue value : lines) {
        Decoded<CartLine> line = json::decodeCartLine(value);
        if (line.ok())
            cart.lines.append(std::move(line).value());
    }
    cart.discountCode = q.text(Columns.at(Col::DiscountCode));
    cart.updatedAt = timecolumn::fromColumn(q.int64(Columns.at(Col::UpdatedAt)));
    q.reset();
    return cart;
}

} // namespace shopinbox
