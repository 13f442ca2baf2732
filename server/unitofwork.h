#pragma once

#include "domain/serverevent.h"
#include "servertransaction.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace shopinbox::server {

class ServiceContext;

/**
 * @brief One write of a shop: begins the transaction and takes the shop's lock, stages the events of the
 * change, and on commit() writes them (assigning their seqs), commits and announces them
 * (ServiceContext::committed). Rolled back on destruction unless committed.
 *
 * Every write path of the services goes through one of these, so the change and its events commit together
 * and the streams hear of them only after the commit.
 */
class UnitOfWork
{
public:
    UnitOfWork(ServiceContext &context, qint64 shopId);
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    /** The transaction began and the shop is locked; false: the database failed (nothing may be written). */
    bool isActive() const { return m_active; }
    qint64 shopId() const { return m_shopId; }

    /** Stages event @p type with @p data, at the clock's now; its seq is assigned by commit(). */
    void stage(const QString &type, const QJsonObject &data);
    /** The events staged so far. */
    const QList<ServerEvent> &events() const { return m_events; }

    /**
     * Writes the staged events, commits and announces them; @p afterCommit runs between the commit and the
     * announcement (crash tests). False when the database failed: nothing was written.
     */
    bool commit(const std::function<void()> &afterCommit = {});

private:
    ServiceContext &m_context;
    qint64 m_shopId;
    ServerTransaction m_transaction;
    bool m_active = false;
    QList<ServerEvent> m_events;
};

} // namespace shopinbox::server
