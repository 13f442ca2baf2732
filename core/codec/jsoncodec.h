#pragma once

#include "decoded.h"
#include "domain/cart.h"
#include "domain/conversation.h"
#include "domain/customer.h"
#include "domain/discountcode.h"
#include "domain/message.h"
#include "domain/money.h"
#include "domain/order.h"
#include "domain/product.h"
#include "domain/savedreply.h"
#include "domain/serverevent.h"
#include "domain/shop.h"
#include "domain/staff.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/**
 * @file
 * @brief The JSON wire format of docs/protocol.md.
 *
 * Decoders are strict about required fields and their types, tolerant of unknown fields, and never crash
 * or assert on bad input: they return a DecodeError that names the field. Encoders produce exactly what
 * the decoders accept (round trip).
 */
namespace shopinbox::json {

/** Longest string any field may hold (characters). Longer strings are refused, not truncated. */
inline constexpr int MaxStringLength = 100'000;
/** Most elements any array may hold. */
inline constexpr int MaxArrayLength = 10'000;

/** @brief Presence of a customer in the store (`presence.changed`). */
struct Presence
{
    qint64 customerId = 0;
    bool online = false;
    friend bool operator==(const Presence &, const Presence &) = default;
};

/** @brief The data of `saved_reply.deleted`: which saved reply is gone. */
struct SavedReplyDeletion
{
    qint64 id = 0;
    friend bool operator==(const SavedReplyDeletion &, const SavedReplyDeletion &) = default;
};

/** @brief One page of `GET /api/v1/sync`. */
struct SyncPage
{
    QList<ServerEvent> events;
    qint64 nextSince = 0;
    bool hasMore = false;
    /** The server emails replies to customers who left the store (SMTP configured); absent: false. */
    bool emailReplies = false;
    friend bool operator==(const SyncPage &, const SyncPage &) = default;
};

/** RFC 3339 UTC with milliseconds, e.g. "2026-11-24T12:00:00.000Z". */
QString formatTime(const QDateTime &utc);
/** Accepts RFC 3339 with "Z" or a numeric offset; the result is in UTC. */
Decoded<QDateTime> parseTime(const QJsonValue &value, const QString &field);

QString toString(ConversationStatus status);
QString toString(MessageKind kind);
QString toString(MessageAuthor author);
QString toString(DeliveryState state);
QString toString(CartAction action);
QString toString(AutomatedReply reply);
QString toString(NoticeKind notice);

QJsonObject encode(const Money &money);
QJsonObject encode(const Shop &shop);
QJsonObject encode(const Staff &staff);
QJsonObject encode(const Customer &customer);
QJsonObject encode(const Conversation &conversation);
QJsonObject encode(const SharedProduct &product);
QJsonObject encode(const Message &message);
/**
 * The part of encode(Message) that differs by kind (products, discount, image, cart_action and
 * product_title, automated): the cache stores it as a message's payload, so that the wire and the cache
 * hold one description of each kind.
 */
QJsonObject encodePayload(const Message &message);
QJsonObject encode(const Variant &variant);
QJsonObject encode(const Product &product);
QJsonObject encode(const DiscountCode &discount);
QJsonObject encode(const CartLine &line);
QJsonObject encode(const Cart &cart);
QJsonObject encode(const Order &order);
QJsonObject encode(const Presence &presence);
QJsonObject encode(const SavedReply &reply);
QJsonObject encode(const SavedReplyDeletion &deletion);
QJsonObject encode(const ServerEvent &event);
QJsonObject encode(const SyncPage &page);

/// @name Decoders
/// @p path prefixes the field names in errors (e.g. "events[2].data"); empty at top level.
///@{
Decoded<Money> decodeMoney(const QJsonValue &value, const QString &path = {});
Decoded<Shop> decodeShop(const QJsonValue &value, const QString &path = {});
Decoded<Staff> decodeStaff(const QJsonValue &value, const QString &path = {});
Decoded<Customer> decodeCustomer(const QJsonValue &value, const QString &path = {});
Decoded<Conversation> decodeConversation(const QJsonValue &value, const QString &path = {});
Decoded<SharedProduct> decodeSharedProduct(const QJsonValue &value, const QString &path = {});
Decoded<Message> decodeMessage(const QJsonValue &value, const QString &path = {});
/** Reads the payload of @p message's kind from @p value into @p message (decodeMessage()'s part by kind).
 * On an error @p message may be partly filled: the caller drops it (the cache leaves the row out). */
std::optional<DecodeError> decodePayload(const QJsonValue &value, Message &message, const QString &path = {});
Decoded<Variant> decodeVariant(const QJsonValue &value, const QString &path = {});
Decoded<Product> decodeProduct(const QJsonValue &value, const QString &path = {});
Decoded<DiscountCode> decodeDiscountCode(const QJsonValue &value, const QString &path = {});
Decoded<CartLine> decodeCartLine(const QJsonValue &value, const QString &path = {});
Decoded<Cart> decodeCart(const QJsonValue &value, const QString &path = {});
Decoded<Order> decodeOrder(const QJsonValue &value, const QString &path = {});
Decoded<Presence> decodePresence(const QJsonValue &value, const QString &path = {});
Decoded<SavedReply> decodeSavedReply(const QJsonValue &value, const QString &path = {});
Decoded<SavedReplyDeletion> decodeSavedReplyDeletion(const QJsonValue &value, const QString &path = {});
/** The body of `GET /api/v1/saved-replies`: `{"saved_replies": [SavedReply...]}`. */
Decoded<QList<SavedReply>> decodeSavedReplyList(const QJsonValue &value, const QString &path = {});
/** Checks seq, type and at; @c data must be an object but is decoded later by type. */
Decoded<ServerEvent> decodeEvent(const QJsonValue &value, const QString &path = {});
Decoded<SyncPage> decodeSyncPage(const QJsonValue &value, const QString &path = {});
///@}

/** Parses a complete document (a response body) and decodes it; bad JSON is a DecodeError too. */
Decoded<SyncPage> decodeSyncPage(const QByteArray &body);
/** Parses one stream frame (one event object). */
Decoded<ServerEvent> decodeEvent(const QByteArray &frame);

} // namespace shopinbox::json
