#include "servertransaction.h"

#include "serverdatabase.h"
#include "serverlog.h"

#include <QSqlError>

namespace shopinbox::server {

ServerTransaction::ServerTransaction(ServerDatabase &db)
    : m_db(db)
{
    // SQLite: take the write lock up front so two writers never deadlock on upgrade; PostgreSQL serialises
    // writers of a shop on the shop row instead (see EventLog::append).
    if (m_db.dialect() == ServerDatabase::Dialect::SQLite)
        m_active = m_db.execSql(QStringLiteral("BEGIN IMMEDIATE"));
    else
        m_active = m_db.db().transaction();
    if (!m_active)
        qCWarning(lcServerDb) << "cannot begin a transaction:" << m_db.db().lastError().text();
}

ServerTransaction::~ServerTransaction()
{
    if (!m_active)
        return;
    m_db.finishAll();
    const bool ok = m_db.dialect() == ServerDatabase::Dialect::SQLite
                        ? m_db.execSql(QStringLiteral("ROLLBACK"))
                        : m_db.db().rollback();
    if (!ok)
        qCWarning(lcServerDb) << "rollback failed:" << m_db.db().lastError().text();
}

bool ServerTransaction::commit()
{
    if (!m_active)
        return false;
    m_db.finishAll();
    const bool ok = m_db.dialect() == ServerDatabase::Dialect::SQLite ? m_db.execSql(QStringLiteral("COMMIT"))
                                                                      : m_db.db().commit();
    if (ok)
        m_active = false;
    return ok;
}

} // namespace shopinbox::server
