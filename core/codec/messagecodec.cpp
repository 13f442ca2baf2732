// Messages on the wire: the common fields and each kind's payload (docs/protocol.md).
#include "jsonreader.h"

namespace shopinbox::json {

using namespace detail;

namespace {

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

} // namespace

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

QString toString(NoticeKind notice)
{
    return NoticeKinds.wire(notice);
}

QString toString(CartAction action)
{
    return CartActions.wire(action);
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

// What differs by kind is the payload: only the payload of the message's own kind is on the wire, and
// the others are ignored (not validated) when decoding. A new kind adds its case to both functions below.

QJsonObject encodePayload(const Message &message)
{
    QJsonObject object;
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
    case MessageKind::Notice:
        object.insert(QStringLiteral("notice"), toString(message.notice));
        object.insert(QStringLiteral("notice_detail"), message.noticeDetail);
        break;
    case MessageKind::Text:
        break;
    }
    return object;
}

namespace {

void readPayload(Reader &r, Message &message)
{
    switch (message.kind) {
    case MessageKind::Products:
        message.products =
            r.array<SharedProduct>("products", Rule::Required, [](const QJsonValue &v, const QString &field) {
                return decodeSharedProduct(v, field);
            });
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
    case MessageKind::Notice:
        message.notice = r.enumeration("notice", NoticeKinds.values());
        message.noticeDetail = r.optionalString("notice_detail");
        break;
    case MessageKind::Text:
        break;
    }
}

} // namespace

std::optional<DecodeError> decodePayload(const QJsonValue &value, Message &message, const QString &path)
{
    Reader r(value, path);
    readPayload(r, message);
    if (!r.failed())
        return std::nullopt;
    return r.finish(0).error();
}

QJsonObject encode(const Message &message)
{
    QJsonObject object = encodePayload(message);
    object.insert(QStringLiteral("id"), message.id);
    object.insert(QStringLiteral("conversation_id"), message.conversationId);
    object.insert(QStringLiteral("client_id"), nullable(message.clientId));
    object.insert(QStringLiteral("kind"), toString(message.kind));
    object.insert(QStringLiteral("author"), toString(message.author));
    object.insert(QStringLiteral("staff_id"), nullable(message.staffId));
    object.insert(QStringLiteral("body"), message.body);
    object.insert(QStringLiteral("created_at"), formatTime(message.createdAt));
    object.insert(QStringLiteral("delivery"), toString(message.delivery));
    object.insert(QStringLiteral("failure_reason"), nullable(message.failureReason));
    return object;
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
    if (!r.failed())
        readPayload(r, message);
    message.createdAt = r.time("created_at");
    message.delivery =
        r.enumeration("delivery", DeliveryStates.values(), Rule::Optional, DeliveryState::Sent);
    message.failureReason = r.nullableString("failure_reason");
    return r.finish(std::move(message));
}

} // namespace shopinbox::json
