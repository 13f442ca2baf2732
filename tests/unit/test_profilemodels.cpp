// Tests of the customer profile dock's core classes over a cache: the cart lines and order list models
// (live changes as row inserts, removals and dataChanged, never a reset; watched by QAbstractItemModelTester,
// fatal on the first contract violation) and CustomerProfile's rules (returning customer, last order within
// 60 days or still open, open orders, the customer's local time across a DST change, changed()).
#include <gtest/gtest.h>

#include "codec/jsoncodec.h"
#include "domain/clock.h"
#include "models/cartlinesmodel.h"
#include "models/customerprofile.h"
#include "models/orderlistmodel.h"
#include "storage/cache.h"
#include "storage/cartstore.h"
#include "storage/eventapplier.h"
#include "storage/orderstore.h"
#include "tempdir.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

using namespace shopinbox;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// 2026-03-20T12:00:00Z: "now" of the fixed clock.
const QDateTime Now = QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::utc());

/** A clock that says what the test tells it to. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

Customer customer(qint64 id, const QString &name, int orderCount, const QString &timeZone = {})
{
    Customer c;
    c.id = id;
    c.name = name;
    c.visitorName = QStringLiteral("Visitor %1").arg(4000 + id);
    c.timeZone = timeZone;
    c.orderCount = orderCount;
    c.lifetimeSpend = Money{orderCount * 5000, QStringLiteral("EUR")};
    return c;
}

Conversation conversation(qint64 id, qint64 customerId)
{
    Conversation c;
    c.id = id;
    c.customerId = customerId;
    c.platform = QStringLiteral("online_store");
    c.startedAt = Now.addSecs(-3600);
    c.lastActivityAt = Now.addSecs(-60);
    return c;
}

CartLine line(qint64 variantId, int quantity, qint64 priceMinor, int available = 5)
{
    return CartLine{variantId / 10,
                    variantId,
                    QStringLiteral("Product %1").arg(variantId / 10),
                    QStringLiteral("Variant %1").arg(variantId),
                    quantity,
                    Money{priceMinor, QStringLiteral("EUR")},
                    available};
}

Cart cart(qint64 customerId, const QList<CartLine> &lines)
{
    Cart c;
    c.customerId = customerId;
    c.lines = lines;
    c.updatedAt = Now;
    return c;
}

Order order(qint64 id, qint64 customerId, const QDateTime &placedAt, bool open, qint64 totalMinor = 4500)
{
    return Order{id,
                 QStringLiteral("#%1").arg(id + 1000),
                 customerId,
                 placedAt,
                 Money{totalMinor, QStringLiteral("EUR")},
                 QStringLiteral("paid"),
                 open ? QStringLiteral("unfulfilled") : QStringLiteral("fulfilled"),
                 open,
                 open ? QString() : QStringLiteral("https://track.example.com/%1").arg(id),
                 QStringLiteral("https://demo.shop/orders/%1").arg(id)};
}

QVariant dataAt(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

QList<qint64> column(const QAbstractItemModel &model, int role)
{
    QList<qint64> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(dataAt(model, row, role).toLongLong());
    return values;
}

/** Rows reported by a dataChanged spy. */
QList<int> changedRows(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &args : spy) {
        for (int row = args.at(0).value<QModelIndex>().row(); row <= args.at(1).value<QModelIndex>().row();
             ++row)
            rows.append(row);
    }
    return rows;
}

/** (first, last) of each rowsInserted / rowsRemoved signal in a spy. */
QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append({args.at(1).toInt(), args.at(2).toInt()});
    return result;
}

/** Every structural signal of a model, counted from construction. */
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        reset.clear();
        changed.clear();
        inserted.clear();
        removed.clear();
        moved.clear();
        layout.clear();
    }
    qsizetype total() const
    {
        return reset.count() + changed.count() + inserted.count() + removed.count() + moved.count() +
               layout.count();
    }
    QSignalSpy reset;
    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy layout;
};

/**
 * A cache with two customers: Sophie (1, returning, Europe/Amsterdam) in conversation 10 with a cart of three
 * lines and three orders, and Jonas (2, new, no time zone) in conversation 20 with a cart of one line.
 */
class ProfileModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Cache::OpenResult opened = cache.open(dir.file(QStringLiteral("shop.sqlite")));
        ASSERT_EQ(opened.status, Cache::Status::Created) << opened.message.toStdString();
        apply({event("customer.upserted",
                     customer(1, QStringLiteral("Sophie de Vries"), 3, QStringLiteral("Europe/Amsterdam"))),
               event("customer.upserted", customer(2, QStringLiteral("Jonas Weber"), 0)),
               event("conversation.upserted", conversation(10, 1)),
               event("conversation.upserted", conversation(20, 2)), event("cart.updated", sophieCart),
               event("cart.updated", cart(2, {line(91, 1, 999)})),
               event("order.upserted", order(501, 1, Now.addDays(-30), false, 8950)),
               event("order.upserted", order(502, 1, Now.addDays(-10), true, 4500)),
               event("order.upserted", order(503, 1, Now.addDays(-2), true, 12000))});
    }

    template<typename T> ServerEvent event(const char *type, const T &value)
    {
        ++seq;
        return ServerEvent{seq, QString::fromLatin1(type), Now, json::encode(value)};
    }

    void apply(const QList<ServerEvent> &events)
    {
        const EventApplier::Result result = EventApplier(cache).apply(events);
        ASSERT_TRUE(result.ok) << result.error.toStdString();
        ASSERT_TRUE(result.skipped.isEmpty()) << result.skipped.constFirst().toStdString();
        ASSERT_EQ(result.applied, events.size());
    }

    void updateCart(const Cart &c) { apply({event("cart.updated", c)}); }
    void upsertOrder(const Order &o) { apply({event("order.upserted", o)}); }

    const Cart sophieCart = cart(1, {line(11, 2, 8950, 12), line(21, 1, 4500, 3), line(31, 4, 1250, 0)});

    TempDir dir;
    Cache cache;
    qint64 seq = 0;
};

// --- CartLinesModel ---------------------------------------------------------------------------------------

TEST_F(ProfileModelsTest, CartLinesFollowLiveCartChangesWithoutAReset)
{
    CartLinesModel model(cache);
    QAbstractItemModelTester tester(&model, Fatal);
    ModelSpies spies(&model);
    using R = CartLinesModel;

    EXPECT_EQ(model.rowCount(), 0);
    model.setCustomer(1);
    EXPECT_EQ(model.customerId(), 1);
    EXPECT_EQ(spies.reset.count(), 1);
    EXPECT_EQ(column(model, R::VariantIdRole), (QList<qint64>{11, 21, 31}));
    spies.clear();

    // A quantity changes: dataChanged for that row only.
    Cart c = sophieCart;
    c.lines[1].quantity = 3;
    updateCart(c);
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(spies.inserted.count(), 0);
    EXPECT_EQ(spies.removed.count(), 0);
    EXPECT_EQ(changedRows(spies.changed), (QList<int>{1}));
    EXPECT_EQ(dataAt(model, 1, R::QuantityRole).toInt(), 3);
    EXPECT_EQ(dataAt(model, 1, R::LineTotalMinorRole).toLongLong(), 3 * 4500);
    EXPECT_EQ(dataAt(model, 0, R::QuantityRole).toInt(), 2);
    spies.clear();

    // A line added between the second and third: inserted at row 2.
    c.lines.insert(2, line(41, 1, 3000));
    updateCart(c);
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{2, 2}}));
    EXPECT_EQ(spies.removed.count(), 0);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(column(model, R::VariantIdRole), (QList<qint64>{11, 21, 41, 31}));
    spies.clear();

    // A line added at the end.
    c.lines.append(line(51, 2, 700));
    updateCart(c);
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{4, 4}}));
    EXPECT_EQ(spies.reset.count() + spies.removed.count() + spies.changed.count(), 0);
    EXPECT_EQ(column(model, R::VariantIdRole), (QList<qint64>{11, 21, 41, 31, 51}));
    spies.clear();

    // A line removed in the middle: only that row goes.
    c.lines.removeAt(1);
    updateCart(c);
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(ranges(spies.removed), (QList<std::pair<int, int>>{{1, 1}}));
    EXPECT_EQ(spies.inserted.count(), 0);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(column(model, R::VariantIdRole), (QList<qint64>{11, 41, 31, 51}));
    spies.clear();

    // Another customer's cart changes: nothing happens here.
    updateCart(cart(2, {line(91, 5, 999), line(92, 1, 100)}));
    EXPECT_EQ(spies.total(), 0);
    EXPECT_EQ(model.rowCount(), 4);

    // The same cart published again without a change: no signal at all.
    updateCart(c);
    EXPECT_EQ(spies.total(), 0);

    // The model matches the cache line for line.
    const std::optional<Cart> stored = cache.carts().get(1);
    ASSERT_TRUE(stored);
    EXPECT_EQ(model.rows(), stored->lines);

    // The cart emptied: every row removed, still no reset.
    updateCart(cart(1, {}));
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(ranges(spies.removed), (QList<std::pair<int, int>>{{0, 3}}));
    EXPECT_EQ(model.rowCount(), 0);
    spies.clear();

    // Filled again from empty.
    updateCart(cart(1, {line(11, 1, 8950)}));
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{0, 0}}));
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(ProfileModelsTest, CartLinesResetOnlyWhenTheCustomerChanges)
{
    CartLinesModel model(cache);
    QAbstractItemModelTester tester(&model, Fatal);
    ModelSpies spies(&model);

    model.setCustomer(1);
    EXPECT_EQ(model.rowCount(), 3);
    model.setCustomer(2);
    EXPECT_EQ(spies.reset.count(), 2);
    EXPECT_EQ(column(model, CartLinesModel::VariantIdRole), (QList<qint64>{91}));
    spies.clear();

    // Now customer 1's cart is someone else's.
    Cart c = sophieCart;
    c.lines[0].quantity = 9;
    updateCart(c);
    EXPECT_EQ(spies.total(), 0);

    // No customer: empty, and no cart event reaches it.
    model.setCustomer(0);
    EXPECT_EQ(model.rowCount(), 0);
    spies.clear();
    updateCart(cart(2, {line(91, 2, 999)}));
    updateCart(sophieCart);
    EXPECT_EQ(spies.total(), 0);
    EXPECT_EQ(model.rowCount(), 0);

    // A customer without a cart (Jonas's cart exists, so use a third customer).
    apply({event("customer.upserted", customer(3, QStringLiteral("Chloé Martin"), 0))});
    model.setCustomer(3);
    EXPECT_EQ(model.rowCount(), 0);
    spies.clear();
    // Their first cart arrives live: rows inserted, not a reset.
    updateCart(cart(3, {line(11, 1, 8950), line(21, 2, 4500)}));
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{0, 0}, {1, 1}}));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(ProfileModelsTest, CartLinesRolesAndRoleNames)
{
    CartLinesModel model(cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setCustomer(1);
    ASSERT_EQ(model.rowCount(), 3);
    using R = CartLinesModel;

    EXPECT_EQ(dataAt(model, 0, R::ProductIdRole).toLongLong(), 1);
    EXPECT_EQ(dataAt(model, 0, R::VariantIdRole).toLongLong(), 11);
    EXPECT_EQ(dataAt(model, 0, R::TitleRole).toString(), QStringLiteral("Product 1"));
    EXPECT_EQ(dataAt(model, 0, R::VariantRole).toString(), QStringLiteral("Variant 11"));
    EXPECT_EQ(dataAt(model, 0, R::QuantityRole).toInt(), 2);
    EXPECT_EQ(dataAt(model, 0, R::UnitPriceMinorRole).toLongLong(), 8950);
    EXPECT_EQ(dataAt(model, 0, R::LineTotalMinorRole).toLongLong(), 17900);
    EXPECT_EQ(dataAt(model, 0, R::CurrencyRole).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(dataAt(model, 0, R::AvailableRole).toInt(), 12);
    EXPECT_EQ(dataAt(model, 0, Qt::DisplayRole).toString(), QStringLiteral("2 × Product 1"));

    EXPECT_EQ(column(model, R::QuantityRole), (QList<qint64>{2, 1, 4}));
    EXPECT_EQ(column(model, R::UnitPriceMinorRole), (QList<qint64>{8950, 4500, 1250}));
    EXPECT_EQ(column(model, R::LineTotalMinorRole), (QList<qint64>{17900, 4500, 5000}));
    EXPECT_EQ(column(model, R::AvailableRole), (QList<qint64>{12, 3, 0}));
    // The totals of the rows add up to the cart's subtotal.
    qint64 sum = 0;
    for (qint64 total : column(model, R::LineTotalMinorRole))
        sum += total;
    EXPECT_EQ(sum, sophieCart.subtotal().minorUnits);

    // Out of range and unknown roles: nothing.
    EXPECT_FALSE(dataAt(model, 0, Qt::UserRole + 100).isValid());
    EXPECT_FALSE(model.data(QModelIndex(), R::TitleRole).isValid());

    const QHash<int, QByteArray> names = model.roleNames();
    EXPECT_EQ(names.value(Qt::DisplayRole), QByteArray("display"));
    EXPECT_EQ(names.value(R::ProductIdRole), QByteArray("productId"));
    EXPECT_EQ(names.value(R::VariantIdRole), QByteArray("variantId"));
    EXPECT_EQ(names.value(R::TitleRole), QByteArray("title"));
    EXPECT_EQ(names.value(R::VariantRole), QByteArray("variant"));
    EXPECT_EQ(names.value(R::QuantityRole), QByteArray("quantity"));
    EXPECT_EQ(names.value(R::UnitPriceMinorRole), QByteArray("unitPriceMinor"));
    EXPECT_EQ(names.value(R::LineTotalMinorRole), QByteArray("lineTotalMinor"));
    EXPECT_EQ(names.value(R::CurrencyRole), QByteArray("currency"));
    EXPECT_EQ(names.value(R::AvailableRole), QByteArray("available"));
    // Every name is unique (QML would otherwise pick one at random).
    const QList<QByteArray> values = names.values();
    EXPECT_EQ(QSet<QByteArray>(values.cbegin(), values.cend()).size(), values.size());
}

// --- OrderListModel ---------------------------------------------------------------------------------------

TEST_F(ProfileModelsTest, OrdersNewestFirstWithANewOrderInsertedAtTheTop)
{
    OrderListModel model(cache);
    QAbstractItemModelTester tester(&model, Fatal);
    ModelSpies spies(&model);
    using R = OrderListModel;

    model.setCustomer(1);
    EXPECT_EQ(model.customerId(), 1);
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{503, 502, 501}));
    spies.clear();

    // A new order placed just now: inserted at row 0, nothing else touched.
    upsertOrder(order(504, 1, Now, true, 2000));
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{0, 0}}));
    EXPECT_EQ(spies.removed.count(), 0);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{504, 503, 502, 501}));
    spies.clear();

    // An order is fulfilled: dataChanged on its row only.
    Order fulfilled = order(502, 1, Now.addDays(-10), true, 4500);
    fulfilled.fulfillmentStatus = QStringLiteral("fulfilled");
    fulfilled.trackingUrl = QStringLiteral("https://track.example.com/502");
    upsertOrder(fulfilled);
    EXPECT_EQ(spies.reset.count() + spies.inserted.count() + spies.removed.count(), 0);
    EXPECT_EQ(changedRows(spies.changed), (QList<int>{2}));
    EXPECT_EQ(dataAt(model, 2, R::FulfillmentStatusRole).toString(), QStringLiteral("fulfilled"));
    EXPECT_EQ(dataAt(model, 2, R::TrackingUrlRole).toString(),
              QStringLiteral("https://track.example.com/502"));
    spies.clear();

    // Another customer's order: nothing.
    upsertOrder(order(601, 2, Now, true));
    EXPECT_EQ(spies.total(), 0);
    EXPECT_EQ(model.rowCount(), 4);

    EXPECT_EQ(model.rows(), cache.orders().forCustomer(1));
}

TEST_F(ProfileModelsTest, OpenOnlyOrdersLoseAClosedOrderAsARowRemoval)
{
    OrderListModel model(cache);
    QAbstractItemModelTester tester(&model, Fatal);
    ModelSpies spies(&model);
    using R = OrderListModel;

    model.setOpenOnly(true);
    model.setCustomer(1);
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{503, 502}));
    spies.clear();

    // The newest open order is closed: it disappears by a row removal, not a reset.
    upsertOrder(order(503, 1, Now.addDays(-2), false, 12000));
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(ranges(spies.removed), (QList<std::pair<int, int>>{{0, 0}}));
    EXPECT_EQ(spies.inserted.count(), 0);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{502}));
    spies.clear();

    // A new open order arrives at the top; a closed one placed later does not appear.
    upsertOrder(order(505, 1, Now.addSecs(-60), false));
    EXPECT_EQ(spies.total(), 0);
    upsertOrder(order(504, 1, Now.addSecs(-120), true));
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{0, 0}}));
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{504, 502}));
    EXPECT_EQ(spies.reset.count(), 0);
    spies.clear();

    // Reopened: back in its place by date (between 504 and 502).
    upsertOrder(order(503, 1, Now.addDays(-2), true, 12000));
    EXPECT_EQ(ranges(spies.inserted), (QList<std::pair<int, int>>{{1, 1}}));
    EXPECT_EQ(spies.removed.count() + spies.reset.count(), 0);
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{504, 503, 502}));
    spies.clear();

    // All orders again: every order of the customer, closed ones included.
    model.setOpenOnly(false);
    EXPECT_EQ(column(model, R::OrderIdRole), (QList<qint64>{505, 504, 503, 502, 501}));
    spies.clear();
    model.setOpenOnly(false);
    EXPECT_EQ(spies.total(), 0);
}

TEST_F(ProfileModelsTest, OrderRolesAndRoleNames)
{
    OrderListModel model(cache);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setCustomer(1);
    ASSERT_EQ(model.rowCount(), 3);
    using R = OrderListModel;

    // Row 2: the oldest, closed order.
    EXPECT_EQ(dataAt(model, 2, R::OrderIdRole).toLongLong(), 501);
    EXPECT_EQ(dataAt(model, 2, R::NumberRole).toString(), QStringLiteral("#1501"));
    EXPECT_EQ(dataAt(model, 2, Qt::DisplayRole).toString(), QStringLiteral("#1501"));
    EXPECT_EQ(dataAt(model, 2, R::PlacedAtRole).toDateTime(), Now.addDays(-30));
    EXPECT_EQ(dataAt(model, 2, R::PlacedAtRole).toDateTime().offsetFromUtc(), 0);
    EXPECT_EQ(dataAt(model, 2, R::TotalMinorRole).toLongLong(), 8950);
    EXPECT_EQ(dataAt(model, 2, R::CurrencyRole).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(dataAt(model, 2, R::FinancialStatusRole).toString(), QStringLiteral("paid"));
    EXPECT_EQ(dataAt(model, 2, R::FulfillmentStatusRole).toString(), QStringLiteral("fulfilled"));
    EXPECT_FALSE(dataAt(model, 2, R::OpenRole).toBool());
    EXPECT_EQ(dataAt(model, 2, R::TrackingUrlRole).toString(),
              QStringLiteral("https://track.example.com/501"));
    EXPECT_EQ(dataAt(model, 2, R::StatusPageUrlRole).toString(),
              QStringLiteral("https://demo.shop/orders/501"));
    // Row 0: the newest, open one.
    EXPECT_EQ(dataAt(model, 0, R::OrderIdRole).toLongLong(), 503);
    EXPECT_TRUE(dataAt(model, 0, R::OpenRole).toBool());
    EXPECT_EQ(dataAt(model, 0, R::TotalMinorRole).toLongLong(), 12000);
    EXPECT_EQ(dataAt(model, 0, R::TrackingUrlRole).toString(), QString());
    EXPECT_FALSE(dataAt(model, 0, Qt::UserRole + 100).isValid());

    const QHash<int, QByteArray> names = model.roleNames();
    EXPECT_EQ(names.value(Qt::DisplayRole), QByteArray("display"));
    EXPECT_EQ(names.value(R::OrderIdRole), QByteArray("orderId"));
    EXPECT_EQ(names.value(R::NumberRole), QByteArray("number"));
    EXPECT_EQ(names.value(R::PlacedAtRole), QByteArray("placedAt"));
    EXPECT_EQ(names.value(R::TotalMinorRole), QByteArray("totalMinor"));
    EXPECT_EQ(names.value(R::CurrencyRole), QByteArray("currency"));
    EXPECT_EQ(names.value(R::FinancialStatusRole), QByteArray("financialStatus"));
    EXPECT_EQ(names.value(R::FulfillmentStatusRole), QByteArray("fulfillmentStatus"));
    EXPECT_EQ(names.value(R::OpenRole), QByteArray("open"));
    EXPECT_EQ(names.value(R::TrackingUrlRole), QByteArray("trackingUrl"));
    EXPECT_EQ(names.value(R::StatusPageUrlRole), QByteArray("statusPageUrl"));
    const QList<QByteArray> values = names.values();
    EXPECT_EQ(QSet<QByteArray>(values.cbegin(), values.cend()).size(), values.size());
}

// --- CustomerProfile --------------------------------------------------------------------------------------

TEST(CustomerProfileRulesTest, LastOrderIsTheNewestOpenOrPlacedWithinSixtyDays)
{
    const Order closed59 = order(1, 1, Now.addDays(-59), false);
    const Order closed61 = order(2, 1, Now.addDays(-61), false);
    const Order open400 = order(3, 1, Now.addDays(-400), true);
    const Order closed5 = order(4, 1, Now.addDays(-5), false);

    EXPECT_FALSE(CustomerProfile::lastOrder({}, Now));
    EXPECT_EQ(CustomerProfile::lastOrder({closed59}, Now), closed59);
    EXPECT_FALSE(CustomerProfile::lastOrder({closed61}, Now));
    EXPECT_EQ(CustomerProfile::lastOrder({open400}, Now), open400);
    // Just inside and just outside the window.
    EXPECT_TRUE(CustomerProfile::lastOrder({order(5, 1, Now.addDays(-60).addSecs(1), false)}, Now));
    EXPECT_FALSE(CustomerProfile::lastOrder({order(6, 1, Now.addDays(-60).addSecs(-1), false)}, Now));

    // Of several that count, the most recently placed, whatever the order of the list.
    EXPECT_EQ(CustomerProfile::lastOrder({open400, closed61, closed59, closed5}, Now), closed5);
    EXPECT_EQ(CustomerProfile::lastOrder({closed5, closed59, open400}, Now), closed5);
    EXPECT_EQ(CustomerProfile::lastOrder({closed61, open400, closed59}, Now), closed59);
    // An old open order beats nothing, but not a more recent closed one.
    EXPECT_EQ(CustomerProfile::lastOrder({closed61, open400}, Now), open400);

    // The window moves with now.
    EXPECT_FALSE(CustomerProfile::lastOrder({closed59}, Now.addDays(2)));
    EXPECT_EQ(CustomerProfile::lastOrder({closed61}, Now.addDays(-2)), closed61);
}

TEST(CustomerProfileRulesTest, LocalTimeFollowsTheZoneAcrossTheDstChange)
{
    const QString amsterdam = QStringLiteral("Europe/Amsterdam");
    // Clocks go forward at 2026-03-29 01:00 UTC (02:00 CET -> 03:00 CEST).
    const QDateTime before(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
    const QDateTime after(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc());

    const QDateTime cet = CustomerProfile::localTime(amsterdam, before);
    ASSERT_TRUE(cet.isValid());
    EXPECT_EQ(cet.time(), QTime(1, 30));
    EXPECT_EQ(cet.date(), QDate(2026, 3, 29));
    EXPECT_EQ(cet.offsetFromUtc(), 3600);
    EXPECT_FALSE(cet.isDaylightTime());
    EXPECT_EQ(cet.toMSecsSinceEpoch(), before.toMSecsSinceEpoch());

    const QDateTime cest = CustomerProfile::localTime(amsterdam, after);
    ASSERT_TRUE(cest.isValid());
    EXPECT_EQ(cest.time(), QTime(3, 30));
    EXPECT_EQ(cest.date(), QDate(2026, 3, 29));
    EXPECT_EQ(cest.offsetFromUtc(), 7200);
    EXPECT_TRUE(cest.isDaylightTime());
    EXPECT_EQ(cest.toMSecsSinceEpoch(), after.toMSecsSinceEpoch());

    // Another zone for the same instant.
    EXPECT_EQ(CustomerProfile::localTime(QStringLiteral("America/New_York"), after).time(), QTime(21, 30));

    EXPECT_FALSE(CustomerProfile::localTime(QStringLiteral("Mars/Olympus_Mons"), after).isValid());
    EXPECT_FALSE(CustomerProfile::localTime(QStringLiteral("not a zone"), after).isValid());
    EXPECT_FALSE(CustomerProfile::localTime(QString(), after).isValid());
}

TEST_F(ProfileModelsTest, ProfileOfAReturningCustomerWithTheFixedClock)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc()));
    CustomerProfile profile(cache, clock);

    // Nobody yet.
    EXPECT_FALSE(profile.customer());
    EXPECT_FALSE(profile.isReturning());
    EXPECT_FALSE(profile.lastOrder());
    EXPECT_FALSE(profile.localTime().isValid());
    EXPECT_TRUE(profile.openOrders().isEmpty());

    profile.setConversation(10);
    EXPECT_EQ(profile.conversationId(), 10);
    ASSERT_TRUE(profile.customer());
    EXPECT_EQ(profile.customer()->id, 1);
    ASSERT_TRUE(profile.conversation());
    EXPECT_EQ(profile.conversation()->customerId, 1);
    ASSERT_TRUE(profile.cart());
    EXPECT_EQ(profile.cart()->lines.size(), 3);
    EXPECT_TRUE(profile.isReturning());

    QList<qint64> ids;
    for (const Order &o : profile.orders())
        ids.append(o.id);
    EXPECT_EQ(ids, (QList<qint64>{503, 502, 501}));
    ids.clear();
    for (const Order &o : profile.openOrders())
        ids.append(o.id);
    EXPECT_EQ(ids, (QList<qint64>{503, 502}));

    // 503, placed 2026-03-18, is the newest.
    ASSERT_TRUE(profile.lastOrder());
    EXPECT_EQ(profile.lastOrder()->id, 503);

    // The customer's local time from the injected clock, either side of the DST change.
    EXPECT_EQ(profile.localTime().time(), QTime(1, 30));
    clock.set(QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
    EXPECT_EQ(profile.localTime().time(), QTime(3, 30));
    EXPECT_EQ(profile.localTime().offsetFromUtc(), 7200);

    // Close every order and move the clock: the last order disappears once the window has passed.
    upsertOrder(order(502, 1, Now.addDays(-10), false));
    upsertOrder(order(503, 1, Now.addDays(-2), false));
    EXPECT_TRUE(profile.openOrders().isEmpty());
    clock.set(Now.addDays(-2 + 59));
    ASSERT_TRUE(profile.lastOrder());
    EXPECT_EQ(profile.lastOrder()->id, 503);
    clock.set(Now.addDays(-2 + 61));
    EXPECT_FALSE(profile.lastOrder()) << "every order is closed and older than 60 days";
    // Reopened, an order counts again however old.
    upsertOrder(order(501, 1, Now.addDays(-30), true));
    ASSERT_TRUE(profile.lastOrder());
    EXPECT_EQ(profile.lastOrder()->id, 501);
    EXPECT_TRUE(profile.isReturning()) << "still a returning customer without a recent order";
}

TEST_F(ProfileModelsTest, ProfileOfANewCustomer)
{
    FixedClock clock(Now);
    CustomerProfile profile(cache, clock);
    profile.setConversation(20);
    ASSERT_TRUE(profile.customer());
    EXPECT_EQ(profile.customer()->id, 2);
    EXPECT_EQ(profile.customer()->orderCount, 0);
    EXPECT_FALSE(profile.isReturning());
    EXPECT_FALSE(profile.lastOrder());
    EXPECT_TRUE(profile.openOrders().isEmpty());
    EXPECT_FALSE(profile.localTime().isValid()) << "no time zone known";

    // Switching conversations switches customers.
    profile.setConversation(10);
    EXPECT_TRUE(profile.isReturning());
    profile.setConversation(0);
    EXPECT_FALSE(profile.customer());
    EXPECT_FALSE(profile.isReturning());
}

TEST_F(ProfileModelsTest, ProfileChangedForItsOwnCustomerOnly)
{
    FixedClock clock(Now);
    CustomerProfile profile(cache, clock);
    QSignalSpy changed(&profile, &CustomerProfile::changed);
    profile.setConversation(10);
    EXPECT_EQ(changed.count(), 1);
    changed.clear();

    // Another customer's cart, orders, profile and conversation: no change here.
    updateCart(cart(2, {line(91, 3, 999)}));
    upsertOrder(order(601, 2, Now, true));
    apply({event("customer.upserted", customer(2, QStringLiteral("Jonas Weber-Bakker"), 1))});
    apply({event("conversation.upserted", conversation(20, 2))});
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(profile.cart()->lines.size(), 3);

    // Their own cart.
    updateCart(cart(1, {line(11, 5, 8950)}));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(profile.cart());
    EXPECT_EQ(profile.cart()->lines.size(), 1);
    EXPECT_EQ(profile.cart()->lines.constFirst().quantity, 5);

    // Their orders.
    upsertOrder(order(504, 1, Now, true));
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(profile.orders().constFirst().id, 504);
    EXPECT_EQ(profile.lastOrder()->id, 504);

    // Their profile.
    apply({event("customer.upserted",
                 customer(1, QStringLiteral("Sophie van Dijk"), 4, QStringLiteral("Europe/Amsterdam")))});
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(profile.customer()->name, QStringLiteral("Sophie van Dijk"));

    // The conversation itself, moved to another customer: the profile follows.
    apply({event("conversation.upserted", conversation(10, 2))});
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(profile.customer()->id, 2);
    changed.clear();
    updateCart(cart(1, {line(11, 6, 8950)}));
    EXPECT_EQ(changed.count(), 0) << "customer 1 is no longer this conversation's customer";
    updateCart(cart(2, {line(91, 4, 999)}));
    EXPECT_EQ(changed.count(), 1);

    // Published directly through the cache, too.
    changed.clear();
    CacheChanges other;
    other.carts.insert(1);
    other.orders.insert(1);
    cache.publish(other);
    EXPECT_EQ(changed.count(), 0);
    CacheChanges mine;
    mine.carts.insert(2);
    cache.publish(mine);
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
