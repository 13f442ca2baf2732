#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace shopinbox {

/** @brief One merchant action waiting to be sent to the server. */
struct OutboxEntry
{
    enum class State { Queued = 0, Failed = 1 };

    qint64 id = 0;                        ///< Order of the actions; assigned by the store.
    std::optional<qint64> conversationId; ///< Actions are sent in order per conversation.
    QString action;                       ///< e.g. "send_message", "set_status", "save_note".
    QJsonObject payload;                  ///< The request body.
    QString clientId;                     ///< For messages: the UUID that makes retries idempotent.
    QDateTime createdAt;                  ///< UTC.
    int attempts = 0;
    QDateTime nextAttemptAt; ///< UTC; invalid means "now".
    QString lastError;
    State state = State::Queued;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace shopinbox
