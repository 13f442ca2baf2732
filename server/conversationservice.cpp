#include "conversationservice.h"
#include "domain/eventtype.h"

#include "businesshours.h"
#include "codec/imagetype.h"
#include "codec/jsoncodec.h"
#include "faults/crashpoint.h"
#include "fieldcheck.h"
#include "imagesanitizer.h"
#include "mailoutbox.h"
#include "servicecontext.h"
#include "unitofwork.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace shopinbox::server {

namespace {

ServiceError clientIdReused(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::Conflict, QStringLiteral("client_id_reused"), message);
}

} // namespace

ConversationService::ConversationService(ServiceContext &context, MailOutbox &outbox)
    : m_context(context)
    , m_outbox(outbox)
{
}

std::optional<Message> ConversationService::readStaffMessage(qint64 shopId, const QJsonObject &body,
                                                             ServiceError &error)
{
    const QJsonValue kindValue = body.value(QStringLiteral("kind"));
    const QString kind = kindValue.isUndefined() ? QStringLiteral("text") : kindValue.toString();
    QString problem;
    const std::optional<QString> text =
        fields::optionalString(body, QStringLiteral("body"), MaxMessageLength, &problem);
    const auto refuse = [&error](ServiceError why) {
        error = std::move(why);
        return std::nullopt;
    };
    if (!text)
        return refuse(ServiceError::invalid(problem));

    Message message;
    message.body = *text;
    if (kind == QLatin1String("text")) {
        message.kind = MessageKind::Text;
        if (message.body.trimmed().isEmpty())
            return refuse(ServiceError::invalid(QStringLiteral("a text message needs a body")));
    } else if (kind == QLatin1String("products")) {
        message.kind = MessageKind::Products;
        const QJsonValue ids = body.value(QStringLiteral("product_ids"));
        if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > 3)
            return refuse(
                ServiceError::unprocessable(QStringLiteral("invalid_products"),
                                            QStringLiteral("share between 1 and 3 products (product_ids)")));
        for (const QJsonValue value : ids.toArray()) {
            const std::optional<qint64> productId = fields::positiveId(value);
            if (!productId)
                return refuse(ServiceError::invalid(QStringLiteral("product_ids must hold product ids")));
            const std::optional<Product> product = m_context.catalog().product(shopId, *productId);
            if (!product || !product->publishedOnlineStore)
                return refuse(ServiceError::unprocessable(
                    QStringLiteral("product_not_published"),
                    QStringLiteral("product %1 is not published to the online store").arg(*productId)));
            const Money price =
                product->variants.isEmpty() ? Money{0, QString()} : product->variants.constFirst().price;
            message.products.append(
                SharedProduct{product->id, product->title, price, product->imageUrl, product->url});
        }
    } else if (kind == QLatin1String("discount")) {
        message.kind = MessageKind::Discount;
        const QJsonValue code = body.value(QStringLiteral("discount_code"));
        if (!code.isString() || code.toString().isEmpty())
            return refuse(ServiceError::invalid(QStringLiteral("discount_code is required")));
        const std::optional<DiscountCode> discount = m_context.catalog().discount(shopId, code.toString());
        if (!discount)
            return refuse(ServiceError::unprocessable(
                QStringLiteral("unknown_discount"),
                QStringLiteral("there is no discount code %1").arg(code.toString())));
        if (!discount->active)
            return refuse(ServiceError::unprocessable(
                QStringLiteral("discount_inactive"),
                QStringLiteral("The discount code %1 is not active. Update the discount in the shop "
                               "admin before sharing it.")
                    .arg(discount->code)));
        message.discountCode = discount->code;
        message.discountSummary = discount->summary;
    } else if (kind == QLatin1String("image")) {
        message.kind = MessageKind::Image;
        const QJsonValue imageId = body.value(QStringLiteral("image_id"));
        const bool known =
            imageId.isString() && m_context.catalog().hasMedia(shopId, imageId.toString()).value_or(false);
        if (!known)
            return refuse(ServiceError::unprocessable(QStringLiteral("unknown_image"),
                                                      QStringLiteral("upload the image first (image_id)")));
        message.imageId = imageId.toString();
        message.imageUrl = QStringLiteral("/media/") + message.imageId;
    } else {
        return refuse(
            ServiceError::invalid(QStringLiteral("kind must be text, products, discount or image")));
    }
    return message;
}

ServiceResult<Stored<Message>>
ConversationService::postMessage(const StaffAccount &staff, qint64 conversationId, const QJsonObject &body)
{
    const std::optional<QString> clientId = fields::clientId(body.value(QStringLiteral("client_id")));
    if (!clientId)
        return ServiceError::invalid(QStringLiteral("client_id must be a UUID string"));
    const qint64 shopId = staff.shopId;
    ServiceError refusal;
    std::optional<Message> message = readStaffMessage(shopId, body, refusal);
    if (!message)
        return refusal;
    message->conversationId = conversationId;
    message->clientId = *clientId;
    message->author = MessageAuthor::Staff;
    message->staffId = staff.staff.id;
    message->delivery = DeliveryState::Sent;

    UnitOfWork work(m_context, shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    if (std::optional<Message> existing = m_context.conversations().messageByClientId(shopId, *clientId)) {
        if (existing->conversationId != conversationId)
            return clientIdReused(QStringLiteral("client_id was already used in another conversation"));
        return Stored<Message>{*existing, false};
    }
    const std::optional<Conversation> conversation =
        m_context.conversations().conversation(shopId, conversationId);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation"));
    // A customer who is not in the store (no chat socket) gets the reply by mail too, when mail is set up.
    std::optional<Customer> customer;
    if (m_context.email().outgoing) {
        customer = m_context.customers().customer(shopId, conversation->customerId);
        if (customer && !customer->online && fields::validEmail(customer->email.trimmed().toLower()))
            message->delivery = DeliveryState::Pending;
    }
    const std::optional<Message> inserted = insertMessage(work, *message, *conversation);
    if (!inserted)
        return ServiceError::unavailable();
    const bool queued = inserted->delivery == DeliveryState::Pending;
    if (queued && !m_outbox.enqueue(shopId, *inserted, *customer))
        return ServiceError::unavailable();
    // Crash tests: the message is stored, its answer never leaves (the client must retry without a
    // duplicate).
    if (!work.commit([] { CrashPoint::reach("server.message.after-commit"); }))
        return ServiceError::unavailable();
    if (queued)
        emit m_context.emailQueued();
    return Stored<Message>{*inserted, true};
}

std::optional<Message> ConversationService::prepareMessage(UnitOfWork &work, Message message,
                                                           Conversation &conversation)
{
    const std::optional<qint64> id = m_context.eventLog().nextId();
    if (!id)
        return std::nullopt;
    message.id = *id;
    message.createdAt = m_context.now();
    conversation.lastActivityAt = message.createdAt;
    if (message.author == MessageAuthor::Customer) {
        conversation.unread = true;
        conversation.status = ConversationStatus::Open; // a customer writing again reopens the conversation
    }
    work.stage(EventTypes.wire(EventType::MessageCreated), json::encode(message));
    work.stage(EventTypes.wire(EventType::ConversationUpserted), json::encode(conversation));
    return message;
}

Message ConversationService::notice(NoticeKind kind, const QString &detail, const QString &englishText)
{
    Message message;
    message.kind = MessageKind::Notice;
    message.author = MessageAuthor::System;
    message.notice = kind;
    message.noticeDetail = detail;
    message.body = englishText;
    message.delivery = DeliveryState::Sent;
    return message;
}

std::optional<Message> ConversationService::insertMessage(UnitOfWork &work, Message message,
                                                          Conversation conversation)
{
    std::optional<Message> prepared = prepareMessage(work, std::move(message), conversation);
    if (!prepared || !m_context.conversations().insertMessage(work.shopId(), *prepared) ||
        !m_context.conversations().saveConversation(work.shopId(), conversation))
        return std::nullopt;
    return prepared;
}

ServiceResult<Message> ConversationService::addCustomerMessage(UnitOfWork &work, const Message &message,
                                                               const Conversation &conversation,
                                                               bool mayBeFirst)
{
    const qint64 shopId = work.shopId();
    bool first = false;
    if (mayBeFirst) {
        const std::optional<bool> written =
            m_context.conversations().hasCustomerMessage(shopId, conversation.id);
        if (!written)
            return ServiceError::unavailable();
        first = !*written;
    }
    const std::optional<Message> inserted = insertMessage(work, message, conversation);
    if (!inserted)
        return ServiceError::unavailable();
    if (first) {
        const std::optional<Conversation> updated =
            m_context.conversations().conversation(shopId, conversation.id);
        if (!updated || !automatedReply(work, *updated))
            return ServiceError::unavailable();
    }
    return *inserted;
}

bool ConversationService::automatedReplyDraft(UnitOfWork &work, std::optional<Message> &draft)
{
    const qint64 shopId = work.shopId();
    const std::optional<Shop> shop = m_context.shops().shop(shopId);
    if (!shop)
        return false;
    const QJsonObject settings = m_context.shops().settings(shopId);
    const bool open = BusinessHours::isOpen(settings.value(QStringLiteral("business_hours")), shop->timeZone,
                                            m_context.now());
    const QString text =
        settings.value(open ? QStringLiteral("follow_up") : QStringLiteral("away")).toString();
    draft.reset();
    if (text.trimmed().isEmpty())
        return true;
    Message message;
    message.kind = MessageKind::System;
    message.author = MessageAuthor::System;
    message.body = text;
    message.automated = open ? AutomatedReply::FollowUp : AutomatedReply::Away;
    message.delivery = DeliveryState::Sent;
    draft = message;
    return true;
}

bool ConversationService::automatedReply(UnitOfWork &work, const Conversation &conversation)
{
    std::optional<Message> draft;
    if (!automatedReplyDraft(work, draft))
        return false;
    if (!draft)
        return true;
    draft->conversationId = conversation.id;
    return insertMessage(work, *draft, conversation).has_value();
}

ServiceResult<Stored<Message>> ConversationService::customerMessage(const StorefrontSession &session,
                                                                    const QJsonObject &body)
{
    return customerMessages({{session, body}}).constFirst();
}

QList<ServiceResult<Stored<Message>>>
ConversationService::customerMessages(const QList<std::pair<StorefrontSession, QJsonObject>> &incoming)
{
    // Validation first, per message; then one unit of work per shop for everything that passed, so a burst
    // of chat messages costs one lock, one seq bump and one commit instead of one each. A message not
    // reached (a failure before it) stays unavailable.
    QList<ServiceResult<Stored<Message>>> results(incoming.size(), ServiceError::unavailable());
    QList<Message> messages(incoming.size());
    QMap<qint64, QList<qsizetype>> byShop;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const auto &[session, body] = incoming.at(i);
        QString error;
        const std::optional<QString> clientId = fields::clientId(body.value(QStringLiteral("client_id")));
        const std::optional<QString> text =
            fields::optionalString(body, QStringLiteral("body"), MaxMessageLength, &error);
        if (!clientId) {
            results[i] = ServiceError::invalid(QStringLiteral("client_id must be a UUID string"));
            continue;
        }
        if (!text) {
            results[i] = ServiceError::invalid(error);
            continue;
        }
        if (text->trimmed().isEmpty()) {
            results[i] = ServiceError::invalid(QStringLiteral("a message needs a body"));
            continue;
        }
        Message &message = messages[i];
        message.conversationId = session.conversationId;
        message.clientId = *clientId;
        message.author = MessageAuthor::Customer;
        message.kind = MessageKind::Text;
        message.body = *text;
        message.delivery = DeliveryState::Sent;
        byShop[session.shopId].append(i);
    }
    for (auto shop = byShop.cbegin(); shop != byShop.cend(); ++shop) {
        UnitOfWork work(m_context, shop.key());
        if (!work.isActive())
            continue; // every message of the shop stays unavailable
        const qint64 shopId = work.shopId();
        // Read what the batch needs in a few statements, decide per message in order, then write the rows
        // a few per statement: on PostgreSQL each statement is a round trip (issue 16: 5,000 messages/s).
        QStringList clientIds;
        QList<qint64> conversationIds;
        for (qsizetype i : shop.value()) {
            clientIds.append(messages.at(i).clientId);
            if (!conversationIds.contains(messages.at(i).conversationId))
                conversationIds.append(messages.at(i).conversationId);
        }
        ConversationRepository &repository = m_context.conversations();
        const std::optional<QHash<QString, Message>> stored =
            repository.messagesByClientIds(shopId, clientIds);
        std::optional<QHash<qint64, Conversation>> conversations =
            repository.conversations(shopId, conversationIds);
        std::optional<QSet<qint64>> written = repository.withCustomerMessages(shopId, conversationIds);
        if (!stored || !conversations || !written)
            continue;
        // The follow-up or away message, read once, when some conversation of the batch has no customer
        // message yet.
        std::optional<Message> reply;
        if (written->size() < conversationIds.size() && !automatedReplyDraft(work, reply))
            continue;
        QHash<QString, qsizetype> inBatch;
        QList<Message> rows;
        QList<qint64> touched;
        bool failed = false;
        for (qsizetype i : shop.value()) {
            const StorefrontSession &session = incoming.at(i).first;
            const Message &message = messages.at(i);
            std::optional<Message> existing;
            if (const auto it = stored->constFind(message.clientId); it != stored->cend())
                existing = it.value();
            else if (inBatch.contains(message.clientId))
                existing = messages.at(inBatch.value(message.clientId));
            if (existing) {
                results[i] = existing->conversationId != session.conversationId
                                 ? ServiceResult<Stored<Message>>(
                                       clientIdReused(QStringLiteral("client_id already used")))
                                 : Stored<Message>{*existing, false};
                continue;
            }
            const auto conversation = conversations->find(session.conversationId);
            if (conversation == conversations->end()) {
                results[i] = ServiceError::notFound(QStringLiteral("conversation"));
                continue;
            }
            // The customer's first message of a conversation gets the follow-up (or away) message.
            const bool first = !written->contains(session.conversationId);
            written->insert(session.conversationId);
            const std::optional<Message> added = prepareMessage(work, message, conversation.value());
            if (!added) {
                failed = true;
                break;
            }
            rows.append(*added);
            if (first && reply) {
                Message automated = *reply;
                automated.conversationId = session.conversationId;
                const std::optional<Message> sent = prepareMessage(work, automated, conversation.value());
                if (!sent) {
                    failed = true;
                    break;
                }
                rows.append(*sent);
            }
            if (!touched.contains(session.conversationId))
                touched.append(session.conversationId);
            results[i] = Stored<Message>{*added, true};
            messages[i] = *added;
            inBatch.insert(message.clientId, i);
        }
        QList<Conversation> changed;
        for (qint64 id : touched)
            changed.append(conversations->value(id));
        if (!failed)
            failed =
                !repository.insertMessages(shopId, rows) || !repository.saveConversations(shopId, changed);
        if (failed || !work.commit()) {
            // Nothing was written: not the new messages, not the retries within this batch.
            for (qsizetype i : shop.value()) {
                if (results.at(i).ok())
                    results[i] = ServiceError::unavailable();
            }
        }
    }
    return results;
}

ServiceResult<Conversation> ConversationService::patchConversation(const StaffAccount &staff,
                                                                   qint64 conversationId,
                                                                   const QJsonObject &body)
{
    UnitOfWork work(m_context, staff.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    std::optional<Conversation> conversation =
        m_context.conversations().conversation(staff.shopId, conversationId);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation"));
    if (body.contains(QStringLiteral("status"))) {
        const std::optional<ConversationStatus> status =
            ConversationStatuses.fromWire(body.value(QStringLiteral("status")).toString());
        if (!status)
            return ServiceError::invalid(QStringLiteral("status must be \"open\" or \"closed\""));
        conversation->status = *status;
    }
    if (body.contains(QStringLiteral("unread"))) {
        if (!body.value(QStringLiteral("unread")).isBool())
            return ServiceError::invalid(QStringLiteral("unread must be a boolean"));
        conversation->unread = body.value(QStringLiteral("unread")).toBool();
    }
    if (body.contains(QStringLiteral("assignee_id"))) {
        const QJsonValue assignee = body.value(QStringLiteral("assignee_id"));
        if (assignee.isNull()) {
            conversation->assigneeId.reset();
        } else {
            const std::optional<qint64> id = fields::positiveId(assignee);
            if (!id)
                return ServiceError::invalid(QStringLiteral("assignee_id must be a staff id or null"));
            const std::optional<StaffAccount> member = m_context.staff().staffById(*id);
            if (!member || member->shopId != staff.shopId || !member->staff.chatPermission)
                return ServiceError::unprocessable(
                    QStringLiteral("assignee_without_chat_permission"),
                    QStringLiteral("conversations can only be assigned to staff with chat permission"));
            conversation->assigneeId = *id;
        }
    }
    if (!m_context.conversations().saveConversation(staff.shopId, *conversation))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::ConversationUpserted), json::encode(*conversation));
    if (!work.commit())
        return ServiceError::unavailable();
    return *conversation;
}

ServiceResult<UploadedImage> ConversationService::uploadMedia(const StaffAccount &staff,
                                                              const QByteArray &bytes)
{
    if (bytes.size() > MaxImageBytes)
        return ServiceError::make(ServiceError::Kind::TooLarge, QStringLiteral("too_large"),
                                  QStringLiteral("images may be at most 10 MiB"));
    const QString type = imageMimeType(bytes);
    if (type.isEmpty())
        return ServiceError::make(ServiceError::Kind::UnsupportedMedia, QStringLiteral("unsupported_image"),
                                  QStringLiteral("only PNG, JPEG, GIF and WebP images can be sent"));
    // Only what draws the image is stored: no trailing HTML, no text chunks (ImageSanitizer).
    QString problem;
    const std::optional<QByteArray> clean = ImageSanitizer::sanitize(bytes, type, &problem);
    if (!clean)
        return ServiceError::make(ServiceError::Kind::UnsupportedMedia, QStringLiteral("unsupported_image"),
                                  QStringLiteral("the image cannot be read: %1").arg(problem));
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QString directory = m_context.mediaDirectory();
    QDir().mkpath(directory);
    QSaveFile file(QDir(directory).filePath(id));
    if (!file.open(QIODevice::WriteOnly) || file.write(*clean) != clean->size() || !file.commit())
        return ServiceError::unavailable();
    if (!m_context.catalog().insertMedia(staff.shopId, id, type, clean->size(), m_context.now())) {
        QFile::remove(QDir(directory).filePath(id));
        return ServiceError::unavailable();
    }
    return UploadedImage{id, QStringLiteral("/media/") + id};
}

QList<Message> ConversationService::history(const StorefrontSession &session, int limit)
{
    // Notices are for staff. A session that proved its address sees the conversation it had before, too.
    ConversationRepository &conversations = m_context.conversations();
    QList<Message> messages =
        conversations.latestMessages(session.shopId, session.conversationId, session.historyFromMs, limit)
            .value_or(QList<Message>());
    if (session.mergedConversationId == 0)
        return messages;
    messages.append(conversations.latestMessages(session.shopId, session.mergedConversationId, 0, limit)
                        .value_or(QList<Message>()));
    std::sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return messages.mid(std::max<qsizetype>(0, messages.size() - limit));
}

} // namespace shopinbox::server
