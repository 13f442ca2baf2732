#pragma once

#include "enumdescription.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace shopinbox {

/** @brief What a message carries. */
enum class MessageKind { Text, Products, Discount, Image, CartEvent, System, Notice };
/** @brief Who wrote a message. */
enum class MessageAuthor { Customer, Staff, System };
/** @brief Where a merchant's message is on its way to the customer. */
enum class DeliveryState { Pending, Sent, Failed, Emailed };
/** @brief What a cart event reports. */
enum class CartAction { Add, Remove };
/** @brief Which of the shop's automatic messages a System message is (the text is the merchant's own). */
enum class AutomatedReply { None, FollowUp, Away };
/**
 * @brief What a Notice message tells staff about the customer's side of the chat. Notices are for staff only:
 * the storefront chat and the reply e-mails never show them.
 */
enum class NoticeKind {
    GivenName,         ///< A session that named an existing customer's address gave this name (detail).
    OrderLookup,       ///< The visitor looked up order (detail) and found it.
    OrderLookupFailed, ///< The visitor looked up order (detail) with an address that is not its customer's.
    CodeSent,          ///< A code to confirm the address was mailed to it (detail: the address, masked).
    AddressConfirmed   ///< The visitor typed the mailed code: the chat is the customer's (detail empty).
};

// The one description of each (wire string, stored integer): docs/protocol.md and docs/cache.md.
inline constexpr EnumDescription<MessageKind, 7> MessageKinds{{{
    {MessageKind::Text, "text", 0},
    {MessageKind::Products, "products", 1},
    {MessageKind::Discount, "discount", 2},
    {MessageKind::Image, "image", 3},
    {MessageKind::CartEvent, "cart_event", 4},
    {MessageKind::System, "system", 5},
    {MessageKind::Notice, "notice", 6},
}}};
inline constexpr EnumDescription<MessageAuthor, 3> MessageAuthors{{{
    {MessageAuthor::Customer, "customer", 0},
    {MessageAuthor::Staff, "staff", 1},
    {MessageAuthor::System, "system", 2},
}}};
inline constexpr EnumDescription<DeliveryState, 4> DeliveryStates{{{
    {DeliveryState::Pending, "pending", 0},
    {DeliveryState::Sent, "sent", 1},
    {DeliveryState::Failed, "failed", 2},
    {DeliveryState::Emailed, "emailed", 3},
}}};
inline constexpr EnumDescription<CartAction, 2> CartActions{{{
    {CartAction::Add, "add", 0},
    {CartAction::Remove, "remove", 1},
}}};
inline constexpr EnumDescription<AutomatedReply, 3> AutomatedReplies{{{
    {AutomatedReply::None, "none", 0},
    {AutomatedReply::FollowUp, "follow_up", 1},
    {AutomatedReply::Away, "away", 2},
}}};
inline constexpr EnumDescription<NoticeKind, 5> NoticeKinds{{{
    {NoticeKind::GivenName, "given_name", 0},
    {NoticeKind::OrderLookup, "order_lookup", 1},
    {NoticeKind::OrderLookupFailed, "order_lookup_failed", 2},
    {NoticeKind::CodeSent, "code_sent", 3},
    {NoticeKind::AddressConfirmed, "address_confirmed", 4},
}}};

/** @brief A product as shared in a message: a snapshot taken when it was sent. */
struct SharedProduct
{
    qint64 productId = 0;
    QString title;
    Money price;
    QString imageUrl;
    QString url;

    friend bool operator==(const SharedProduct &, const SharedProduct &) = default;
};

/** @brief A chat message of any kind. */
struct Message
{
    /**
     * The longest body the server accepts, in UTF-16 code units as QString::size() counts them (an emoji
     * outside the BMP counts two). docs/protocol.md; the client refuses longer text before sending.
     */
    static constexpr int MaxBodyLength = 5000;

    qint64 id = 0;      ///< Server id; 0 while only a local echo exists.
    qint64 localId = 0; ///< Row id in the local cache; not part of the wire format.
    qint64 conversationId = 0;
    QString clientId; ///< UUID chosen by the sending client; makes retries idempotent. Empty for others.
    MessageKind kind = MessageKind::Text;
    MessageAuthor author = MessageAuthor::Customer;
    std::optional<qint64> staffId; ///< Author when @ref author is Staff.
    QString body;                  ///< Plain text, never HTML. For cart events the server's description.
    QList<SharedProduct> products; ///< 1 to 3 for Products.
    QString discountCode;          ///< For Discount.
    QString discountSummary;       ///< For Discount.
    QString imageId;               ///< For Image.
    QString imageUrl;              ///< For Image.
    CartAction cartAction = CartAction::Add; ///< For CartEvent.
    /** For CartEvent: the product's title, so that clients word the event in their own language (events
     * from older servers have only the English @ref body). */
    QString cartProductTitle;
    /** For System: sent by the shop on its own — the follow-up (open hours) or away message. */
    AutomatedReply automated = AutomatedReply::None;
    NoticeKind notice = NoticeKind::GivenName; ///< For Notice.
    QString noticeDetail; ///< For Notice: the name given, the order number or the masked address.
    QDateTime createdAt;  ///< UTC.
    DeliveryState delivery = DeliveryState::Sent;
    QString failureReason; ///< For Failed.

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace shopinbox
