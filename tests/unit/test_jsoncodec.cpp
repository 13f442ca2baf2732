// Tests of the JSON wire format (docs/protocol.md): round trips, time handling, every kind of malformed
// input with the error path it must name, and a deterministic mutation "fuzz" pass.
#include <gtest/gtest.h>

#include "codec/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <ostream>

using namespace shopinbox;
using namespace shopinbox::json;

// Readable failure output for Qt and domain types (gtest would otherwise dump raw bytes).
QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
void PrintTo(const QDateTime &time, std::ostream *os)
{
    *os << (time.isValid() ? time.toString(Qt::ISODateWithMs).toStdString() : std::string("<invalid>"));
}
QT_END_NAMESPACE

namespace {
template<typename T> void printAsJson(const T &value, std::ostream *os)
{
    *os << QJsonDocument(json::encode(value)).toJson(QJsonDocument::Compact).toStdString();
}
} // namespace

namespace shopinbox {
template<typename T>
requires requires(const T &value)
{
    json::encode(value);
}
void PrintTo(const T &value, std::ostream *os)
{
    printAsJson(value, os);
}
void PrintTo(const DecodeError &error, std::ostream *os)
{
    *os << error.toString().toStdString();
}
namespace json {
template<typename T>
requires requires(const T &value)
{
    json::encode(value);
}
void PrintTo(const T &value, std::ostream *os)
{
    printAsJson(value, os);
}
} // namespace json
} // namespace shopinbox

namespace {

constexpr qint64 TwoPow53 = qint64(1) << 53;

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

QJsonObject parseObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return document.object();
}

/** A value exactly as the JSON parser produces it (e.g. integers above 2^53 kept as qint64). */
QJsonValue parsedValue(const QByteArray &literal)
{
    return parseObject("{\"v\": " + literal + "}").value(QStringLiteral("v"));
}

QByteArray toText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** Sets @p dottedKey ("a.b" goes one object down) to @p value; an undefined value removes the key. */
QJsonObject with(QJsonObject object, const QString &dottedKey, const QJsonValue &value)
{
    const qsizetype dot = dottedKey.indexOf(u'.');
    if (dot >= 0) {
        const QString head = dottedKey.left(dot);
        object.insert(head, with(object.value(head).toObject(), dottedKey.mid(dot + 1), value));
        return object;
    }
    if (value.isUndefined())
        object.remove(dottedKey);
    else
        object.insert(dottedKey, value);
    return object;
}

QJsonObject without(const QJsonObject &object, const QString &dottedKey)
{
    return with(object, dottedKey, QJsonValue(QJsonValue::Undefined));
}

template<typename T> DecodeError errorOf(const Decoded<T> &decoded)
{
    EXPECT_FALSE(decoded.ok()) << "decoded although invalid";
    return decoded.ok() ? DecodeError{QStringLiteral("<ok>"), QStringLiteral("<ok>")} : decoded.error();
}

/** decode(encode(x)) == x, both on the JSON value and through JSON text. */
template<typename T, typename Decode> void expectRoundTrip(const T &value, Decode decode)
{
    const QJsonObject encoded = encode(value);
    const Decoded<T> direct = decode(QJsonValue(encoded), QString());
    ASSERT_TRUE(direct.ok()) << direct.error().toString().toStdString() << "\n"
                             << toText(encoded).toStdString();
    EXPECT_EQ(direct.value(), value);

    const Decoded<T> viaText = decode(QJsonValue(parseObject(toText(encoded))), QString());
    ASSERT_TRUE(viaText.ok()) << viaText.error().toString().toStdString();
    EXPECT_EQ(viaText.value(), value);
}

// Decoder adapters: the codec overloads decodeEvent/decodeSyncPage, so pass lambdas around.
const auto decodeMoneyFn = [](const QJsonValue &v, const QString &p) { return decodeMoney(v, p); };
const auto decodeShopFn = [](const QJsonValue &v, const QString &p) { return decodeShop(v, p); };
const auto decodeStaffFn = [](const QJsonValue &v, const QString &p) { return decodeStaff(v, p); };
const auto decodeCustomerFn = [](const QJsonValue &v, const QString &p) { return decodeCustomer(v, p); };
const auto decodeConversationFn = [](const QJsonValue &v, const QString &p) {
    return decodeConversation(v, p);
};
const auto decodeSharedProductFn = [](const QJsonValue &v, const QString &p) {
    return decodeSharedProduct(v, p);
};
const auto decodeMessageFn = [](const QJsonValue &v, const QString &p) { return decodeMessage(v, p); };
const auto decodeVariantFn = [](const QJsonValue &v, const QString &p) { return decodeVariant(v, p); };
const auto decodeProductFn = [](const QJsonValue &v, const QString &p) { return decodeProduct(v, p); };
const auto decodeDiscountCodeFn = [](const QJsonValue &v, const QString &p) {
    return decodeDiscountCode(v, p);
};
const auto decodeCartLineFn = [](const QJsonValue &v, const QString &p) { return decodeCartLine(v, p); };
const auto decodeCartFn = [](const QJsonValue &v, const QString &p) { return decodeCart(v, p); };
const auto decodeOrderFn = [](const QJsonValue &v, const QString &p) { return decodeOrder(v, p); };
const auto decodePresenceFn = [](const QJsonValue &v, const QString &p) { return decodePresence(v, p); };
const auto decodeEventFn = [](const QJsonValue &v, const QString &p) { return decodeEvent(v, p); };
const auto decodeSyncPageFn = [](const QJsonValue &v, const QString &p) { return decodeSyncPage(v, p); };

// Sample values ----------------------------------------------------------------------------------

Money eur(qint64 cents)
{
    return Money{cents, QStringLiteral("EUR")};
}

Customer fullCustomer()
{
    Customer c;
    c.id = 42;
    c.name = QStringLiteral("Anna de Vries");
    c.visitorName = QStringLiteral("Visitor 4821");
    c.email = QStringLiteral("anna@example.com");
    c.phone = QStringLiteral("+31 6 12345678");
    c.location = QStringLiteral("Utrecht, Netherlands");
    c.timeZone = QStringLiteral("Europe/Amsterdam");
    c.customerSince = utc(2024, 3, 1, 9, 30, 0);
    c.lifetimeSpend = eur(123456);
    c.orderCount = 7;
    c.emailMarketing = true;
    c.smsMarketing = false;
    c.note = QStringLiteral("Prefers email. Ünïcödé ✓");
    c.noteUpdatedAt = utc(2026, 11, 24, 12, 0, 0, 250);
    c.online = true;
    return c;
}

Customer anonymousCustomer()
{
    Customer c;
    c.id = 43;
    c.visitorName = QStringLiteral("Visitor 17");
    c.lifetimeSpend = eur(0);
    return c;
}

SharedProduct sharedProduct(qint64 id)
{
    SharedProduct p;
    p.productId = id;
    p.title = QStringLiteral("Linen shirt ") + QString::number(id);
    p.price = eur(4999);
    p.imageUrl = QStringLiteral("https://cdn.example.com/p/%1.jpg").arg(id);
    p.url = QStringLiteral("https://shop.example.com/products/%1").arg(id);
    return p;
}

Message baseMessage(MessageKind kind)
{
    Message m;
    m.id = 1001;
    m.conversationId = 77;
    m.kind = kind;
    m.author = MessageAuthor::Staff;
    m.staffId = 5;
    m.clientId = QStringLiteral("3f1c2a9e-8d7b-4c3e-9f10-1a2b3c4d5e6f");
    m.createdAt = utc(2026, 11, 24, 12, 0, 1, 7);
    switch (kind) {
    case MessageKind::Text:
        m.body = QStringLiteral("Hello! How can I help?");
        break;
    case MessageKind::Products:
        m.body = QStringLiteral("These might fit:");
        m.products = {sharedProduct(1), sharedProduct(2), sharedProduct(3)};
        break;
    case MessageKind::Discount:
        m.discountCode = QStringLiteral("WELCOME10");
        m.discountSummary = QStringLiteral("10% off all products");
        break;
    case MessageKind::Image:
        m.imageId = QStringLiteral("img_abc");
        m.imageUrl = QStringLiteral("https://cdn.example.com/i/abc.png");
        break;
    case MessageKind::CartEvent:
        m.author = MessageAuthor::System;
        m.staffId.reset();
        m.clientId.clear();
        m.body = QStringLiteral("Added Linen shirt to the cart");
        m.cartAction = CartAction::Remove;
        break;
    case MessageKind::System:
        m.author = MessageAuthor::System;
        m.staffId.reset();
        m.body = QStringLiteral("We're away until Monday, 9:00");
        m.automated = AutomatedReply::Away;
        break;
    case MessageKind::Notice:
        m.author = MessageAuthor::System;
        m.staffId.reset();
        m.body = QStringLiteral("Looked up order #1001");
        m.notice = NoticeKind::OrderLookupFailed;
        m.noticeDetail = QStringLiteral("#1001");
        break;
    }
    return m;
}

Conversation fullConversation()
{
    Conversation c;
    c.id = 9;
    c.customerId = 42;
    c.status = ConversationStatus::Closed;
    c.unread = true;
    c.assigneeId = 5;
    c.topics = {QStringLiteral("returns"), QStringLiteral("sizing")};
    c.platform = QStringLiteral("online_store");
    c.startedAt = utc(2026, 11, 20, 8, 0, 0);
    c.lastActivityAt = utc(2026, 11, 24, 12, 0, 0, 999);
    return c;
}

Product sampleProduct()
{
    Product p;
    p.id = 501;
    p.title = QStringLiteral("Linen shirt");
    p.imageUrl = QStringLiteral("https://cdn.example.com/p/501.jpg");
    p.url = QStringLiteral("https://shop.example.com/products/linen-shirt");
    p.publishedOnlineStore = true;
    p.variants = {Variant{601, QStringLiteral("S / White"), eur(4999), 3},
                  Variant{602, QStringLiteral("M / White"), eur(4999), -2}};
    return p;
}

Cart sampleCart()
{
    Cart cart;
    cart.customerId = 42;
    cart.lines = {
        CartLine{501, 601, QStringLiteral("Linen shirt"), QStringLiteral("S / White"), 2, eur(4999), 3},
        CartLine{502, 603, QStringLiteral("Gift card"), QString(), 1, eur(2500), 0}};
    cart.discountCode = QStringLiteral("WELCOME10");
    cart.updatedAt = utc(2026, 11, 24, 11, 59, 0);
    return cart;
}

Order sampleOrder()
{
    Order o;
    o.id = 8001;
    o.number = QStringLiteral("#1042");
    o.customerId = 42;
    o.placedAt = utc(2026, 10, 1, 15, 4, 5, 6);
    o.total = eur(9998);
    o.financialStatus = QStringLiteral("paid");
    o.fulfillmentStatus = QStringLiteral("fulfilled");
    o.open = false;
    o.trackingUrl = QStringLiteral("https://track.example.com/XYZ");
    o.statusPageUrl = QStringLiteral("https://shop.example.com/orders/abc");
    return o;
}

ServerEvent sampleEvent(qint64 seq)
{
    ServerEvent e;
    e.seq = seq;
    e.type = QStringLiteral("message.created");
    e.at = utc(2026, 11, 24, 12, 0, 0, int(seq % 1000));
    e.data = encode(baseMessage(MessageKind::Text));
    return e;
}

SyncPage samplePage()
{
    SyncPage page;
    page.events = {sampleEvent(10), sampleEvent(11), sampleEvent(15)};
    page.nextSince = 15;
    page.hasMore = true;
    return page;
}

QJsonObject validCustomerJson()
{
    return encode(fullCustomer());
}

QJsonObject eventJson(qint64 seq)
{
    return encode(sampleEvent(seq));
}

QJsonObject pageJson(const QJsonArray &events, qint64 nextSince)
{
    return QJsonObject{{QStringLiteral("events"), events},
                       {QStringLiteral("next_since"), nextSince},
                       {QStringLiteral("has_more"), false}};
}

} // namespace

// Round trips ------------------------------------------------------------------------------------

TEST(JsonCodecRoundTrip, Money)
{
    expectRoundTrip(eur(1999), decodeMoneyFn);
    expectRoundTrip(Money{-500, QStringLiteral("USD")}, decodeMoneyFn);
    expectRoundTrip(Money{TwoPow53, QStringLiteral("JPY")}, decodeMoneyFn);
    expectRoundTrip(Money{-TwoPow53, QStringLiteral("JPY")}, decodeMoneyFn);
}

TEST(JsonCodecRoundTrip, ShopAndStaff)
{
    expectRoundTrip(Shop{1, QStringLiteral("Linen & Co"), QStringLiteral("EUR"),
                         QStringLiteral("Europe/Amsterdam"),
                         QStringLiteral("https://admin.example.com/store/linen")},
                    decodeShopFn);
    expectRoundTrip(
        Shop{2, QStringLiteral("No admin url"), QStringLiteral("GBP"), QStringLiteral("Europe/London"), {}},
        decodeShopFn);
    expectRoundTrip(Staff{5, QStringLiteral("Bob"), QStringLiteral("bob@example.com"), true}, decodeStaffFn);
    expectRoundTrip(Staff{6, QStringLiteral("Eve"), QStringLiteral("eve@example.com"), false}, decodeStaffFn);
}

TEST(JsonCodecRoundTrip, ShopWithoutOptionalAdminUrl)
{
    const QJsonObject json = without(encode(Shop{1, QStringLiteral("S"), QStringLiteral("EUR"),
                                                 QStringLiteral("UTC"), QStringLiteral("x")}),
                                     QStringLiteral("admin_url"));
    const Decoded<Shop> shop = decodeShop(json);
    ASSERT_TRUE(shop.ok()) << shop.error().toString().toStdString();
    EXPECT_TRUE(shop.value().adminUrl.isEmpty());
}

TEST(JsonCodecRoundTrip, CustomerFullAndAnonymous)
{
    expectRoundTrip(fullCustomer(), decodeCustomerFn);
    expectRoundTrip(anonymousCustomer(), decodeCustomerFn);
}

TEST(JsonCodecRoundTrip, CustomerWithNullablesAbsent)
{
    // Only the required fields: every nullable and optional field is left out.
    const QJsonObject json = parseObject(R"({"id": 7, "visitor_name": "Visitor 1",
        "lifetime_spend": {"amount": 0, "currency": "EUR"}, "order_count": 0,
        "email_marketing": false, "sms_marketing": true})");
    const Decoded<Customer> customer = decodeCustomer(json);
    ASSERT_TRUE(customer.ok()) << customer.error().toString().toStdString();
    const Customer &c = customer.value();
    EXPECT_EQ(c.id, 7);
    EXPECT_TRUE(c.name.isEmpty());
    EXPECT_TRUE(c.isAnonymous());
    EXPECT_EQ(c.displayName(), QStringLiteral("Visitor 1"));
    EXPECT_TRUE(c.email.isEmpty());
    EXPECT_FALSE(c.customerSince.isValid());
    EXPECT_FALSE(c.noteUpdatedAt.isValid());
    EXPECT_TRUE(c.smsMarketing);
    EXPECT_FALSE(c.online);
}

TEST(JsonCodecRoundTrip, CustomerWithNullablesNull)
{
    QJsonObject json = validCustomerJson();
    for (const char *key :
         {"name", "email", "phone", "location", "time_zone", "customer_since", "note", "note_updated_at"})
        json.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
    const Decoded<Customer> customer = decodeCustomer(json);
    ASSERT_TRUE(customer.ok()) << customer.error().toString().toStdString();
    EXPECT_TRUE(customer.value().name.isEmpty());
    EXPECT_TRUE(customer.value().note.isEmpty());
    EXPECT_FALSE(customer.value().customerSince.isValid());
    EXPECT_EQ(customer.value().lifetimeSpend, fullCustomer().lifetimeSpend);
}

TEST(JsonCodecRoundTrip, EncoderWritesNullForEmptyNullables)
{
    const QJsonObject json = encode(anonymousCustomer());
    EXPECT_TRUE(json.value(QStringLiteral("name")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("customer_since")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("visitor_name")).toString(), QStringLiteral("Visitor 17"));
    EXPECT_EQ(
        json.value(QStringLiteral("lifetime_spend")).toObject().value(QStringLiteral("amount")).toInteger(),
        0);
}

TEST(JsonCodecRoundTrip, Conversation)
{
    expectRoundTrip(fullConversation(), decodeConversationFn);
    Conversation bare = fullConversation();
    bare.assigneeId.reset();
    bare.topics.clear();
    bare.platform.clear();
    bare.status = ConversationStatus::Open;
    expectRoundTrip(bare, decodeConversationFn);
}

TEST(JsonCodecRoundTrip, ConversationOptionalFieldsAbsent)
{
    QJsonObject json = encode(fullConversation());
    json = without(without(without(json, QStringLiteral("topics")), QStringLiteral("platform")),
                   QStringLiteral("assignee_id"));
    const Decoded<Conversation> conversation = decodeConversation(json);
    ASSERT_TRUE(conversation.ok()) << conversation.error().toString().toStdString();
    EXPECT_TRUE(conversation.value().topics.isEmpty());
    EXPECT_TRUE(conversation.value().platform.isEmpty());
    EXPECT_FALSE(conversation.value().assigneeId.has_value());
}

TEST(JsonCodecRoundTrip, SharedProduct)
{
    expectRoundTrip(sharedProduct(3), decodeSharedProductFn);
    SharedProduct bare = sharedProduct(4);
    bare.imageUrl.clear();
    bare.url.clear();
    expectRoundTrip(bare, decodeSharedProductFn);
}

class JsonCodecMessageKind : public ::testing::TestWithParam<MessageKind>
{
};

TEST_P(JsonCodecMessageKind, RoundTrip)
{
    expectRoundTrip(baseMessage(GetParam()), decodeMessageFn);
}

TEST_P(JsonCodecMessageKind, RoundTripWithEveryDeliveryState)
{
    for (DeliveryState state :
         {DeliveryState::Pending, DeliveryState::Sent, DeliveryState::Failed, DeliveryState::Emailed}) {
        Message m = baseMessage(GetParam());
        m.delivery = state;
        if (state == DeliveryState::Failed)
            m.failureReason = QStringLiteral("Customer is offline and has no email");
        SCOPED_TRACE(toString(state).toStdString());
        expectRoundTrip(m, decodeMessageFn);
    }
}

TEST_P(JsonCodecMessageKind, RoundTripWithoutNullables)
{
    Message m = baseMessage(GetParam());
    m.clientId.clear();
    m.staffId.reset();
    m.body.clear();
    m.failureReason.clear();
    expectRoundTrip(m, decodeMessageFn);
}

TEST_P(JsonCodecMessageKind, EncoderWritesOnlyThePayloadOfTheKind)
{
    const QJsonObject json = encode(baseMessage(GetParam()));
    EXPECT_EQ(json.contains(QStringLiteral("products")), GetParam() == MessageKind::Products);
    EXPECT_EQ(json.contains(QStringLiteral("discount")), GetParam() == MessageKind::Discount);
    EXPECT_EQ(json.contains(QStringLiteral("image")), GetParam() == MessageKind::Image);
    EXPECT_EQ(json.contains(QStringLiteral("cart_action")), GetParam() == MessageKind::CartEvent);
    EXPECT_EQ(json.contains(QStringLiteral("automated")), GetParam() == MessageKind::System);
    EXPECT_EQ(json.contains(QStringLiteral("notice")), GetParam() == MessageKind::Notice);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), toString(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(AllKinds, JsonCodecMessageKind,
                         ::testing::Values(MessageKind::Text, MessageKind::Products, MessageKind::Discount,
                                           MessageKind::Image, MessageKind::CartEvent, MessageKind::System,
                                           MessageKind::Notice),
                         [](const ::testing::TestParamInfo<MessageKind> &info) {
                             return toString(info.param).toStdString();
                         });

TEST(JsonCodecRoundTrip, MessageDefaultsWhenOptionalFieldsAbsent)
{
    const QJsonObject json = parseObject(R"({"id": 1, "conversation_id": 2, "kind": "text",
        "author": "customer", "created_at": "2026-11-24T12:00:00Z"})");
    const Decoded<Message> message = decodeMessage(json);
    ASSERT_TRUE(message.ok()) << message.error().toString().toStdString();
    EXPECT_TRUE(message.value().body.isEmpty());
    EXPECT_EQ(message.value().delivery, DeliveryState::Sent);
    EXPECT_FALSE(message.value().staffId.has_value());
    EXPECT_TRUE(message.value().clientId.isEmpty());
    EXPECT_EQ(message.value().author, MessageAuthor::Customer);
}

TEST(JsonCodecRoundTrip, CatalogueAndCart)
{
    expectRoundTrip(sampleProduct().variants.first(), decodeVariantFn);
    expectRoundTrip(sampleProduct(), decodeProductFn);
    Product bare = sampleProduct();
    bare.imageUrl.clear();
    bare.url.clear();
    bare.publishedOnlineStore = false;
    bare.variants.removeLast();
    expectRoundTrip(bare, decodeProductFn);
    expectRoundTrip(DiscountCode{QStringLiteral("WELCOME10"), QStringLiteral("10% off"), true},
                    decodeDiscountCodeFn);
    expectRoundTrip(DiscountCode{QStringLiteral("OLD"), QString(), false}, decodeDiscountCodeFn);
    expectRoundTrip(sampleCart().lines.last(), decodeCartLineFn);
    expectRoundTrip(sampleCart(), decodeCartFn);
    Cart empty = sampleCart();
    empty.lines.clear();
    empty.discountCode.clear();
    expectRoundTrip(empty, decodeCartFn);
}

TEST(JsonCodecRoundTrip, OrderPresenceEventPage)
{
    expectRoundTrip(sampleOrder(), decodeOrderFn);
    Order open = sampleOrder();
    open.open = true;
    open.trackingUrl.clear();
    open.statusPageUrl.clear();
    expectRoundTrip(open, decodeOrderFn);
    expectRoundTrip(Presence{42, true}, decodePresenceFn);
    expectRoundTrip(Presence{43, false}, decodePresenceFn);
    expectRoundTrip(sampleEvent(1), decodeEventFn);
    expectRoundTrip(samplePage(), decodeSyncPageFn);
    expectRoundTrip(SyncPage{{}, 0, false}, decodeSyncPageFn);
}

TEST(JsonCodecRoundTrip, ByteArrayOverloads)
{
    const Decoded<SyncPage> page = decodeSyncPage(toText(encode(samplePage())));
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page.value(), samplePage());

    const Decoded<ServerEvent> event = decodeEvent(toText(encode(sampleEvent(3))));
    ASSERT_TRUE(event.ok()) << event.error().toString().toStdString();
    EXPECT_EQ(event.value(), sampleEvent(3));
}

TEST(JsonCodecRoundTrip, EventDataIsKeptUndecoded)
{
    const QByteArray frame = R"({"seq": 5, "type": "something.new", "at": "2026-11-24T12:00:00Z",
        "data": {"anything": [1, "two", null], "nested": {"x": 1.5}}})";
    const Decoded<ServerEvent> event = decodeEvent(frame);
    ASSERT_TRUE(event.ok()) << event.error().toString().toStdString();
    EXPECT_EQ(event.value().type, QStringLiteral("something.new"));
    EXPECT_EQ(event.value().data.value(QStringLiteral("anything")).toArray().size(), 3);
    EXPECT_EQ(
        event.value().data.value(QStringLiteral("nested")).toObject().value(QStringLiteral("x")).toDouble(),
        1.5);
}

TEST(JsonCodec, EnumWireStrings)
{
    EXPECT_EQ(toString(ConversationStatus::Open), QStringLiteral("open"));
    EXPECT_EQ(toString(ConversationStatus::Closed), QStringLiteral("closed"));
    EXPECT_EQ(toString(MessageKind::Text), QStringLiteral("text"));
    EXPECT_EQ(toString(MessageKind::Products), QStringLiteral("products"));
    EXPECT_EQ(toString(MessageKind::Discount), QStringLiteral("discount"));
    EXPECT_EQ(toString(MessageKind::Image), QStringLiteral("image"));
    EXPECT_EQ(toString(MessageKind::CartEvent), QStringLiteral("cart_event"));
    EXPECT_EQ(toString(MessageKind::System), QStringLiteral("system"));
    EXPECT_EQ(toString(MessageAuthor::Customer), QStringLiteral("customer"));
    EXPECT_EQ(toString(MessageAuthor::Staff), QStringLiteral("staff"));
    EXPECT_EQ(toString(MessageAuthor::System), QStringLiteral("system"));
    EXPECT_EQ(toString(DeliveryState::Pending), QStringLiteral("pending"));
    EXPECT_EQ(toString(DeliveryState::Sent), QStringLiteral("sent"));
    EXPECT_EQ(toString(DeliveryState::Failed), QStringLiteral("failed"));
    EXPECT_EQ(toString(DeliveryState::Emailed), QStringLiteral("emailed"));
    EXPECT_EQ(toString(CartAction::Add), QStringLiteral("add"));
    EXPECT_EQ(toString(CartAction::Remove), QStringLiteral("remove"));
}

// Times ------------------------------------------------------------------------------------------

TEST(JsonCodecTime, FormatsUtcWithMilliseconds)
{
    EXPECT_EQ(formatTime(utc(2026, 11, 24, 12, 0, 0)), QStringLiteral("2026-11-24T12:00:00.000Z"));
    EXPECT_EQ(formatTime(utc(2026, 1, 2, 3, 4, 5, 67)), QStringLiteral("2026-01-02T03:04:05.067Z"));
    // A time in another zone is converted, not relabelled.
    const QDateTime plusTwo(QDate(2026, 11, 24), QTime(14, 0), Qt::OffsetFromUTC, 2 * 3600);
    EXPECT_EQ(formatTime(plusTwo), QStringLiteral("2026-11-24T12:00:00.000Z"));
    EXPECT_TRUE(formatTime(QDateTime()).isEmpty());
}

TEST(JsonCodecTime, ParsesZuluOffsetsAndFractions)
{
    struct Case
    {
        const char *text;
        QDateTime expected;
    };
    const Case cases[] = {
        {"2026-11-24T12:00:00Z", utc(2026, 11, 24, 12, 0, 0)},
        {"2026-11-24T12:00:00.000Z", utc(2026, 11, 24, 12, 0, 0)},
        {"2026-11-24T14:00:00+02:00", utc(2026, 11, 24, 12, 0, 0)},
        {"2026-11-24T06:30:00-05:30", utc(2026, 11, 24, 12, 0, 0)},
        {"2026-11-24T12:00:00-00:00", utc(2026, 11, 24, 12, 0, 0)},
        {"2026-01-01T01:00:00+02:00", utc(2025, 12, 31, 23, 0, 0)},
        {"2026-11-24T12:00:00.5Z", utc(2026, 11, 24, 12, 0, 0, 500)},
        {"2026-11-24T12:00:00.12Z", utc(2026, 11, 24, 12, 0, 0, 120)},
        {"2026-11-24T12:00:00.123456789Z", utc(2026, 11, 24, 12, 0, 0, 123)},
        {"2026-11-24T12:00:00.999999+01:00", utc(2026, 11, 24, 11, 0, 0, 999)},
        {"2026-11-24t12:00:00z", utc(2026, 11, 24, 12, 0, 0)},
        {"2028-02-29T00:00:00Z", utc(2028, 2, 29, 0, 0, 0)},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.text);
        const Decoded<QDateTime> time = parseTime(QJsonValue(QLatin1String(c.text)), QStringLiteral("at"));
        ASSERT_TRUE(time.ok()) << time.error().toString().toStdString();
        EXPECT_EQ(time.value(), c.expected);
        EXPECT_EQ(time.value().timeSpec(), Qt::UTC);
        EXPECT_EQ(time.value().time().msec(), c.expected.time().msec());
    }
}

TEST(JsonCodecTime, RefusesNonRfc3339)
{
    for (const char *text : {"",
                             "2026-11-24",
                             "2026-11-24T12:00Z",
                             "2026-11-24T12:00:00",
                             "2026-11-24 12:00:00Z",
                             "2026-11-24T12:00:00+0200",
                             "2026-11-24T12:00:00+02",
                             "2026-11-24T12:00:00.Z",
                             "2026-11-24T12:00:00ZZ",
                             "2026-11-24T12:00:00Z ",
                             " 2026-11-24T12:00:00Z",
                             "2026-13-01T00:00:00Z",
                             "2026-02-30T00:00:00Z",
                             "2026-11-24T24:00:00Z",
                             "2026-11-24T12:60:00Z",
                             "2026-11-24T23:59:60Z",
                             "2026-11-24T12:00:00+24:00",
                             "2026-11-24T12:00:00+02:60",
                             "26-11-24T12:00:00Z",
                             "2026-1-24T12:00:00Z",
                             "２０２６-11-24T12:00:00Z",
                             "yesterday",
                             "1732449600"}) {
        SCOPED_TRACE(text);
        const DecodeError error =
            errorOf(parseTime(QJsonValue(QString::fromUtf8(text)), QStringLiteral("at")));
        EXPECT_EQ(error.field, QStringLiteral("at"));
        EXPECT_TRUE(error.message.startsWith(QStringLiteral("expected an RFC 3339 time")))
            << error.message.toStdString();
    }
}

TEST(JsonCodecTime, StaysWithinFourDigitYears)
{
    for (const char *text :
         {"0000-12-31T23:00:00Z", "0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(parseTime(QJsonValue(QLatin1String(text)), QStringLiteral("at")).ok());
    }
    for (const char *text : {"0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"}) {
        SCOPED_TRACE(text);
        const Decoded<QDateTime> time = parseTime(QJsonValue(QLatin1String(text)), QStringLiteral("at"));
        ASSERT_TRUE(time.ok()) << time.error().toString().toStdString();
        EXPECT_EQ(formatTime(time.value()), QLatin1String(text));
    }
}

TEST(JsonCodecTime, RefusesNonStrings)
{
    EXPECT_EQ(errorOf(parseTime(QJsonValue(1732449600), QStringLiteral("at"))).message,
              QStringLiteral("expected a string, got a number"));
    EXPECT_EQ(errorOf(parseTime(QJsonValue(QJsonValue::Null), QStringLiteral("at"))).message,
              QStringLiteral("expected a string, got null"));
}

TEST(JsonCodecTime, OffsetTimeInsideAnEntityIsStoredAsUtc)
{
    const QJsonObject json = with(encode(sampleOrder()), QStringLiteral("placed_at"),
                                  QStringLiteral("2026-10-01T17:04:05.006+02:00"));
    const Decoded<Order> order = decodeOrder(json);
    ASSERT_TRUE(order.ok()) << order.error().toString().toStdString();
    EXPECT_EQ(order.value(), sampleOrder());
    EXPECT_EQ(order.value().placedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(encode(order.value()).value(QStringLiteral("placed_at")).toString(),
              QStringLiteral("2026-10-01T15:04:05.006Z"));
}

// Malformed documents ----------------------------------------------------------------------------

TEST(JsonCodecMalformed, NotJson)
{
    for (const QByteArray &text : {QByteArray("{"), QByteArray(""), QByteArray("{\"events\": [}"),
                                   QByteArray("not json"), QByteArray("{\"a\": 1,}")}) {
        SCOPED_TRACE(text.toStdString());
        const DecodeError error = errorOf(decodeSyncPage(text));
        EXPECT_TRUE(error.field.isEmpty());
        EXPECT_TRUE(error.message.startsWith(QStringLiteral("invalid JSON: ")))
            << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral(" at offset "))) << error.message.toStdString();
    }
    const DecodeError frameError = errorOf(decodeEvent(QByteArray("{\"seq\": 1")));
    EXPECT_TRUE(frameError.message.startsWith(QStringLiteral("invalid JSON: ")));
}

TEST(JsonCodecMalformed, ParseErrorNamesTheOffset)
{
    QJsonParseError expected;
    const QByteArray text = "{\"events\": [], \"next_since\": 0, \"has_more\": tru}";
    (void)QJsonDocument::fromJson(text, &expected);
    const DecodeError error = errorOf(decodeSyncPage(text));
    EXPECT_EQ(error.message, QStringLiteral("invalid JSON: ") + expected.errorString() +
                                 QStringLiteral(" at offset ") + QString::number(expected.offset));
}

TEST(JsonCodecMalformed, TopLevelMustBeAnObject)
{
    const DecodeError page = errorOf(decodeSyncPage(QByteArray("[1, 2]")));
    EXPECT_TRUE(page.field.isEmpty());
    EXPECT_EQ(page.message, QStringLiteral("expected an object, got an array"));
    EXPECT_FALSE(errorOf(decodeEvent(QByteArray("[]"))).message.isEmpty());

    const DecodeError value = errorOf(decodeMoney(QJsonValue(5)));
    EXPECT_TRUE(value.field.isEmpty());
    EXPECT_EQ(value.message, QStringLiteral("expected an object, got a number"));
    EXPECT_EQ(value.toString(), QStringLiteral("expected an object, got a number"));
}

TEST(JsonCodecMalformed, NotAnObjectWithAPathNamesThePath)
{
    const DecodeError error =
        errorOf(decodeCustomer(QJsonValue(QStringLiteral("x")), QStringLiteral("events[3].data")));
    EXPECT_EQ(error.field, QStringLiteral("events[3].data"));
    EXPECT_EQ(error.message, QStringLiteral("expected an object, got a string"));
    EXPECT_EQ(error.toString(), QStringLiteral("events[3].data: expected an object, got a string"));
}

TEST(JsonCodecMalformed, PathArgumentPrefixesFields)
{
    const QJsonObject json =
        with(validCustomerJson(), QStringLiteral("lifetime_spend.amount"), QStringLiteral("12"));
    const DecodeError error = errorOf(decodeCustomer(json, QStringLiteral("events[3].data")));
    EXPECT_EQ(error.field, QStringLiteral("events[3].data.lifetime_spend.amount"));
    EXPECT_EQ(error.message, QStringLiteral("expected an integer, got a string"));

    const QJsonObject presence = parseObject(R"({"customer_id": "7", "online": true})");
    EXPECT_EQ(errorOf(decodePresence(presence, QStringLiteral("events[3].data"))).field,
              QStringLiteral("events[3].data.customer_id"));
}

TEST(JsonCodecMalformed, MissingRequiredFieldsAreNamed)
{
    for (const char *key : {"id", "visitor_name", "lifetime_spend", "order_count", "email_marketing",
                            "sms_marketing", "lifetime_spend.amount", "lifetime_spend.currency"}) {
        SCOPED_TRACE(key);
        const DecodeError error = errorOf(decodeCustomer(without(validCustomerJson(), QLatin1String(key))));
        EXPECT_EQ(error.field, QLatin1String(key));
        EXPECT_EQ(error.message, QStringLiteral("is required"));
    }
    for (const char *key : {"id", "conversation_id", "kind", "author", "created_at"}) {
        SCOPED_TRACE(key);
        const DecodeError error =
            errorOf(decodeMessage(without(encode(baseMessage(MessageKind::Text)), QLatin1String(key))));
        EXPECT_EQ(error.field, QLatin1String(key));
        EXPECT_EQ(error.message, QStringLiteral("is required"));
    }
}

TEST(JsonCodecMalformed, WrongPrimitiveTypes)
{
    struct Case
    {
        const char *key;
        QJsonValue value;
        const char *message;
    };
    const Case cases[] = {
        {"id", QJsonValue(QStringLiteral("42")), "expected an integer, got a string"},
        {"id", QJsonValue(1.5), "expected an integer, got 1.5"},
        {"id", QJsonValue(true), "expected an integer, got a boolean"},
        {"id", parsedValue("9007199254740993"), "out of range (magnitude above 2^53)"},
        {"id", parsedValue("1e300"), "out of range (magnitude above 2^53)"},
        {"id", parsedValue("123456789012345678901234567890"), "out of range (magnitude above 2^53)"},
        {"lifetime_spend.amount", parsedValue("-9007199254740993"), "out of range (magnitude above 2^53)"},
        {"lifetime_spend.amount", QJsonValue(QStringLiteral("12")), "expected an integer, got a string"},
        {"lifetime_spend.amount", QJsonValue(19.99), "expected an integer, got 19.99"},
        {"lifetime_spend", QJsonValue(QJsonArray{1}), "expected an object, got an array"},
        {"lifetime_spend", QJsonValue(12), "expected an object, got a number"},
        {"visitor_name", QJsonValue(true), "expected a string, got a boolean"},
        {"visitor_name", QJsonValue(QJsonObject{}), "expected a string, got an object"},
        {"email", QJsonValue(7), "expected a string, got a number"},
        {"email_marketing", QJsonValue(QStringLiteral("yes")), "expected a boolean, got a string"},
        {"email_marketing", QJsonValue(1), "expected a boolean, got a number"},
        {"customer_since", QJsonValue(QJsonArray{}), "expected a string, got an array"},
        {"order_count", parsedValue("3000000000"), "must be at most 2147483647, got 3000000000"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(std::string(c.key) + " = " +
                     toText(QJsonObject{{QStringLiteral("v"), c.value}}).toStdString());
        const DecodeError error =
            errorOf(decodeCustomer(with(validCustomerJson(), QLatin1String(c.key), c.value)));
        EXPECT_EQ(error.field, QLatin1String(c.key));
        EXPECT_EQ(error.message, QLatin1String(c.message));
    }
}

TEST(JsonCodecMalformed, IntegerLimitsAreInclusive)
{
    Customer c = fullCustomer();
    c.lifetimeSpend.minorUnits = TwoPow53;
    c.orderCount = 2147483647;
    expectRoundTrip(c, decodeCustomerFn);
    // 2^53 written as a double (as JavaScript would) is accepted as well.
    const QJsonObject json =
        with(validCustomerJson(), QStringLiteral("lifetime_spend.amount"), 9007199254740992.0);
    const Decoded<Customer> decoded = decodeCustomer(json);
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded.value().lifetimeSpend.minorUnits, TwoPow53);
    // Integral doubles such as 42.0 are integers.
    EXPECT_TRUE(decodeCustomer(with(validCustomerJson(), QStringLiteral("id"), 42.0)).ok());
}

TEST(JsonCodecMalformed, IdsMustBePositive)
{
    for (qint64 bad : {0, -1}) {
        const DecodeError error =
            errorOf(decodeCustomer(with(validCustomerJson(), QStringLiteral("id"), bad)));
        EXPECT_EQ(error.field, QStringLiteral("id"));
        EXPECT_EQ(error.message, QStringLiteral("must be at least 1, got ") + QString::number(bad));
    }
    const QJsonObject conversation = with(encode(fullConversation()), QStringLiteral("assignee_id"), 0);
    EXPECT_EQ(errorOf(decodeConversation(conversation)).field, QStringLiteral("assignee_id"));
}

TEST(JsonCodecMalformed, IntegerRangesOfCounts)
{
    EXPECT_EQ(errorOf(decodeCustomer(with(validCustomerJson(), QStringLiteral("order_count"), -1))).message,
              QStringLiteral("must be at least 0, got -1"));
    const QJsonObject line = encode(sampleCart().lines.first());
    EXPECT_EQ(errorOf(decodeCartLine(with(line, QStringLiteral("quantity"), 0))).field,
              QStringLiteral("quantity"));
    EXPECT_TRUE(decodeCartLine(with(line, QStringLiteral("available"), -3)).ok());
    const QJsonObject variant = encode(sampleProduct().variants.first());
    const Decoded<Variant> oversold = decodeVariant(with(variant, QStringLiteral("inventory"), -5));
    ASSERT_TRUE(oversold.ok());
    EXPECT_EQ(oversold.value().inventory, -5);
    EXPECT_EQ(errorOf(decodeVariant(with(variant, QStringLiteral("inventory"), 1e10))).field,
              QStringLiteral("inventory"));
}

TEST(JsonCodecMalformed, UnknownEnumValue)
{
    const DecodeError status = errorOf(decodeConversation(
        with(encode(fullConversation()), QStringLiteral("status"), QStringLiteral("foo"))));
    EXPECT_EQ(status.field, QStringLiteral("status"));
    EXPECT_EQ(status.message, QStringLiteral("unknown value \"foo\" (expected one of \"open\", \"closed\")"));

    const QJsonObject text = encode(baseMessage(MessageKind::Text));
    for (const char *key : {"kind", "author", "delivery"}) {
        SCOPED_TRACE(key);
        const DecodeError error =
            errorOf(decodeMessage(with(text, QLatin1String(key), QStringLiteral("Text"))));
        EXPECT_EQ(error.field, QLatin1String(key));
        EXPECT_TRUE(error.message.startsWith(QStringLiteral("unknown value \"Text\"")))
            << error.message.toStdString();
    }
    EXPECT_EQ(errorOf(decodeMessage(with(text, QStringLiteral("kind"), 1))).message,
              QStringLiteral("expected a string, got a number"));
    // Very long bad values are cut in the message.
    const DecodeError longValue =
        errorOf(decodeMessage(with(text, QStringLiteral("kind"), QString(5000, u'x'))));
    EXPECT_LT(longValue.message.size(), 200);
}

TEST(JsonCodecMalformed, CurrencyMustBeThreeUpperCaseLetters)
{
    for (const char *bad : {"eur", "EU", "EURO", "E1R", "", "€UR", "EUr"}) {
        SCOPED_TRACE(bad);
        const DecodeError error = errorOf(decodeMoney(QJsonObject{
            {QStringLiteral("amount"), 1}, {QStringLiteral("currency"), QString::fromUtf8(bad)}}));
        EXPECT_EQ(error.field, QStringLiteral("currency"));
        EXPECT_TRUE(error.message.startsWith(QStringLiteral("must be three upper-case letters")))
            << error.message.toStdString();
    }
    const DecodeError shop =
        errorOf(decodeShop(parseObject(R"({"id": 1, "name": "S", "currency": "usd", "time_zone": "UTC"})")));
    EXPECT_EQ(shop.field, QStringLiteral("currency"));
}

TEST(JsonCodecMalformed, StringLengthLimit)
{
    Staff staff{5, QString(MaxStringLength, u'a'), QStringLiteral("bob@example.com"), true};
    expectRoundTrip(staff, decodeStaffFn);

    const QJsonObject tooLong =
        with(encode(staff), QStringLiteral("name"), QString(MaxStringLength + 1, u'a'));
    const DecodeError error = errorOf(decodeStaff(tooLong));
    EXPECT_EQ(error.field, QStringLiteral("name"));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("too long"))) << error.message.toStdString();

    // Nullable and optional strings and strings inside arrays are limited too.
    EXPECT_EQ(errorOf(decodeCustomer(with(validCustomerJson(), QStringLiteral("note"),
                                          QString(MaxStringLength + 1, u'n'))))
                  .field,
              QStringLiteral("note"));
    const QJsonObject topics = with(encode(fullConversation()), QStringLiteral("topics"),
                                    QJsonArray{QStringLiteral("ok"), QString(MaxStringLength + 1, u't')});
    EXPECT_EQ(errorOf(decodeConversation(topics)).field, QStringLiteral("topics[1]"));
}

TEST(JsonCodecMalformed, ArrayLengthLimit)
{
    QStringList topics;
    for (int i = 0; i < MaxArrayLength; ++i)
        topics.append(QStringLiteral("t"));
    Conversation c = fullConversation();
    c.topics = topics;
    expectRoundTrip(c, decodeConversationFn);

    topics.append(QStringLiteral("one too many"));
    const QJsonObject json =
        with(encode(fullConversation()), QStringLiteral("topics"), QJsonArray::fromStringList(topics));
    const DecodeError error = errorOf(decodeConversation(json));
    EXPECT_EQ(error.field, QStringLiteral("topics"));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("too long"))) << error.message.toStdString();
}

TEST(JsonCodecMalformed, ArrayOfWrongType)
{
    const QJsonObject conversation = encode(fullConversation());
    EXPECT_EQ(
        errorOf(decodeConversation(with(conversation, QStringLiteral("topics"), QJsonObject{}))).message,
        QStringLiteral("expected an array, got an object"));
    const DecodeError element = errorOf(
        decodeConversation(with(conversation, QStringLiteral("topics"), QJsonArray{QStringLiteral("a"), 3})));
    EXPECT_EQ(element.field, QStringLiteral("topics[1]"));
    EXPECT_EQ(element.message, QStringLiteral("expected a string, got a number"));
    EXPECT_EQ(
        errorOf(decodeCart(with(encode(sampleCart()), QStringLiteral("lines"), QStringLiteral("[]")))).field,
        QStringLiteral("lines"));
}

TEST(JsonCodecMalformed, ProductsMessageNeedsOneToThreeProducts)
{
    const QJsonObject json = encode(baseMessage(MessageKind::Products));
    const QJsonArray three = json.value(QStringLiteral("products")).toArray();

    const DecodeError none = errorOf(decodeMessage(with(json, QStringLiteral("products"), QJsonArray{})));
    EXPECT_EQ(none.field, QStringLiteral("products"));
    EXPECT_EQ(none.message, QStringLiteral("must hold 1 to 3 products, got 0"));

    QJsonArray four = three;
    four.append(encode(sharedProduct(4)));
    const DecodeError tooMany = errorOf(decodeMessage(with(json, QStringLiteral("products"), four)));
    EXPECT_EQ(tooMany.field, QStringLiteral("products"));
    EXPECT_EQ(tooMany.message, QStringLiteral("must hold 1 to 3 products, got 4"));

    EXPECT_TRUE(decodeMessage(with(json, QStringLiteral("products"), QJsonArray{three.first()})).ok());
    EXPECT_EQ(errorOf(decodeMessage(without(json, QStringLiteral("products")))).message,
              QStringLiteral("is required"));

    QJsonArray badPrice = three;
    badPrice.replace(2, with(three.at(2).toObject(), QStringLiteral("price.currency"), QStringLiteral("eu")));
    EXPECT_EQ(errorOf(decodeMessage(with(json, QStringLiteral("products"), badPrice))).field,
              QStringLiteral("products[2].price.currency"));
}

TEST(JsonCodecMalformed, KindPayloadsAreRequiredForTheirKind)
{
    const QJsonObject discount = encode(baseMessage(MessageKind::Discount));
    const DecodeError missing = errorOf(decodeMessage(without(discount, QStringLiteral("discount"))));
    EXPECT_EQ(missing.field, QStringLiteral("discount"));
    EXPECT_EQ(missing.message, QStringLiteral("is required"));
    EXPECT_EQ(errorOf(decodeMessage(with(discount, QStringLiteral("discount.code"), QString()))).toString(),
              QStringLiteral("discount.code: must not be empty"));
    EXPECT_EQ(errorOf(decodeMessage(without(discount, QStringLiteral("discount.summary")))).field,
              QStringLiteral("discount.summary"));
    EXPECT_EQ(errorOf(decodeMessage(with(discount, QStringLiteral("discount"), QStringLiteral("WELCOME10"))))
                  .message,
              QStringLiteral("expected an object, got a string"));

    const QJsonObject image = encode(baseMessage(MessageKind::Image));
    EXPECT_EQ(errorOf(decodeMessage(without(image, QStringLiteral("image")))).field, QStringLiteral("image"));
    EXPECT_EQ(errorOf(decodeMessage(without(image, QStringLiteral("image.url")))).field,
              QStringLiteral("image.url"));
    EXPECT_EQ(errorOf(decodeMessage(with(image, QStringLiteral("image.id"), 12))).field,
              QStringLiteral("image.id"));

    const QJsonObject cart = encode(baseMessage(MessageKind::CartEvent));
    EXPECT_EQ(errorOf(decodeMessage(without(cart, QStringLiteral("cart_action")))).field,
              QStringLiteral("cart_action"));
    EXPECT_TRUE(errorOf(decodeMessage(with(cart, QStringLiteral("cart_action"), QStringLiteral("update"))))
                    .message.startsWith(
                        QStringLiteral("unknown value \"update\" (expected one of \"add\", \"remove\")")));
}

TEST(JsonCodecMalformed, PayloadsOfOtherKindsAreIgnored)
{
    QJsonObject text = encode(baseMessage(MessageKind::Text));
    text.insert(QStringLiteral("products"), 5);
    text.insert(QStringLiteral("discount"), QJsonArray{});
    text.insert(QStringLiteral("image"), QJsonValue(QJsonValue::Null));
    text.insert(QStringLiteral("cart_action"), QStringLiteral("explode"));
    const Decoded<Message> message = decodeMessage(text);
    ASSERT_TRUE(message.ok()) << message.error().toString().toStdString();
    EXPECT_EQ(message.value(), baseMessage(MessageKind::Text));
}

TEST(JsonCodecMalformed, ProductNeedsAtLeastOneVariant)
{
    const QJsonObject json = encode(sampleProduct());
    const DecodeError none = errorOf(decodeProduct(with(json, QStringLiteral("variants"), QJsonArray{})));
    EXPECT_EQ(none.field, QStringLiteral("variants"));
    EXPECT_EQ(errorOf(decodeProduct(without(json, QStringLiteral("variants")))).message,
              QStringLiteral("is required"));

    QJsonArray variants = json.value(QStringLiteral("variants")).toArray();
    variants.replace(1,
                     with(variants.at(1).toObject(), QStringLiteral("price"), QJsonValue(QJsonValue::Null)));
    const DecodeError nested = errorOf(decodeProduct(with(json, QStringLiteral("variants"), variants)));
    EXPECT_EQ(nested.field, QStringLiteral("variants[1].price"));
    EXPECT_EQ(nested.message, QStringLiteral("expected an object, got null"));
}

TEST(JsonCodecMalformed, NestedErrorPathInCartLines)
{
    QJsonObject json = encode(sampleCart());
    QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    lines.replace(0,
                  with(lines.at(0).toObject(), QStringLiteral("unit_price.amount"), QStringLiteral("49.99")));
    json.insert(QStringLiteral("lines"), lines);
    const DecodeError error = errorOf(decodeCart(json, QStringLiteral("events[0].data")));
    EXPECT_EQ(error.field, QStringLiteral("events[0].data.lines[0].unit_price.amount"));
    EXPECT_EQ(error.message, QStringLiteral("expected an integer, got a string"));
}

TEST(JsonCodecMalformed, UnknownFieldsAreIgnored)
{
    QJsonObject json = validCustomerJson();
    json.insert(QStringLiteral("favourite_colour"), QStringLiteral("green"));
    json.insert(QStringLiteral("tags"), QJsonArray{1, 2, 3});
    json = with(json, QStringLiteral("lifetime_spend.formatted"), QStringLiteral("€1,234.56"));
    const Decoded<Customer> customer = decodeCustomer(json);
    ASSERT_TRUE(customer.ok()) << customer.error().toString().toStdString();
    EXPECT_EQ(customer.value(), fullCustomer());

    QJsonObject page = encode(samplePage());
    page.insert(QStringLiteral("server_time"), QStringLiteral("whatever"));
    EXPECT_TRUE(decodeSyncPage(page).ok());
}

TEST(JsonCodecMalformed, NullHandling)
{
    // Nullable: accepted.
    const QJsonObject line = with(encode(sampleCart().lines.first()), QStringLiteral("variant_title"),
                                  QJsonValue(QJsonValue::Null));
    ASSERT_TRUE(decodeCartLine(line).ok());
    EXPECT_TRUE(decodeCartLine(line).value().variantTitle.isEmpty());
    const QJsonObject cart =
        with(encode(sampleCart()), QStringLiteral("discount_code"), QJsonValue(QJsonValue::Null));
    EXPECT_TRUE(decodeCart(cart).ok());

    // Required: refused, with the type it should have had.
    const DecodeError visitor = errorOf(decodeCustomer(
        with(validCustomerJson(), QStringLiteral("visitor_name"), QJsonValue(QJsonValue::Null))));
    EXPECT_EQ(visitor.field, QStringLiteral("visitor_name"));
    EXPECT_EQ(visitor.message, QStringLiteral("expected a string, got null"));
    EXPECT_EQ(errorOf(decodeOrder(with(encode(sampleOrder()), QStringLiteral("placed_at"),
                                       QJsonValue(QJsonValue::Null))))
                  .message,
              QStringLiteral("expected a string, got null"));
    EXPECT_EQ(
        errorOf(decodeOrder(with(encode(sampleOrder()), QStringLiteral("id"), QJsonValue(QJsonValue::Null))))
            .message,
        QStringLiteral("expected an integer, got null"));

    // Optional but not nullable: may be left out, but null is a type error.
    EXPECT_EQ(errorOf(decodeCustomer(
                          with(validCustomerJson(), QStringLiteral("online"), QJsonValue(QJsonValue::Null))))
                  .message,
              QStringLiteral("expected a boolean, got null"));
}

TEST(JsonCodecMalformed, RequiredButEmptyStrings)
{
    EXPECT_EQ(
        errorOf(decodeCustomer(with(validCustomerJson(), QStringLiteral("visitor_name"), QString()))).message,
        QStringLiteral("must not be empty"));
    EXPECT_EQ(
        errorOf(decodeDiscountCode(parseObject(R"({"code": "", "summary": "x", "active": true})"))).field,
        QStringLiteral("code"));
    EXPECT_EQ(errorOf(decodeEvent(with(eventJson(1), QStringLiteral("type"), QString()))).field,
              QStringLiteral("type"));
}

// Events and sync pages --------------------------------------------------------------------------

TEST(JsonCodecSync, EventEnvelopeIsChecked)
{
    EXPECT_EQ(errorOf(decodeEvent(with(eventJson(1), QStringLiteral("seq"), 0))).toString(),
              QStringLiteral("seq: must be at least 1, got 0"));
    EXPECT_EQ(errorOf(decodeEvent(with(eventJson(1), QStringLiteral("data"), QJsonArray{}))).toString(),
              QStringLiteral("data: expected an object, got an array"));
    EXPECT_EQ(errorOf(decodeEvent(without(eventJson(1), QStringLiteral("data")))).toString(),
              QStringLiteral("data: is required"));
    EXPECT_EQ(errorOf(decodeEvent(with(eventJson(1), QStringLiteral("at"), QStringLiteral("now")))).field,
              QStringLiteral("at"));
}

TEST(JsonCodecSync, SeqMustIncreaseWithinAPage)
{
    const DecodeError repeated =
        errorOf(decodeSyncPage(pageJson({eventJson(4), eventJson(5), eventJson(5)}, 5)));
    EXPECT_EQ(repeated.field, QStringLiteral("events[2].seq"));
    EXPECT_EQ(repeated.message, QStringLiteral("not after the previous event"));

    const DecodeError backwards = errorOf(decodeSyncPage(pageJson({eventJson(4), eventJson(3)}, 4)));
    EXPECT_EQ(backwards.field, QStringLiteral("events[1].seq"));

    // Gaps are the server's business; the page itself is well formed.
    EXPECT_TRUE(decodeSyncPage(pageJson({eventJson(4), eventJson(9)}, 9)).ok());

    // Through the byte overload and under a path the element index is kept.
    EXPECT_EQ(errorOf(decodeSyncPage(toText(pageJson({eventJson(2), eventJson(1)}, 2)))).field,
              QStringLiteral("events[1].seq"));
    EXPECT_EQ(
        errorOf(decodeSyncPage(pageJson({eventJson(2), eventJson(1)}, 2), QStringLiteral("page"))).field,
        QStringLiteral("page.events[1].seq"));
}

TEST(JsonCodecSync, NextSinceMustNotBeBeforeTheLastEvent)
{
    const DecodeError error = errorOf(decodeSyncPage(pageJson({eventJson(4), eventJson(6)}, 5)));
    EXPECT_EQ(error.field, QStringLiteral("next_since"));
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_TRUE(decodeSyncPage(pageJson({eventJson(4), eventJson(6)}, 6)).ok());
    EXPECT_TRUE(decodeSyncPage(pageJson({eventJson(4), eventJson(6)}, 8)).ok());
    EXPECT_TRUE(decodeSyncPage(pageJson({}, 0)).ok());
    EXPECT_EQ(errorOf(decodeSyncPage(pageJson({}, -1))).field, QStringLiteral("next_since"));
}

TEST(JsonCodecSync, ErrorsInsideEventsNameTheIndex)
{
    const DecodeError seq = errorOf(decodeSyncPage(
        pageJson({eventJson(1), without(eventJson(2), QStringLiteral("seq")), eventJson(3)}, 3)));
    EXPECT_EQ(seq.field, QStringLiteral("events[1].seq"));
    EXPECT_EQ(seq.message, QStringLiteral("is required"));

    const DecodeError at = errorOf(decodeSyncPage(
        pageJson({eventJson(1), eventJson(2), with(eventJson(3), QStringLiteral("at"), 17)}, 3)));
    EXPECT_EQ(at.field, QStringLiteral("events[2].at"));

    const DecodeError notObject = errorOf(decodeSyncPage(pageJson({eventJson(1), QStringLiteral("x")}, 1)));
    EXPECT_EQ(notObject.field, QStringLiteral("events[1]"));
    EXPECT_EQ(notObject.message, QStringLiteral("expected an object, got a string"));

    EXPECT_EQ(errorOf(decodeSyncPage(without(encode(samplePage()), QStringLiteral("has_more")))).field,
              QStringLiteral("has_more"));
    EXPECT_EQ(
        errorOf(decodeSyncPage(with(encode(samplePage()), QStringLiteral("events"), QJsonObject{}))).field,
        QStringLiteral("events"));
}

TEST(JsonCodecSync, LargePage)
{
    SyncPage page;
    for (int i = 1; i <= MaxArrayLength; ++i) {
        ServerEvent event;
        event.seq = i * 2;
        event.type = QStringLiteral("presence.changed");
        event.at = utc(2026, 11, 24, 12, 0, 0);
        event.data = encode(Presence{i, i % 2 == 0});
        page.events.append(event);
    }
    page.nextSince = MaxArrayLength * 2;
    const Decoded<SyncPage> decoded = decodeSyncPage(toText(encode(page)));
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded.value(), page);

    QJsonObject tooMany = encode(page);
    QJsonArray events = tooMany.value(QStringLiteral("events")).toArray();
    events.append(eventJson(MaxArrayLength * 2 + 1));
    tooMany.insert(QStringLiteral("events"), events);
    EXPECT_EQ(errorOf(decodeSyncPage(tooMany)).field, QStringLiteral("events"));
}

// Fuzz -------------------------------------------------------------------------------------------
//
// Every mutation of a valid document is held to what jsoncodec.h promises: decoding never crashes;
// whatever decodes survives encode → decode unchanged; every refusal is a DecodeError that names the
// field at fault (a JSON syntax error names none and reports the parser's reason and offset instead).
// The structured mutations (a key removed, a value replaced, an unknown key added) also have an
// outcome known in advance, checked for each of them. The inputs are the same on every run.

namespace {

/**
 * Decodes @p text as the decoder under test sees it. Empty when a value decoder is given text that is
 * not JSON: value decoders take parsed values, so there is nothing to hand them.
 */
template<typename T> using TextDecoder = std::function<std::optional<Decoded<T>>(const QByteArray &)>;

template<typename T, typename Decode> TextDecoder<T> valueDecoder(Decode decode)
{
    return [decode](const QByteArray &text) -> std::optional<Decoded<T>> {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return decode(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                      QString());
    };
}

template<typename T> TextDecoder<T> bytesDecoder(Decoded<T> (*decode)(const QByteArray &))
{
    return [decode](const QByteArray &text) -> std::optional<Decoded<T>> { return decode(text); };
}

/** How a mutated input was made from the valid document. */
enum class MutationClass { Truncated, Substituted, Scrambled, KeyRemoved, ValueReplaced, UnknownKeyAdded };

const char *nameOf(MutationClass kind)
{
    switch (kind) {
    case MutationClass::Truncated:
        return "truncated";
    case MutationClass::Substituted:
        return "one character substituted";
    case MutationClass::Scrambled:
        return "characters scrambled";
    case MutationClass::KeyRemoved:
        return "key removed";
    case MutationClass::ValueReplaced:
        return "value replaced";
    case MutationClass::UnknownKeyAdded:
        return "unknown key added";
    }
    return "?";
}

bool isStructural(MutationClass kind)
{
    return kind == MutationClass::KeyRemoved || kind == MutationClass::ValueReplaced ||
           kind == MutationClass::UnknownKeyAdded;
}

struct Mutation
{
    MutationClass kind;
    /** For structured mutations, in the codec's path syntax: the key removed or the value replaced
        ("events[1].seq"), or the object an unknown key was added to ("" is the top level). */
    QString path;
    QByteArray text;
};

/** What a valid sample document promises about its fields (docs/protocol.md, the decoders). */
struct FuzzSample
{
    QJsonObject valid;
    /** Fields that may be absent (optional or nullable), array indices written "[]". */
    QSet<QString> optional;
    /** Fields whose content is kept undecoded (an event's data): anything inside them is accepted. */
    QSet<QString> opaque;
    /** Fields that a rule across fields may blame for a value replaced elsewhere (seq order in a page). */
    QSet<QString> crossField;
};

/** "events[12].data" → "events[].data": the field, whichever element it is in. */
QString withoutIndices(QString path)
{
    static const QRegularExpression index(QStringLiteral("\\[[0-9]+\\]"));
    return path.replace(index, QStringLiteral("[]"));
}

/** Whether @p path lies strictly inside @p ancestor ("a.b" and "a[0]" are inside "a"; "ab" is not). */
bool isInside(const QString &path, const QString &ancestor)
{
    if (ancestor.isEmpty())
        return !path.isEmpty();
    return path.size() > ancestor.size() && path.startsWith(ancestor) &&
           (path.at(ancestor.size()) == u'.' || path.at(ancestor.size()) == u'[');
}

bool isInsideOpaque(const FuzzSample &sample, const QString &path, bool orAt)
{
    const QString shape = withoutIndices(path);
    for (const QString &opaque : sample.opaque) {
        if (isInside(shape, opaque) || (orAt && shape == opaque))
            return true;
    }
    return false;
}

struct PathStep
{
    QString key;          ///< empty for an array index
    qsizetype index = -1; ///< -1 for a key
};

/** Splits a codec error path ("a.b[2].c") into its steps; empty when the text is not of that form. */
QList<PathStep> parsePath(const QString &path)
{
    static const QRegularExpression form(
        QStringLiteral("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*|\\[[0-9]+\\])*$"));
    static const QRegularExpression step(QStringLiteral("([a-z_][a-z0-9_]*)|\\[([0-9]+)\\]"));
    QList<PathStep> steps;
    if (!form.match(path).hasMatch())
        return steps;
    for (auto it = step.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            steps.append(PathStep{match.captured(1), -1});
        else
            steps.append(PathStep{QString(), match.captured(2).toLongLong()});
    }
    return steps;
}

/**
 * Whether @p steps lead to a value in @p root or, for a field reported @p missing, to a key absent from
 * an object that is there: the error must point at what is really wrong in the input.
 */
bool resolves(const QJsonValue &root, const QList<PathStep> &steps, bool missing)
{
    QJsonValue current = root;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const bool last = i + 1 == steps.size();
        const PathStep &step = steps.at(i);
        if (step.index < 0) {
            if (!current.isObject())
                return false;
            const QJsonObject object = current.toObject();
            if (last)
                return object.contains(step.key) != missing;
            if (!object.contains(step.key))
                return false;
            current = object.value(step.key);
        } else {
            if (!current.isArray() || step.index >= current.toArray().size())
                return false;
            if (last)
                return !missing;
            current = current.toArray().at(step.index);
        }
    }
    return false;
}

enum class Outcome { Skipped, Decoded, Refused };

/** What the decoder made of one mutated input. */
template<typename T> struct Attempt
{
    Outcome outcome = Outcome::Skipped;
    bool json = false;      ///< whether QJsonDocument::fromJson accepts the input
    std::optional<T> value; ///< when decoded
    DecodeError error;      ///< when refused
};

/**
 * Broken properties of one fuzz run. Every input is checked; the first few failures are shown in full so
 * that a systematic break does not flood the log.
 */
class Problems
{
public:
    template<typename T> void add(const Mutation &mutation, const Attempt<T> &attempt, const QString &what)
    {
        ++m_count;
        if (m_shown.size() >= 10)
            return;
        QString outcome;
        switch (attempt.outcome) {
        case Outcome::Skipped:
            outcome = QStringLiteral("not JSON, not decoded");
            break;
        case Outcome::Decoded:
            outcome = QStringLiteral("decoded");
            break;
        case Outcome::Refused:
            outcome = QStringLiteral("refused with field \"") + attempt.error.field +
                      QStringLiteral("\", message \"") + attempt.error.message + u'"';
            break;
        }
        QString text = QString::fromUtf8(mutation.text);
        if (text.size() > 600)
            text = text.left(600) + QStringLiteral("...");
        m_shown.append(
            what + QStringLiteral("\n    mutation: ") + QLatin1String(nameOf(mutation.kind)) +
            (isStructural(mutation.kind) ? QStringLiteral(" at \"") + mutation.path + u'"' : QString()) +
            QStringLiteral("\n    outcome: ") + outcome + QStringLiteral("\n    input: ") + text);
    }

    void expectNone(int checked) const
    {
        if (m_count > 0)
            ADD_FAILURE() << m_count << " of " << checked
                          << " mutated inputs broke a property; the first ones:\n"
                          << m_shown.join(QStringLiteral("\n")).toStdString();
    }

private:
    int m_count = 0;
    QStringList m_shown;
};

/**
 * Decodes one mutated input and checks what holds for every input, whatever the mutation: no crash, a
 * round trip for what decodes, and a refusal that names the field at fault.
 */
template<typename T>
Attempt<T> attempt(const FuzzSample &sample, const TextDecoder<T> &decode, const Mutation &mutation,
                   Problems &problems)
{
    Attempt<T> result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(mutation.text, &parseError);
    result.json = parseError.error == QJsonParseError::NoError;

    const std::optional<Decoded<T>> decoded = decode(mutation.text);
    if (!decoded) {
        // Only a value decoder skips an input, and only one it could not be given as a value.
        if (result.json)
            problems.add(mutation, result, QStringLiteral("valid JSON was not decoded at all"));
        return result;
    }

    if (decoded->ok()) {
        result.outcome = Outcome::Decoded;
        result.value = decoded->value();
        if (!result.json)
            problems.add(mutation, result, QStringLiteral("text the JSON parser rejects was decoded"));
        // Whatever decodes is valid, so it must survive a round trip too.
        const QByteArray reencoded = toText(encode(decoded->value()));
        const std::optional<Decoded<T>> again = decode(reencoded);
        if (!again || !again->ok() || !(again->value() == decoded->value()))
            problems.add(mutation, result,
                         QStringLiteral("what decoded does not survive encode -> decode: ") +
                             QString::fromUtf8(reencoded) +
                             (again && !again->ok()
                                  ? QStringLiteral(" is refused: ") + again->error().toString()
                                  : QString()));
        return result;
    }

    result.outcome = Outcome::Refused;
    result.error = decoded->error();
    const DecodeError &error = result.error;
    if (error.message.isEmpty())
        problems.add(mutation, result, QStringLiteral("the error has no message"));
    if (!result.json) {
        // A syntax error names no field (there is none yet): the codec passes on the parser's reason and
        // the offset where it stopped.
        const QString expected = QStringLiteral("invalid JSON: ") + parseError.errorString() +
                                 QStringLiteral(" at offset ") + QString::number(parseError.offset);
        if (!error.field.isEmpty() || error.message != expected)
            problems.add(mutation, result,
                         QStringLiteral("expected the parse error \"") + expected +
                             QStringLiteral("\" (no field)"));
    } else if (!document.isObject()) {
        // Valid JSON of the wrong shape: there is no field to name either.
        if (!error.field.isEmpty() || !error.message.startsWith(QStringLiteral("expected an object")))
            problems.add(mutation, result,
                         QStringLiteral("expected \"expected an object...\" without a field for a top level "
                                        "that is not an object"));
    } else {
        // An object of the right shape: the error names a field, the field is one of the document's own,
        // and it is really there (or, when reported missing, really absent from an object that is there).
        const QList<PathStep> steps = parsePath(error.field);
        const bool missing = error.message == QLatin1String("is required");
        if (steps.isEmpty())
            problems.add(mutation, result,
                         QStringLiteral("the error names no field (expected a path like \"a.b[2].c\")"));
        else if (!sample.valid.contains(steps.first().key))
            problems.add(
                mutation, result,
                QStringLiteral("the field named starts with a key the valid document does not have"));
        else if (!resolves(document.object(), steps, missing))
            problems.add(mutation, result,
                         missing ? QStringLiteral("the field reported missing is not missing from the input")
                                 : QStringLiteral("the field named is not in the input"));
    }
    return result;
}

using StructuralVisit = std::function<void(MutationClass, const QString &, const QJsonValue &)>;

/**
 * Calls @p visit with every structural mutation of @p value (found at @p path), at every depth: each key
 * removed, each member and array element replaced by each of @p replacements, and an unknown key added
 * to each object. @p visit gets the mutation's class and path, and the mutated @p value.
 */
void forEachStructuralMutation(const QJsonValue &value, const QString &path,
                               const QList<QJsonValue> &replacements, const StructuralVisit &visit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject added = object;
        added.insert(
            QStringLiteral("fuzz_unknown_key"),
            QJsonObject{{QStringLiteral("nested"), QJsonArray{1, QStringLiteral("a"), QJsonValue()}}});
        visit(MutationClass::UnknownKeyAdded, path, added);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString keyPath = path.isEmpty() ? key : path + u'.' + key;
            for (const QJsonValue &replacement : replacements) {
                QJsonObject changed = object;
                changed.insert(key, replacement);
                visit(MutationClass::ValueReplaced, keyPath, changed);
            }
            QJsonObject removed = object;
            removed.remove(key);
            visit(MutationClass::KeyRemoved, keyPath, removed);
            forEachStructuralMutation(it.value(), keyPath, replacements,
                                      [&](MutationClass kind, const QString &at, const QJsonValue &child) {
                                          QJsonObject changed = object;
                                          changed.insert(key, child);
                                          visit(kind, at, changed);
                                      });
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = path + u'[' + QString::number(i) + u']';
            for (const QJsonValue &replacement : replacements) {
                QJsonArray changed = array;
                changed.replace(i, replacement);
                visit(MutationClass::ValueReplaced, elementPath, changed);
            }
            forEachStructuralMutation(array.at(i), elementPath, replacements,
                                      [&](MutationClass kind, const QString &at, const QJsonValue &child) {
                                          QJsonArray changed = array;
                                          changed.replace(i, child);
                                          visit(kind, at, changed);
                                      });
        }
    }
}

/** Objects, keys and array elements in @p value, counted independently of the mutation generator. */
struct Shape
{
    int objects = 0;
    int keys = 0;
    int elements = 0;
};

void countShape(const QJsonValue &value, Shape &shape)
{
    if (value.isObject()) {
        ++shape.objects;
        const QJsonObject object = value.toObject();
        shape.keys += int(object.size());
        for (const QJsonValue &member : object)
            countShape(member, shape);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        shape.elements += int(array.size());
        for (const QJsonValue &element : array)
            countShape(element, shape);
    }
}

template<typename T> void fuzz(const FuzzSample &sample, const TextDecoder<T> &decode)
{
    const QByteArray valid = toText(sample.valid);
    const std::optional<Decoded<T>> original = decode(valid);
    ASSERT_TRUE(original && original->ok()) << "the valid sample is refused: " << valid.toStdString();
    const T originalValue = original->value();

    Problems problems;
    int checked = 0;
    auto check = [&](const Mutation &mutation) {
        ++checked;
        return attempt(sample, decode, mutation, problems);
    };

    // Truncation at every offset. A proper prefix of an object is never JSON: only the parse error may
    // come back (attempt() checks its text and offset).
    for (qsizetype i = 0; i < valid.size(); ++i) {
        const Mutation mutation{MutationClass::Truncated, QString(), valid.left(i)};
        const Attempt<T> result = check(mutation);
        if (result.json)
            problems.add(mutation, result, QStringLiteral("a truncated document parsed as JSON"));
    }

    // Single-character substitutions at every position, and deterministic pseudo-random multi-character
    // corruptions. Their outcome is not known in advance: only what holds for every input is checked.
    const char substitutes[] = {'"', '{', '}', '[', ']', ',', ':',  '0',
                                '9', '-', '.', 'e', 'x', ' ', '\\', '\0'};
    for (qsizetype i = 0; i < valid.size(); ++i) {
        for (char c : substitutes) {
            QByteArray text = valid;
            text[i] = c;
            check(Mutation{MutationClass::Substituted, QString(), text});
        }
    }
    quint32 state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 500; ++round) {
        QByteArray text = valid;
        const int edits = 1 + int(next() % 4);
        for (int e = 0; e < edits; ++e)
            text[qsizetype(next() % quint32(text.size()))] = char(next() % 128);
        check(Mutation{MutationClass::Scrambled, QString(), text});
    }

    // Structured mutations: each has an expected outcome.
    const QList<QJsonValue> replacements = {
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(0),
        QJsonValue(-1),
        QJsonValue(1.5),
        QJsonValue(1e300),
        QJsonValue(9007199254740993.0),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral("x")),
        QJsonValue(QStringLiteral("2026-11-24T12:00:00Z")),
        QJsonValue(QJsonArray{}),
        QJsonValue(QJsonArray{1, QStringLiteral("a")}),
        QJsonValue(QJsonObject{}),
    };
    std::map<MutationClass, int> structural;
    QSet<QString> fields;
    forEachStructuralMutation(
        sample.valid, QString(), replacements,
        [&](MutationClass kind, const QString &path, const QJsonValue &changed) {
            const Mutation mutation{kind, path, QJsonDocument(changed.toObject()).toJson()};
            const Attempt<T> result = check(mutation);
            ++structural[kind];
            fields.insert(withoutIndices(path));
            switch (kind) {
            case MutationClass::KeyRemoved:
                if (sample.optional.contains(withoutIndices(path)) || isInsideOpaque(sample, path, false)) {
                    // Optional and nullable fields may be absent, and so may anything inside undecoded data.
                    if (result.outcome != Outcome::Decoded)
                        problems.add(mutation, result,
                                     QStringLiteral("removing an optional field was refused"));
                } else if (result.outcome != Outcome::Refused || result.error.field != path ||
                           result.error.message != QLatin1String("is required")) {
                    // The only defect is the missing key, so it is the one reported.
                    problems.add(mutation, result,
                                 QStringLiteral("removing a required field must be refused as \"") + path +
                                     QStringLiteral(": is required\""));
                }
                break;
            case MutationClass::ValueReplaced:
                if (isInsideOpaque(sample, path, false)) {
                    if (result.outcome != Outcome::Decoded)
                        problems.add(mutation, result,
                                     QStringLiteral("a change inside undecoded data was refused"));
                } else if (result.outcome == Outcome::Refused && result.error.field != path &&
                           !isInside(result.error.field, path) &&
                           !sample.crossField.contains(withoutIndices(result.error.field))) {
                    // The replaced value is the only change: a refusal blames it (or something inside it), or
                    // a field that a rule across fields names.
                    problems.add(mutation, result,
                                 QStringLiteral("the error blames another field than the replaced value"));
                }
                break;
            case MutationClass::UnknownKeyAdded:
                // Decoders are tolerant of unknown fields: they are ignored, so the value is the valid one's
                // (unless the key went into undecoded data, which is kept as it is).
                if (result.outcome != Outcome::Decoded)
                    problems.add(mutation, result, QStringLiteral("an unknown key was refused"));
                else if (!isInsideOpaque(sample, path, true) && !(*result.value == originalValue))
                    problems.add(mutation, result,
                                 QStringLiteral("an unknown key changed the decoded value"));
                break;
            case MutationClass::Truncated:
            case MutationClass::Substituted:
            case MutationClass::Scrambled:
                break;
            }
        });
    problems.expectNone(checked);

    // Every key, value and object of the sample was mutated, and the field lists name fields it has.
    Shape shape;
    countShape(sample.valid, shape);
    EXPECT_EQ(structural[MutationClass::KeyRemoved], shape.keys);
    EXPECT_EQ(structural[MutationClass::ValueReplaced], (shape.keys + shape.elements) * replacements.size());
    EXPECT_EQ(structural[MutationClass::UnknownKeyAdded], shape.objects);
    for (const QSet<QString> *listed : {&sample.optional, &sample.opaque, &sample.crossField}) {
        for (const QString &field : *listed)
            EXPECT_TRUE(fields.contains(field)) << "the sample has no field " << field.toStdString();
    }
}

QSet<QString> fieldSet(std::initializer_list<const char *> fields)
{
    QSet<QString> set;
    for (const char *field : fields)
        set.insert(QLatin1String(field));
    return set;
}

} // namespace

TEST(JsonCodecFuzz, MessageSurvivesMutations)
{
    FuzzSample sample;
    sample.valid = encode(baseMessage(MessageKind::Products));
    sample.optional = fieldSet({"client_id", "staff_id", "body", "delivery", "failure_reason",
                                "products[].image_url", "products[].url"});
    fuzz(sample, valueDecoder<Message>(decodeMessageFn));
}

TEST(JsonCodecFuzz, CustomerSurvivesMutations)
{
    FuzzSample sample;
    sample.valid = encode(fullCustomer());
    sample.optional = fieldSet({"name", "email", "phone", "location", "time_zone", "customer_since", "note",
                                "note_updated_at", "online"});
    fuzz(sample, valueDecoder<Customer>(decodeCustomerFn));
}

TEST(JsonCodecFuzz, SyncPageSurvivesMutations)
{
    SyncPage page;
    page.events = {sampleEvent(1), sampleEvent(2)};
    page.events[1].data = encode(Presence{42, true});
    page.events[0].data = encode(sampleCart());
    page.nextSince = 2;
    FuzzSample sample;
    sample.valid = encode(page);
    // Event data is decoded later, by type; a page checks the seq order and next_since across events.
    sample.opaque = fieldSet({"events[].data"});
    sample.crossField = fieldSet({"events[].seq", "next_since"});
    sample.optional = fieldSet({"email_replies"});
    fuzz(sample, bytesDecoder<SyncPage>(&decodeSyncPage));
}

TEST(JsonCodecFuzz, EventFrameSurvivesMutations)
{
    FuzzSample sample;
    sample.valid = encode(sampleEvent(7));
    sample.opaque = fieldSet({"data"});
    fuzz(sample, bytesDecoder<ServerEvent>(&decodeEvent));
}
