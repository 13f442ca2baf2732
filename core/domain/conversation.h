#pragma once

#include "enumdescription.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace shopinbox {

/** @brief Whether a conversation is waiting for the merchant. Conversations are never deleted. */
enum class ConversationStatus { Open, Closed };
/** Its wire string and stored integer: the one description (EnumDescription). */
inline constexpr EnumDescription<ConversationStatus, 2> ConversationStatuses{{{
    {ConversationStatus::Open, "open", 0},
    {ConversationStatus::Closed, "closed", 1},
}}};

/** @brief A chat between one customer and the shop's staff. */
struct Conversation
{
    qint64 id = 0;
    qint64 customerId = 0;
    ConversationStatus status = ConversationStatus::Open;
    bool unread = false;
    std::optional<qint64> assigneeId; ///< Staff member with chat permission, or none.
    QStringList topics;               ///< Newest first.
    QString platform;                 ///< Where the customer wrote from, e.g. "online_store".
    QDateTime startedAt;              ///< UTC.
    QDateTime lastActivityAt;         ///< UTC.

    friend bool operator==(const Conversation &, const Conversation &) = default;
};

} // namespace shopinbox
