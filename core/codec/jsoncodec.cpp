#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <array>
#include <climits>
#include <cmath>
#include <cstddef>
#include <optional>
#include <utility>

namespace shopinbox::json {

namespace {

// JSON numbers are doubles for most producers; beyond 2^53 they stop being exact, so ids and amounts
// are limited to what every client can represent.
constexpr qint64 MaxSafeInteger = qint64(1) << 53;
constexpr double MaxSafeDouble = 9007199254740992.0; // 2^53

// Values quoted in error messages are cut so that a hostile 100k-character string does not end up
// in a log line or dialog.
constexpr qsizetype MaxQuotedLength = 40;

QString join(const QString &path, QLatin1String key)
{
    if (path.isEmpty())
        return QString(key);
    return path + u'.' + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString quoted(const QString &text)
{
    QString shown = text;
    if (shown.size() > MaxQuotedLength) {
        shown.truncate(MaxQuotedLength);
        if (shown.back().isHighSurrogate())
            shown.chop(1);
        shown += QLatin1String("...");
    }
    return u'"' + shown + u'"';
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

DecodeError typeError(const QString &field, const char *expected, const QJsonValue &got)
{
    return {field,
            QLatin1String("expected ") + QLatin1String(expected) + QLatin1String(", got ") + describe(got)};
}

// Value-level readers: check one JSON value and name @p field in the error.

Decoded<qint64> readInteger(const QJsonValue &value, const QString &field, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return typeError(field, "an integer", value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return DecodeError{field, QLatin1String("expected an integer, got ") + QString::number(number)};
    if (std::fabs(number) > MaxSafeDouble)
        return DecodeError{field, QStringLiteral("out of range (magnitude above 2^53)")};
    // Qt keeps integers parsed from text as qint64, and toDouble() rounds 2^53 + 1 down to 2^53: check
    // the exact value too.
    const qint64 integer = value.toInteger();
    if (integer > MaxSafeInteger || integer < -MaxSafeInteger)
        return DecodeError{field, QStringLiteral("out of range (magnitude above 2^53)")};
    if (integer < min)
        return DecodeError{field, QLatin1String("must be at least ") + QString::number(min) +
                                      QLatin1String(", got ") + QString::number(integer)};
    if (integer > max)
        return DecodeError{field, QLatin1String("must be at most ") + QString::number(max) +
                                      QLatin1String(", got ") + QString::number(integer)};
    return integer;
}

Decoded<bool> readBool(const QJsonValue &value, const QString &field)
{
    if (!value.isBool())
        return typeError(field, "a boolean", value);
    return value.toBool();
}

Decoded<QString> readString(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return typeError(field, "a string", value);
    QString text = value.toString();
    if (text.size() > MaxStringLength)
        return DecodeError{field, QLatin1String("too long (") + QString::number(text.size()) +
                                      QLatin1String(" characters, at most ") +
                                      QString::number(MaxStringLength) + u')'};
    return text;
}

Decoded<QString> readNonEmptyString(const QJsonValue &value, const QString &field)
{
    Decoded<QString> text = readString(value, field);
    if (text.ok() && text.value().isEmpty())
        return DecodeError{field, QStringLiteral("must not be empty")};
    return text;
}

Decoded<QString> readCurrency(const QJsonValue &value, const QString &field)
{
    Decoded<QString> text = readString(value, field);
    if (!text.ok())
        return text;
    const QString &code = text.value();
    bool valid = code.size() == 3;
    for (const QChar c : code)
        valid = valid && c.unicode() >= u'A' && c.unicode() <= u'Z';
    if (!valid)
        return DecodeError{field,
                           QLatin1String("must be three upper-case letters (ISO 4217), got ") + quoted(code)};
    return text;
}

Decoded<QJsonArray> readArray(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return typeError(field, "an array", value);
    QJsonArray array = value.toArray();
    if (array.size() > MaxArrayLength)
        return DecodeError{field, QLatin1String("too long (") + QString::number(array.size()) +
                                      QLatin1String(" elements, at most ") + QString::number(MaxArrayLength) +
                                      u')'};
    return array;
}

Decoded<QJsonObject> readObject(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return typeError(field, "an object", value);
    return value.toObject();
}

template<typename E, std::size_t N>
Decoded<E> readEnum(const QJsonValue &value, const QString &field, const std::array<E, N> &values)
{
    Decoded<QString> text = readString(value, field);
    if (!text.ok())
        return text.error();
    QStringList allowed;
    for (const E candidate : values) {
        const QString wire = toString(candidate);
        if (wire == text.value())
            return candidate;
        allowed.append(u'"' + wire + u'"');
    }
    return DecodeError{field, QLatin1String("unknown value ") + quoted(text.value()) +
                                  QLatin1String(" (expected one of ") + allowed.join(QLatin1String(", ")) +
                                  u')'};
}

template<typename T, typename Decode>
Decoded<QList<T>> readList(const QJsonValue &value, const QString &field, const Decode &decode)
{
    Decoded<QJsonArray> array = readArray(value, field);
    if (!array.ok())
        return array.error();
    QList<T> elements;
    elements.reserve(array.value().size());
    for (qsizetype i = 0; i < array.value().size(); ++i) {
        Decoded<T> element = decode(array.value().at(i), indexed(field, i));
        if (!element.ok())
            return element.error();
        elements.append(std::move(element).value());
    }
    return elements;
}

// Digits of a fixed count at @p pos, ASCII only (QChar::isDigit() would accept other scripts).
bool takeDigits(QStringView text, qsizetype &pos, int count, int &out)
{
    if (pos + count > text.size())
        return false;
    int number = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        number = number * 10 + (c - u'0');
    }
    pos += count;
    out = number;
    return true;
}

bool takeChar(QStringView text, qsizetype &pos, char16_t expected, char16_t alternative = 0)
{
    if (pos >= text.size())
        return false;
    const char16_t c = text[pos].unicode();
    if (c != expected && (alternative == 0 || c != alternative))
        return false;
    ++pos;
    return true;
}

// RFC 3339 date-time: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM). Written by hand because
// QDateTime::fromString(Qt::ISODate) also accepts forms RFC 3339 does not (no seconds, no offset).
std::optional<QDateTime> parseRfc3339(QStringView text)
{
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!takeDigits(text, pos, 4, year) || !takeChar(text, pos, u'-') || !takeDigits(text, pos, 2, month) ||
        !takeChar(text, pos, u'-') || !takeDigits(text, pos, 2, day) || !takeChar(text, pos, u'T', u't') ||
        !takeDigits(text, pos, 2, hour) || !takeChar(text, pos, u':') || !takeDigits(text, pos, 2, minute) ||
        !takeChar(text, pos, u':') || !takeDigits(text, pos, 2, second))
        return std::nullopt;

    // QDateTime holds milliseconds: further digits are dropped (truncated, so never rounded up into
    // the next second).
    int millis = 0;
    if (takeChar(text, pos, u'.')) {
        int digits = 0;
        int digit = 0;
        while (takeDigits(text, pos, 1, digit)) {
            if (digits < 3)
                millis = millis * 10 + digit;
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }

    int offsetSeconds = 0;
    if (!takeChar(text, pos, u'Z', u'z')) {
        if (pos >= text.size())
            return std::nullopt;
        const char16_t sign = text[pos].unicode();
        if (sign != u'+' && sign != u'-')
            return std::nullopt;
        ++pos;
        int offsetHours = 0, offsetMinutes = 0;
        if (!takeDigits(text, pos, 2, offsetHours) || !takeChar(text, pos, u':') ||
            !takeDigits(text, pos, 2, offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
    }
    if (pos != text.size())
        return std::nullopt;

    // QTime has no leap second (ss = 60); such times are refused rather than silently moved.
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime utc(date, time, Qt::UTC);
    utc = utc.addSecs(-offsetSeconds);
    // An offset can push a time at the edge of the range out of the four-digit years formatTime() writes.
    if (!utc.isValid() || utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

struct DiscountPart
{
    QString code;
    QString summary;
};

struct ImagePart
{
    QString id;
    QString url;
};

enum class Rule { Required, Optional, Nullable };

/**
 * Reads the fields of one JSON object under a path. The first error wins: after it every read is a
 * no-op that returns a default, so decoders read like a plain list of fields and check once at the end.
 */
class Reader
{
public:
    Reader(const QJsonValue &value, QString path)
        : m_path(std::move(path))
    {
        if (value.isObject())
            m_object = value.toObject();
        else
            m_error = typeError(m_path, "an object", value);
    }

    bool failed() const { return m_error.has_value(); }

    QString pathOf(const char *key) const { return join(m_path, QLatin1String(key)); }

    /** Records a semantic error on @p key (e.g. an ordering rule) unless an earlier error exists. */
    void fail(const char *key, const QString &message) { failAt(pathOf(key), message); }
    void failAt(const QString &field, const QString &message)
    {
        if (!m_error)
            m_error = DecodeError{field, message};
    }

    template<typename T> Decoded<T> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

    qint64 id(const char *key) { return integer(key, 1, MaxSafeInteger); }
    std::optional<qint64> nullableId(const char *key)
    {
        return read<std::optional<qint64>>(
            key, Rule::Nullable, std::nullopt,
            [](const QJsonValue &value, const QString &field) -> Decoded<std::optional<qint64>> {
                Decoded<qint64> id = readInteger(value, field, 1, MaxSafeInteger);
                if (!id.ok())
                    return id.error();
                return std::optional<qint64>(id.value());
            });
    }
    qint64 integer(const char *key, qint64 min = -MaxSafeInteger, qint64 max = MaxSafeInteger)
    {
        return read<qint64>(key, Rule::Required, 0,
                            [min, max](const QJsonValue &value, const QString &field) {
                                return readInteger(value, field, min, max);
                            });
    }
    int int32(const char *key, int min = INT_MIN, int max = INT_MAX)
    {
        return static_cast<int>(integer(key, min, max));
    }

    bool boolean(const char *key) { return read<bool>(key, Rule::Required, false, readBool); }
    bool optionalBoolean(const char *key, bool fallback)
    {
        return read<bool>(key, Rule::Optional, fallback, readBool);
    }

    QString string(const char *key) { return read<QString>(key, Rule::Required, {}, readString); }
    QString nonEmptyString(const char *key)
    {
        return read<QString>(key, Rule::Required, {}, readNonEmptyString);
    }
    QString optionalString(const char *key) { return read<QString>(key, Rule::Optional, {}, readString); }
    QString nullableString(const char *key) { return read<QString>(key, Rule::Nullable, {}, readString); }
    QString currency(const char *key) { return read<QString>(key, Rule::Required, {}, readCurrency); }

    QDateTime time(const char *key) { return read<QDateTime>(key, Rule::Required, {}, parseTime); }
    QDateTime nullableTime(const char *key) { return read<QDateTime>(key, Rule::Nullable, {}, parseTime); }

    template<typename E, std::size_t N> E enumeration(const char *key, const std::array<E, N> &values)
    {
        return enumeration(key, values, Rule::Required, values[0]);
    }
    template<typename E, std::size_t N>
    E enumeration(const char *key, const std::array<E, N> &values, Rule rule, E fallback)
    {
        return read<E>(key, rule, fallback, [&values](const QJsonValue &value, const QString &field) {
            return readEnum(value, field, values);
        });
    }

    QJsonObject rawObject(const char *key) { return read<QJsonObject>(key, Rule::Required, {}, readObject); }

    /** A nested object, decoded by @p decode(value, path). */
    template<typename T, typename Decode> T object(const char *key, Decode decode)
    {
        return read<T>(key, Rule::Required, T{}, decode);
    }

    /** An array whose elements are decoded by @p decode(value, "key[i]"). */
    template<typename T, typename Decode> QList<T> array(const char *key, Rule rule, Decode decode)
    {
        return read<QList<T>>(key, rule, {}, [&decode](const QJsonValue &value, const QString &field) {
            return readList<T>(value, field, decode);
        });
    }

private:
    template<typename T, typename Convert> T read(const char *key, Rule rule, T fallback, Convert convert)
    {
        if (m_error)
            return fallback;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (rule == Rule::Required)
                m_error = DecodeError{pathOf(key), QStringLiteral("is required")};
            return fallback;
        }
        if (value.isNull() && rule == Rule::Nullable)
            return fallback;
        Decoded<T> decoded = convert(value, pathOf(key));
        if (!decoded.ok()) {
            m_error = decoded.error();
            return fallback;
        }
        return std::move(decoded).value();
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

Decoded<DiscountPart> decodeDiscountPart(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    DiscountPart part;
    part.code = r.nonEmptyString("code");
    part.summary = r.string("summary");
    return r.finish(std::move(part));
}

Decoded<ImagePart> decodeImagePart(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    ImagePart part;
    part.id = r.string("id");
    part.url = r.string("url");
    return r.finish(std::move(part));
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonArray encodeAll(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(encode(value));
    return array;
}

Decoded<QJsonObject> parseObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return DecodeError{QString(), QLatin1String("invalid JSON: ") + error.errorString() +
                                          QLatin1String(" at offset ") + QString::number(error.offset)};
    if (!document.isObject())
        return DecodeError{QString(), document.isArray() ? QStringLiteral("expected an object, got an array")
                                                         : QStringLiteral("expected an object")};
    return document.object();
}

} // namespace

QString formatTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.toUTC();
    const QDate date = t.date();
    const QTime time = t.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                             time.hour(), time.minute(), time.second(), time.msec());
}

Decoded<QDateTime> parseTime(const QJsonValue &value, const QString &field)
{
    Decoded<QString> text = readString(value, field);
    if (!text.ok())
        return text.error();
    std::optional<QDateTime> time = parseRfc3339(text.value());
    if (!time)
        return DecodeError{field, QLatin1String("expected an RFC 3339 time, got ") + quoted(text.value())};
    return *time;
}

QString toString(ConversationStatus status)
{
    return ConversationStatuses.wire(status);
}

QString toString(MessageKind kind)
{
    return MessageKinds.wire(kind);
}

QString toString(MessageAuthor author)
{
    return MessageAuthors.wire(author);
}

QString toString(DeliveryState state)
{
    return DeliveryStates.wire(state);
}

QString toString(AutomatedReply reply)
{
    return AutomatedReplies.wire(reply);
}

QString toString(CartAction action)
{
    return CartActions.wire(action);
}

// Encoders write every field that applies; nullable fields without a value are written as null.

QJsonObject encode(const Money &money)
{
    return {
        {QStringLiteral("amount"), money.minorUnits},
        {QStringLiteral("currency"), money.currency},
    };
}

QJsonObject encode(const Shop &shop)
{
    return {
        {QStringLiteral("id"), shop.id},
        {QStringLiteral("name"), shop.name},
        {QStringLiteral("currency"), shop.currency},
        {QStringLiteral("time_zone"), shop.timeZone},
        {QStringLiteral("admin_url"), shop.adminUrl},
    };
}

QJsonObject encode(const Staff &staff)
{
    return {
        {QStringLiteral("id"), staff.id},
        {QStringLiteral("name"), staff.name},
        {QStringLiteral("email"), staff.email},
        {QStringLiteral("chat_permission"), staff.chatPermission},
    };
}

QJsonObject encode(const Customer &customer)
{
    return {
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("name"), nullable(customer.name)},
        {QStringLiteral("visitor_name"), customer.visitorName},
        {QStringLiteral("email"), nullable(customer.email)},
        {QStringLiteral("phone"), nullable(customer.phone)},
        {QStringLiteral("location"), nullable(customer.location)},
        {QStringLiteral("time_zone"), nullable(customer.timeZone)},
        {QStringLiteral("customer_since"), nullableTime(customer.customerSince)},
        {QStringLiteral("lifetime_spend"), encode(customer.lifetimeSpend)},
        {QStringLiteral("order_count"), customer.orderCount},
        {QStringLiteral("email_marketing"), customer.emailMarketing},
        {QStringLiteral("sms_marketing"), customer.smsMarketing},
        {QStringLiteral("note"), nullable(customer.note)},
        {QStringLiteral("note_updated_at"), nullableTime(customer.noteUpdatedAt)},
        {QStringLiteral("online"), customer.online},
    };
}

QJsonObject encode(const Conversation &conversation)
{
    return {
        {QStringLiteral("id"), conversation.id},
        {QStringLiteral("customer_id"), conversation.customerId},
        {QStringLiteral("status"), toString(conversation.status)},
        {QStringLiteral("unread"), conversation.unread},
        {QStringLiteral("assignee_id"), nullable(conversation.assigneeId)},
        {QStringLiteral("topics"), QJsonArray::fromStringList(conversation.topics)},
        {QStringLiteral("platform"), conversation.platform},
        {QStringLiteral("started_at"), formatTime(conversation.startedAt)},
        {QStringLiteral("last_activity_at"), formatTime(conversation.lastActivityAt)},
    };
}

QJsonObject encode(const SharedProduct &product)
{
    return {
        {QStringLiteral("product_id"), product.productId},
        {QStringLiteral("title"), product.title},
        {QStringLiteral("price"), encode(product.price)},
        {QStringLiteral("image_url"), nullable(product.imageUrl)},
        {QStringLiteral("url"), nullable(product.url)},
    };
}

QJsonObject encode(const Message &message)
{
    QJsonObject object{
        {QStringLiteral("id"), message.id},
        {QStringLiteral("conversation_id"), message.conversationId},
        {QStringLiteral("client_id"), nullable(message.clientId)},
        {QStringLiteral("kind"), toString(message.kind)},
        {QStringLiteral("author"), toString(message.author)},
        {QStringLiteral("staff_id"), nullable(message.staffId)},
        {QStringLiteral("body"), message.body},
        {QStringLiteral("created_at"), formatTime(message.createdAt)},
        {QStringLiteral("delivery"), toString(message.delivery)},
        {QStringLiteral("failure_reason"), nullable(message.failureReason)},
    };
    // Only the payload of the message's kind is on the wire; the others are ignored when decoding.
    switch (message.kind) {
    case MessageKind::Products:
        object.insert(QStringLiteral("products"), encodeAll(message.products));
        break;
    case MessageKind::Discount:
        object.insert(QStringLiteral("discount"), QJsonObject{
                                                      {QStringLiteral("code"), message.discountCode},
                                                      {QStringLiteral("summary"), message.discountSummary},
                                                  });
        break;
    case MessageKind::Image:
        object.insert(QStringLiteral("image"), QJsonObject{
                                                   {QStringLiteral("id"), message.imageId},
                                                   {QStringLiteral("url"), message.imageUrl},
                                               });
        break;
    case MessageKind::CartEvent:
        object.insert(QStringLiteral("cart_action"), toString(message.cartAction));
        if (!message.cartProductTitle.isEmpty())
            object.insert(QStringLiteral("product_title"), message.cartProductTitle);
        break;
    case MessageKind::System:
        if (message.automated != AutomatedReply::None)
            object.insert(QStringLiteral("automated"), toString(message.automated));
        break;
    case MessageKind::Text:
        break;
    }
    return object;
}

QJsonObject encode(const Variant &variant)
{
    return {
        {QStringLiteral("id"), variant.id},
        {QStringLiteral("title"), variant.title},
        {QStringLiteral("price"), encode(variant.price)},
        {QStringLiteral("inventory"), variant.inventory},
    };
}

QJsonObject encode(const Product &product)
{
    return {
        {QStringLiteral("id"), product.id},
        {QStringLiteral("title"), product.title},
        {QStringLiteral("image_url"), nullable(product.imageUrl)},
        {QStringLiteral("url"), nullable(product.url)},
        {QStringLiteral("published"), product.publishedOnlineStore},
        {QStringLiteral("variants"), encodeAll(product.variants)},
    };
}

QJsonObject encode(const DiscountCode &discount)
{
    return {
        {QStringLiteral("code"), discount.code},
        {QStringLiteral("summary"), discount.summary},
        {QStringLiteral("active"), discount.active},
    };
}

QJsonObject encode(const CartLine &line)
{
    return {
        {QStringLiteral("product_id"), line.productId},
        {QStringLiteral("variant_id"), line.variantId},
        {QStringLiteral("product_title"), line.productTitle},
        {QStringLiteral("variant_title"), nullable(line.variantTitle)},
        {QStringLiteral("quantity"), line.quantity},
        {QStringLiteral("unit_price"), encode(line.unitPrice)},
        {QStringLiteral("available"), line.available},
    };
}

QJsonObject encode(const Cart &cart)
{
    return {
        {QStringLiteral("customer_id"), cart.customerId},
        {QStringLiteral("lines"), encodeAll(cart.lines)},
        {QStringLiteral("discount_code"), nullable(cart.discountCode)},
        {QStringLiteral("updated_at"), formatTime(cart.updatedAt)},
    };
}

QJsonObject encode(const Order &order)
{
    return {
        {QStringLiteral("id"), order.id},
        {QStringLiteral("number"), order.number},
        {QStringLiteral("customer_id"), order.customerId},
        {QStringLiteral("placed_at"), formatTime(order.placedAt)},
        {QStringLiteral("total"), encode(order.total)},
        {QStringLiteral("financial_status"), order.financialStatus},
        {QStringLiteral("fulfillment_status"), order.fulfillmentStatus},
        {QStringLiteral("open"), order.open},
        {QStringLiteral("tracking_url"), nullable(order.trackingUrl)},
        {QStringLiteral("status_page_url"), nullable(order.statusPageUrl)},
    };
}

QJsonObject encode(const Presence &presence)
{
    return {
        {QStringLiteral("customer_id"), presence.customerId},
        {QStringLiteral("online"), presence.online},
    };
}

QJsonObject encode(const SavedReply &reply)
{
    return {
        {QStringLiteral("id"), reply.id},
        {QStringLiteral("shortcut"), reply.shortcut},
        {QStringLiteral("text"), reply.text},
        {QStringLiteral("updated_at"), formatTime(reply.updatedAt)},
    };
}

QJsonObject encode(const SavedReplyDeletion &deletion)
{
    return {{QStringLiteral("id"), deletion.id}};
}

QJsonObject encode(const ServerEvent &event)
{
    return {
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("at"), formatTime(event.at)},
        {QStringLiteral("data"), event.data},
    };
}

QJsonObject encode(const SyncPage &page)
{
    return {
        {QStringLiteral("events"), encodeAll(page.events)},
        {QStringLiteral("next_since"), page.nextSince},
        {QStringLiteral("has_more"), page.hasMore},
        {QStringLiteral("email_replies"), page.emailReplies},
    };
}

Decoded<Money> decodeMoney(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Money money;
    money.minorUnits = r.integer("amount");
    money.currency = r.currency("currency");
    return r.finish(std::move(money));
}

Decoded<Shop> decodeShop(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Shop shop;
    shop.id = r.id("id");
    shop.name = r.string("name");
    shop.currency = r.currency("currency");
    shop.timeZone = r.string("time_zone");
    shop.adminUrl = r.optionalString("admin_url");
    return r.finish(std::move(shop));
}

Decoded<Staff> decodeStaff(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Staff staff;
    staff.id = r.id("id");
    staff.name = r.string("name");
    staff.email = r.string("email");
    staff.chatPermission = r.boolean("chat_permission");
    return r.finish(std::move(staff));
}

Decoded<Customer> decodeCustomer(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Customer customer;
    customer.id = r.id("id");
    customer.name = r.nullableString("name");
    customer.visitorName = r.nonEmptyString("visitor_name");
    customer.email = r.nullableString("email");
    customer.phone = r.nullableString("phone");
    customer.location = r.nullableString("location");
    customer.timeZone = r.nullableString("time_zone");
    customer.customerSince = r.nullableTime("customer_since");
    customer.lifetimeSpend = r.object<Money>("lifetime_spend", decodeMoney);
    customer.orderCount = r.int32("order_count", 0);
    customer.emailMarketing = r.boolean("email_marketing");
    customer.smsMarketing = r.boolean("sms_marketing");
    customer.note = r.nullableString("note");
    customer.noteUpdatedAt = r.nullableTime("note_updated_at");
    customer.online = r.optionalBoolean("online", false);
    return r.finish(std::move(customer));
}

Decoded<Conversation> decodeConversation(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Conversation conversation;
    conversation.id = r.id("id");
    conversation.customerId = r.id("customer_id");
    conversation.status = r.enumeration("status", ConversationStatuses.values());
    conversation.unread = r.boolean("unread");
    conversation.assigneeId = r.nullableId("assignee_id");
    conversation.topics = r.array<QString>("topics", Rule::Optional, readString);
    conversation.platform = r.optionalString("platform");
    conversation.startedAt = r.time("started_at");
    conversation.lastActivityAt = r.time("last_activity_at");
    return r.finish(std::move(conversation));
}

Decoded<SharedProduct> decodeSharedProduct(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SharedProduct product;
    product.productId = r.id("product_id");
    product.title = r.string("title");
    product.price = r.object<Money>("price", decodeMoney);
    product.imageUrl = r.nullableString("image_url");
    product.url = r.nullableString("url");
    return r.finish(std::move(product));
}

Decoded<Message> decodeMessage(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Message message;
    message.id = r.id("id");
    message.conversationId = r.id("conversation_id");
    message.clientId = r.nullableString("client_id");
    message.kind = r.enumeration("kind", MessageKinds.values());
    message.author = r.enumeration("author", MessageAuthors.values());
    message.staffId = r.nullableId("staff_id");
    message.body = r.optionalString("body");
    // Payloads of other kinds are ignored, not validated: only the message's own kind is meaningful.
    if (!r.failed()) {
        switch (message.kind) {
        case MessageKind::Products:
            message.products = r.array<SharedProduct>(
                "products", Rule::Required,
                [](const QJsonValue &v, const QString &field) { return decodeSharedProduct(v, field); });
            if (!r.failed() && (message.products.isEmpty() || message.products.size() > 3))
                r.fail("products", QLatin1String("must hold 1 to 3 products, got ") +
                                       QString::number(message.products.size()));
            break;
        case MessageKind::Discount: {
            const DiscountPart discount = r.object<DiscountPart>("discount", decodeDiscountPart);
            message.discountCode = discount.code;
            message.discountSummary = discount.summary;
            break;
        }
        case MessageKind::Image: {
            const ImagePart image = r.object<ImagePart>("image", decodeImagePart);
            message.imageId = image.id;
            message.imageUrl = image.url;
            break;
        }
        case MessageKind::CartEvent:
            message.cartAction = r.enumeration("cart_action", CartActions.values());
            message.cartProductTitle = r.optionalString("product_title");
            break;
        case MessageKind::System:
            // Absent in messages of older servers.
            message.automated =
                r.enumeration("automated", AutomatedReplies.values(), Rule::Optional, AutomatedReply::None);
            break;
        case MessageKind::Text:
            break;
        }
    }
    message.createdAt = r.time("created_at");
    message.delivery =
        r.enumeration("delivery", DeliveryStates.values(), Rule::Optional, DeliveryState::Sent);
    message.failureReason = r.nullableString("failure_reason");
    return r.finish(std::move(message));
}

Decoded<Variant> decodeVariant(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Variant variant;
    variant.id = r.id("id");
    variant.title = r.string("title");
    variant.price = r.object<Money>("price", decodeMoney);
    variant.inventory = r.int32("inventory");
    return r.finish(std::move(variant));
}

Decoded<Product> decodeProduct(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Product product;
    product.id = r.id("id");
    product.title = r.string("title");
    product.imageUrl = r.nullableString("image_url");
    product.url = r.nullableString("url");
    product.publishedOnlineStore = r.boolean("published");
    product.variants = r.array<Variant>("variants", Rule::Required, decodeVariant);
    if (!r.failed() && product.variants.isEmpty())
        r.fail("variants", QStringLiteral("must hold at least one variant"));
    return r.finish(std::move(product));
}

Decoded<DiscountCode> decodeDiscountCode(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    DiscountCode discount;
    discount.code = r.nonEmptyString("code");
    discount.summary = r.string("summary");
    discount.active = r.boolean("active");
    return r.finish(std::move(discount));
}

Decoded<CartLine> decodeCartLine(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    CartLine line;
    line.productId = r.id("product_id");
    line.variantId = r.id("variant_id");
    line.productTitle = r.string("product_title");
    line.variantTitle = r.nullableString("variant_title");
    line.quantity = r.int32("quantity", 1);
    line.unitPrice = r.object<Money>("unit_price", decodeMoney);
    line.available = r.int32("available");
    return r.finish(std::move(line));
}

Decoded<Cart> decodeCart(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Cart cart;
    cart.customerId = r.id("customer_id");
    cart.lines = r.array<CartLine>("lines", Rule::Required, decodeCartLine);
    cart.discountCode = r.nullableString("discount_code");
    cart.updatedAt = r.time("updated_at");
    return r.finish(std::move(cart));
}

Decoded<Order> decodeOrder(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Order order;
    order.id = r.id("id");
    order.number = r.string("number");
    order.customerId = r.id("customer_id");
    order.placedAt = r.time("placed_at");
    order.total = r.object<Money>("total", decodeMoney);
    order.financialStatus = r.string("financial_status");
    order.fulfillmentStatus = r.string("fulfillment_status");
    order.open = r.boolean("open");
    order.trackingUrl = r.nullableString("tracking_url");
    order.statusPageUrl = r.nullableString("status_page_url");
    return r.finish(std::move(order));
}

Decoded<Presence> decodePresence(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Presence presence;
    presence.customerId = r.id("customer_id");
    presence.online = r.boolean("online");
    return r.finish(std::move(presence));
}

Decoded<SavedReply> decodeSavedReply(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SavedReply reply;
    reply.id = r.id("id");
    reply.shortcut = r.nonEmptyString("shortcut");
    reply.text = r.nonEmptyString("text");
    reply.updatedAt = r.time("updated_at");
    return r.finish(std::move(reply));
}

Decoded<SavedReplyDeletion> decodeSavedReplyDeletion(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SavedReplyDeletion deletion;
    deletion.id = r.id("id");
    return r.finish(std::move(deletion));
}

Decoded<QList<SavedReply>> decodeSavedReplyList(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    QList<SavedReply> replies = r.array<SavedReply>("saved_replies", Rule::Required, decodeSavedReply);
    return r.finish(std::move(replies));
}

Decoded<ServerEvent> decodeEvent(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    ServerEvent event;
    event.seq = r.integer("seq", 1);
    event.type = r.nonEmptyString("type");
    event.at = r.time("at");
    event.data = r.rawObject("data");
    return r.finish(std::move(event));
}

Decoded<SyncPage> decodeSyncPage(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SyncPage page;
    page.events =
        r.array<ServerEvent>("events", Rule::Required,
                             [](const QJsonValue &v, const QString &field) { return decodeEvent(v, field); });
    // The client resumes from the last applied seq, so a page must not go backwards or repeat itself.
    for (qsizetype i = 1; i < page.events.size() && !r.failed(); ++i) {
        if (page.events[i].seq <= page.events[i - 1].seq)
            r.failAt(indexed(r.pathOf("events"), i) + QLatin1String(".seq"),
                     QStringLiteral("not after the previous event"));
    }
    page.nextSince = r.integer("next_since", 0);
    page.hasMore = r.boolean("has_more");
    page.emailReplies = r.optionalBoolean("email_replies", false);
    if (!r.failed() && !page.events.isEmpty() && page.nextSince < page.events.constLast().seq)
        r.fail("next_since", QLatin1String("must not be before the last event's seq ") +
                                 QString::number(page.events.constLast().seq));
    return r.finish(std::move(page));
}

Decoded<SyncPage> decodeSyncPage(const QByteArray &body)
{
    Decoded<QJsonObject> object = parseObject(body);
    if (!object.ok())
        return object.error();
    return decodeSyncPage(QJsonValue(object.value()), QString());
}

Decoded<ServerEvent> decodeEvent(const QByteArray &frame)
{
    Decoded<QJsonObject> object = parseObject(frame);
    if (!object.ok())
        return object.error();
    return decodeEvent(QJsonValue(object.value()), QString());
}

} // namespace shopinbox::json
