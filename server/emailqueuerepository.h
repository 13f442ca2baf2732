#pragma once

#include "domain/enumdescription.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shopinbox::server {

class ServerDatabase;

/** @brief Where a queued mail stands; kept after it was sent or given up. */
enum class MailStatus { Pending, Sent, Failed };
/** Its stored string (the status column holds the wire string) and integer: the one description. */
inline constexpr EnumDescription<MailStatus, 3> MailStatuses{{{
    {MailStatus::Pending, "pending", 0},
    {MailStatus::Sent, "sent", 1},
    {MailStatus::Failed, "failed", 2},
}}};

/** @brief One notification mail of the queue. */
struct QueuedMail
{
    qint64 id = 0;
    qint64 shopId = 0;
    qint64 messageId = 0; ///< The staff message it carries.
    QString sender;
    QString recipient;
    QByteArray content; ///< The whole RFC 822 message (ASCII).
    int attempts = 0;   ///< Failed attempts so far.
};

/**
 * @brief The outgoing mail queue (table email_queue). A row is claimed (locked_until) by the server process
 * sending it, so several processes on one database never send a mail twice. Times are UTC ms.
 */
class EmailQueueRepository
{
public:
    explicit EmailQueueRepository(ServerDatabase &db);

    /** Queues @p mail (status pending, no attempts yet), due at @p dueMs. */
    bool enqueue(const QueuedMail &mail, qint64 dueMs, qint64 createdAtMs);
    /** Makes every pending mail that waits for a retry (and is not claimed) due at @p nowMs. */
    bool makeWaitingDue(qint64 nowMs);
    /** The pending, unclaimed mail that is due first at @p nowMs. */
    std::optional<QueuedMail> nextDue(qint64 nowMs);
    /** When the next pending mail is due; 0 when none is pending. */
    qint64 nextDueAt();
    /** Claims mail @p id until @p untilMs; false when another process holds it or it is no longer pending. */
    bool claim(qint64 id, qint64 nowMs, qint64 untilMs);
    bool markSent(qint64 id, int attempts, qint64 sentAtMs);
    bool markFailed(qint64 id, int attempts, const QString &error);
    /** Releases the claim; the mail is tried again at @p dueMs. */
    bool scheduleRetry(qint64 id, int attempts, qint64 dueMs, const QString &error);

private:
    ServerDatabase &m_db;
};

} // namespace shopinbox::server
