#pragma once

#include "api/shopapi.h"
#include "domain/clock.h"
#include "storage/outboxentry.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace shopinbox {

class Cache;

/**
 * @brief Drains the persisted outbox to the server, in order per conversation.
 *
 * - One entry per conversation is in flight at a time, so a conversation's messages arrive in the order they
 *   were written; different conversations proceed side by side.
 * - Messages carry their client_id, so a retry after a lost response never duplicates.
 * - Success applies the server's answer to the cache (the local echo becomes `sent`) and removes the entry.
 * - A final 4xx marks the entry failed and the message `failed` with the server's reason, kept for the user
 *   to retry or discard; 5xx, 408, 429 and network errors retry with backoff (1 s doubling up to 60 s).
 * - Entries survive restarts: they live in the cache.
 */
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    /** @p clock times the retries (backoff is from its "now"). */
    OutboxSender(Cache &cache, ApiClient &api, const Clock &clock = systemClock(), QObject *parent = nullptr);

    /** Start sending (when online); entries queue up until then. */
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /** Look at the outbox now (after a new entry, or when the network came back). */
    void kick();
    int inFlight() const { return static_cast<int>(m_inFlight.size()); }

    static constexpr int MaxParallel = 4;

signals:
    /** An action was refused for good (4xx): what and why, for the UI to tell the merchant. */
    void actionFailed(shopinbox::OutboxAction action, const QString &reason);
    /** The outbox has nothing left to send. */
    void drained();
    /** An image of the message with @p clientId is being uploaded: @p percent (0 to 100) sent so far. */
    void uploadProgress(const QString &clientId, int percent);

private:
    void send(const OutboxEntry &entry);
    void sendImage(const OutboxEntry &entry, const ApiClient::Callback &done);
    /** Applies the server's answer to a successful @p entry to the cache (in the caller's transaction). */
    void applyAnswer(const OutboxEntry &entry, const QJsonObject &body, struct CacheChanges &changes);
    /** Undoes what a refused @p entry showed ahead of the server (in the caller's transaction). */
    void applyRefusal(const OutboxEntry &entry, const ApiResponse &response, struct CacheChanges &changes);
    void finish(const OutboxEntry &entry, const struct ApiResponse &response);
    void scheduleRetry(const QDateTime &at);

    Cache &m_cache;
    ShopApi m_api;
    const Clock &m_clock;
    bool m_running = false;
    QSet<qint64> m_inFlight;          ///< entry ids
    QSet<qint64> m_busyConversations; ///< lanes (see laneOf() in the .cpp) with an entry in flight
    QTimer m_retry;
};

} // namespace shopinbox
