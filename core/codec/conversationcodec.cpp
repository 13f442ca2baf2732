// Conversations on the wire (docs/protocol.md).
#include "jsonreader.h"

namespace shopinbox::json {

using namespace detail;

QString toString(ConversationStatus status)
{
    return ConversationStatuses.wire(status);
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

} // namespace shopinbox::json
