#include "servicecontext.h"

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
    , m_emailQueue(db)
{
}

} // namespace shopinbox::server
