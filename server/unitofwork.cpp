#include "unitofwork.h"

#include "servicecontext.h"

namespace shopinbox::server {

UnitOfWork::UnitOfWork(ServiceContext &context, qint64 shopId)
    : m_context(context)
    , m_shopId(shopId)
    , m_transaction(context.database())
{
    m_active = m_transaction.isActive() && m_context.eventLog().lockShop(shopId);
}

void UnitOfWork::stage(const QString &type, const QJsonObject &data)
{
    m_events.append(ServerEvent{0, type, m_context.now(), data});
}

bool UnitOfWork::commit(const std::function<void()> &afterCommit)
{
    if (!m_active)
        return false;
    EventLog::Page appended;
    if ((!m_events.isEmpty() && !m_context.eventLog().appendAll(m_shopId, m_events, &appended)) ||
        !m_transaction.commit())
        return false;
    m_active = false;
    if (afterCommit)
        afterCommit();
    if (!m_events.isEmpty())
        emit m_context.committed(m_shopId, appended);
    return true;
}

} // namespace shopinbox::server
