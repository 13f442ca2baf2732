#pragma once

#include "domain/conversation.h"
#include "domain/message.h"
#include "domain/staff.h"
#include "serveranswer.h"

#include <QJsonObject>

#include "domain/clock.h"
#include <QList>

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace shopinbox {

class ApiClient;
class Cache;
class OutboxSender;
class StaffPermissions;
struct ApiResponse;
struct OutboxEntry;

/**
 * @brief Every merchant action, applied to the cache at once and queued for the server.
 *
 * Each call writes its optimistic change (a pending local echo, a status, a note) and the outbox entry in one
 * transaction, publishes the change so the UI shows it immediately, and wakes the OutboxSender. A crash at
 * any point leaves either both or neither.
 */
class LocalActions : public QObject
{
    Q_OBJECT
public:
    /** @p clock stamps what is queued and the local echoes. */
    LocalActions(Cache &cache, OutboxSender *sender, qint64 staffId, const Clock &clock = systemClock(),
                 QObject *parent = nullptr);

    /**
     * Queues a text reply and removes the conversation's draft in the same transaction: the local id of the
     * pending message, nullopt (with lastError()) when it could not be queued — also when the text is blank
     * or longer than Message::MaxBodyLength.
     */
    std::optional<qint64> sendText(qint64 conversationId, const QString &text);
    /** The composer's unsent text for @p conversationId (empty when there is none). */
    QString draft(qint64 conversationId);
    /** Keeps @p text as the draft of @p conversationId, on this computer only; a blank text removes it. */
    bool saveDraft(qint64 conversationId, const QString &text);
    std::optional<qint64> sendProducts(qint64 conversationId, const QList<qint64> &productIds,
                                       const QString &text);
    std::optional<qint64> sendDiscount(qint64 conversationId, const QString &code, const QString &text);
    /** Uploads @p filePath (PNG, JPEG, GIF or WebP, at most 10 MiB) and then sends it. */
    std::optional<qint64> sendImage(qint64 conversationId, const QString &filePath);
    bool setStatus(qint64 conversationId, ConversationStatus status);
    bool markUnread(qint64 conversationId, bool unread);
    bool assign(qint64 conversationId, std::optional<qint64> staffId);
    bool saveNote(qint64 customerId, const QString &note);
    /**
     * Queues a new saved reply. It appears in the cache once the server has accepted it (the server assigns
     * the id); false with lastError() when @p shortcut or @p text break the rules of SavedReply or the
     * shortcut is already taken in the cache. @p shortcut is trimmed.
     */
    bool createSavedReply(const QString &shortcut, const QString &text);
    /** Changes saved reply @p id at once in the cache and queues the change (same checks as create). */
    bool updateSavedReply(qint64 id, const QString &shortcut, const QString &text);
    /** Removes saved reply @p id from the cache at once and queues the deletion. */
    bool deleteSavedReply(qint64 id);
    /** Whether the message with @p clientId is still waiting in the outbox (never reached the server): only
     * then can it be retried or discarded. */
    bool isQueued(const QString &clientId);
    /** A failed message goes back in the queue. */
    bool retry(qint64 localId);
    /** A failed message is dropped (it never reached the server). */
    bool discard(qint64 localId);

    QString lastError() const { return m_lastError; }

    /// @name Storefront settings
    /// They change what customers see at once, so they are not queued: a change needs the server now, and
    /// its answer is written to the cache (ShopSettingsModel shows it) before @p done runs.
    ///@{
    /** Where these calls go; nullptr (no session): they end at once, unreached. */
    void setApi(ApiClient *api) { m_api = api; }
    /** Fetches the shop's settings into the cache. */
    void refreshShopSettings(const std::function<void(const ServerAnswer &)> &done);
    /** Sends the changed fields @p changes; on a refusal nothing is stored. */
    void saveShopSettings(const QJsonObject &changes, const std::function<void(const ServerAnswer &)> &done);
    ///@}

    /// @name Team
    /// Online only, like the storefront settings; the server's answer (the member) is written to the cache
    /// at once, where TeamModel shows it.
    ///@{
    /** Invites a member; @p done gets the one-time password to hand over (empty on a refusal). */
    void inviteMember(const QString &name, const QString &email, bool chat, bool manageShop,
                      const std::function<void(const ServerAnswer &, const QString &password)> &done);
    /** Changes member @p staffId: any of `chat_permission`, `manage_shop_permission`, `active`. */
    void updateMember(qint64 staffId, const QJsonObject &changes,
                      const std::function<void(const ServerAnswer &)> &done);
    ///@}

    /** Refuses (lastError()) what the signed-in member may not do; nullptr: everything is offered. */
    void setPermissions(const StaffPermissions *permissions) { m_permissions = permissions; }

private:
    std::optional<qint64> queueMessage(qint64 conversationId, const QJsonObject &request, Message echo);
    bool queueConversationChange(qint64 conversationId, const QJsonObject &patch);
    /** False with lastError() when the member may not do what @p permission covers. */
    bool allowed(StaffPermission permission);
    void storeMember(const QJsonValue &staff);
    bool checkSavedReply(std::optional<qint64> id, const QString &shortcut, const QString &text);
    void storeShopSettings(const ApiResponse &response,
                           const std::function<void(const ServerAnswer &)> &done);
    bool queueSavedReplyChange(qint64 id, const OutboxEntry &entry, const std::function<bool()> &changeCache,
                               const QString &failure);

    Cache &m_cache;
    OutboxSender *m_sender;
    qint64 m_staffId;
    const Clock &m_clock;
    ApiClient *m_api = nullptr;
    const StaffPermissions *m_permissions = nullptr;
    QString m_lastError;
};

} // namespace shopinbox
