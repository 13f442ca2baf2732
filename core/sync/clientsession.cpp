#include "clientsession.h"

#include "api/apiclient.h"
#include "api/mediacache.h"
#include "localactions.h"
#include "models/staffpermissions.h"
#include "outboxsender.h"
#include "syncengine.h"

namespace shopinbox {

ClientSession::ClientSession(const Account &account, const QString &token, const QString &cacheDirectory,
                             QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_account(account)
    , m_cachePath(Cache::pathForAccount(account.serverUrl.toString(), account.email, cacheDirectory))
    , m_cache(clock)
    , m_api(std::make_unique<ApiClient>(network))
{
    m_api->setBaseUrl(account.serverUrl);
    m_api->setToken(token);
    m_sync = std::make_unique<SyncEngine>(m_cache, *m_api);
    m_outbox = std::make_unique<OutboxSender>(m_cache, *m_api, clock);
    m_actions = std::make_unique<LocalActions>(m_cache, m_outbox.get(), account.staffId, clock);
    m_actions->setApi(m_api.get());
    m_media = std::make_unique<MediaCache>(*m_api, m_cachePath + QStringLiteral(".media"), clock);
    m_permissions = std::make_unique<StaffPermissions>(&m_cache, account.staffId);
    m_actions->setPermissions(m_permissions.get());
    // Coming back online is the moment to flush what was queued meanwhile.
    connect(m_sync.get(), &SyncEngine::stateChanged, m_outbox.get(), [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Online)
            m_outbox->kick();
    });
}

ClientSession::~ClientSession()
{
    stop();
}

Cache::OpenResult ClientSession::open()
{
    Cache::OpenResult result = m_cache.open(m_cachePath);
    m_permissions->refresh();
    return result;
}

void ClientSession::start()
{
    m_sync->start();
    m_outbox->start();
}

void ClientSession::stop()
{
    m_sync->stop();
    m_outbox->stop();
}

} // namespace shopinbox
