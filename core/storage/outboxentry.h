#pragma once

#include "domain/enumdescription.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace shopinbox {

/** @brief What a queued merchant action does on the server: each is one ShopApi call. */
enum class OutboxAction {
    SendMessage,
    SendImage, ///< Uploads the file first (once), then sends the message with its image_id.
    PatchConversation,
    SaveNote,
    CreateSavedReply,
    UpdateSavedReply,
    DeleteSavedReply,
};
/** The outbox's `action` column holds the name (schema 3); the integers are not stored. */
inline constexpr EnumDescription<OutboxAction, 7> OutboxActions{{{
    {OutboxAction::SendMessage, "send_message", 0},
    {OutboxAction::SendImage, "send_image", 1},
    {OutboxAction::PatchConversation, "patch_conversation", 2},
    {OutboxAction::SaveNote, "save_note", 3},
    {OutboxAction::CreateSavedReply, "create_saved_reply", 4},
    {OutboxAction::UpdateSavedReply, "update_saved_reply", 5},
    {OutboxAction::DeleteSavedReply, "delete_saved_reply", 6},
}}};

/** @brief One merchant action waiting to be sent to the server. */
struct OutboxEntry
{
    enum class State { Queued, Failed };
    /** The `state` column's values. */
    static constexpr EnumDescription<State, 2> States{{{
        {State::Queued, "queued", 0},
        {State::Failed, "failed", 1},
    }}};

    qint64 id = 0;                        ///< Order of the actions; assigned by the store.
    std::optional<qint64> conversationId; ///< Actions are sent in order per conversation.
    OutboxAction action = OutboxAction::SendMessage;
    QJsonObject payload; ///< What the call needs (for messages the request body), as queued.
    QString clientId;    ///< For messages: the UUID that makes retries idempotent.
    QDateTime createdAt; ///< UTC.
    int attempts = 0;
    QDateTime nextAttemptAt; ///< UTC; invalid means "now".
    QString lastError;
    State state = State::Queued;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace shopinbox
