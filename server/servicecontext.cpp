#include "servicecontext.h"

#include "serverdatabase.h"
#include "serverlog.h"

namespace shopinbox::server {

ServiceContext::ServiceContext(ServerDatabase &db, const Clock &clock, QString mediaDirectory,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_events(db)
    , m_mediaDirectory(std::move(mediaDirectory))
    , m_shops(db)
    , m_staff(db)
    , m_customers(db)
    , m_conversations(db)
    , m_catalog(db)
    , m_savedReplies(db)
    , m_sessions(db)
    , m_presence(db)
    , m_rateLimits(db)
    , m_emailQueue(db)
{
}

void ServiceContext::announceRevoked(qint64 staffId, const QString &tokenHash)
{
    if (m_db.dialect() == ServerDatabase::Dialect::PostgreSQL) {
        // "<staff id>:<token hash or empty>"; this process hears its own notice too, which only closes
        // what is closed already.
        if (!m_db.run(QStringLiteral("SELECT pg_notify('shopinbox_revoked', ?)"),
                      {QStringLiteral("%1:%2").arg(staffId).arg(tokenHash)}))
            qCWarning(lcServerDb) << "cannot tell the other processes about a revoked token";
    }
    emit tokensRevoked(staffId, tokenHash);
}

} // namespace shopinbox::server
