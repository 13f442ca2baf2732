#include "transactionguard.h"

#include "sqlitedatabase.h"
#include "storagelog.h"

namespace shopinbox {

TransactionGuard::TransactionGuard(SqliteDatabase &db)
    : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = m_db.errorMessage();
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(QStringLiteral("COMMIT"))) {
        m_error = m_db.errorMessage();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << m_db.errorMessage();
}

} // namespace shopinbox
