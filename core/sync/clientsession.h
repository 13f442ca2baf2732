#pragma once

#include "auth/account.h"
#include "domain/clock.h"
#include "storage/cache.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace shopinbox {

class ApiClient;
class MediaCache;
class StaffPermissions;
class LocalActions;
class OutboxSender;
class SyncEngine;

/**
 * @brief Everything one signed-in account needs, wired together: its cache, the API client with the token,
 * the sync engine, the outbox sender and the local actions. Front ends (the desktop window, the sync CLI)
 * hold one per open account.
 */
class ClientSession : public QObject
{
    Q_OBJECT
public:
    /** @p clock is the one "now" of everything the session holds (the cache, the outbox, local echoes). */
    ClientSession(const Account &account, const QString &token, const QString &cacheDirectory,
                  QNetworkAccessManager *network, const Clock &clock = systemClock(),
                  QObject *parent = nullptr);
    ~ClientSession() override;

    /** Opens the account's cache (before any network traffic: the cached inbox is usable at once). */
    Cache::OpenResult open();
    /** Starts syncing and sending the outbox. */
    void start();
    void stop();

    const Account &account() const { return m_account; }
    const Clock &clock() const { return m_clock; }
    Cache &cache() { return m_cache; }
    ApiClient &api() { return *m_api; }
    SyncEngine &sync() { return *m_sync; }
    OutboxSender &outbox() { return *m_outbox; }
    LocalActions &actions() { return *m_actions; }
    /** What the signed-in member may do (chat, manage the shop), as the cache knows it. */
    StaffPermissions &permissions() { return *m_permissions; }
    /** Images of messages and products, kept next to the cache (`<cache>.media/`). */
    MediaCache &media() { return *m_media; }

private:
    const Clock &m_clock;
    Account m_account;
    QString m_cachePath;
    Cache m_cache;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<OutboxSender> m_outbox;
    std::unique_ptr<LocalActions> m_actions;
    std::unique_ptr<MediaCache> m_media;
    std::unique_ptr<StaffPermissions> m_permissions;
};

} // namespace shopinbox
