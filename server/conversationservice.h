#pragma once

#include "domain/conversation.h"
#include "domain/message.h"
#include "serviceresult.h"
#include "sessionrepository.h"
#include "staffrepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace shopinbox::server {

class MailOutbox;
class ServiceContext;
class UnitOfWork;

/** @brief An image uploaded for a message: its id and where it is served. */
struct UploadedImage
{
    QString id;
    QString url;
};

/**
 * @brief Conversations and their messages: staff replies, customer messages (storefront chat and mail),
 * the automated follow-up and away messages, conversation changes, images and the storefront's history.
 *
 * Every write is one UnitOfWork; inputs are validated here, so a refusal is the same whether it comes from
 * the staff API, the storefront chat or the demo traffic.
 */
class ConversationService
{
public:
    ConversationService(ServiceContext &context, MailOutbox &outbox);

    /** Longest chat message, in characters. */
    static constexpr int MaxMessageLength = Message::MaxBodyLength;
    /** Largest image accepted by uploadMedia(). */
    static constexpr qint64 MaxImageBytes = qint64{10} * 1024 * 1024;

    /** A staff reply (text, products, discount or image), idempotent by client_id. */
    ServiceResult<Stored<Message>> postMessage(const StaffAccount &staff, qint64 conversationId,
                                               const QJsonObject &body);
    /** Changes status, unread and assignee. */
    ServiceResult<Conversation> patchConversation(const StaffAccount &staff, qint64 conversationId,
                                                  const QJsonObject &body);
    ServiceResult<UploadedImage> uploadMedia(const StaffAccount &staff, const QByteArray &bytes);

    ServiceResult<Stored<Message>> customerMessage(const StorefrontSession &session, const QJsonObject &body);
    /** Several customer messages (a burst from the chat sockets) in one unit of work per shop; one result
     * each. */
    QList<ServiceResult<Stored<Message>>>
    customerMessages(const QList<std::pair<StorefrontSession, QJsonObject>> &incoming);
    /** Messages of the session's conversation it may see, oldest first, for the storefront chat's history. */
    QList<Message> history(const StorefrontSession &session, int limit);

    /** A staff-only notice (author system) saying @p englishText, for insertMessage(). */
    static Message notice(NoticeKind kind, const QString &detail, const QString &englishText);

    /// @name Within a unit of work (also used by the customer and mail services)
    ///@{
    /**
     * Stores @p message (a new id, created now) in @p conversation, updates the conversation (activity; a
     * customer's message makes it unread and open) and stages message.created and conversation.upserted.
     * Nullopt when the database failed.
     */
    std::optional<Message> insertMessage(UnitOfWork &work, Message message, Conversation conversation);
    /**
     * A customer's message; when @p mayBeFirst and it is their first of the conversation, followed by the
     * follow-up or (outside business hours) away message.
     */
    ServiceResult<Message> addCustomerMessage(UnitOfWork &work, const Message &message,
                                              const Conversation &conversation, bool mayBeFirst);
    ///@}

private:
    /** The shop's follow-up or away message after a customer's first message (none when its text is empty).
     */
    bool automatedReply(UnitOfWork &work, const Conversation &conversation);
    /** That message before it has a conversation, an id or a time (@p draft empty: none); false when the
     *  database failed. */
    bool automatedReplyDraft(UnitOfWork &work, std::optional<Message> &draft);
    /**
     * insertMessage() without the writes: @p message gets its id and time, @p conversation is updated and
     * both events are staged; the caller writes the rows (one by one, or a batch's together).
     */
    std::optional<Message> prepareMessage(UnitOfWork &work, Message message, Conversation &conversation);
    /** The message of a staff reply @p body before it is stored: nullopt with @p error when refused. */
    std::optional<Message> readStaffMessage(qint64 shopId, const QJsonObject &body, ServiceError &error);

    ServiceContext &m_context;
    MailOutbox &m_outbox;
};

} // namespace shopinbox::server
