#include "passwordworkers.h"

#include "credentials.h"

#include <QMetaObject>
#include <QPointer>

namespace shopinbox::server {

PasswordWorkers::PasswordWorkers(int threads, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    // The decoy hash is made once per process; made now, the first unknown email does not pay for it (which
    // would tell it apart from a known one).
    m_pool.start([] { Credentials::verifyAgainstDecoy(QString()); });
}

PasswordWorkers::~PasswordWorkers()
{
    m_pool.waitForDone();
}

bool PasswordWorkers::verify(const QString &hash, const QString &password, std::function<void(bool)> done)
{
    if (m_pending.fetch_add(1) >= MaxQueued) {
        --m_pending;
        return false;
    }
    QPointer<PasswordWorkers> self(this);
    m_pool.start([this, self, hash, password, done = std::move(done)] {
        const bool matches = hash.isEmpty() ? Credentials::verifyAgainstDecoy(password)
                                            : Credentials::verifyPassword(hash, password);
        --m_pending; // the pool (a member) is joined before this object goes
        QMetaObject::invokeMethod(
            this,
            [self, done, matches] {
                if (self)
                    done(matches);
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool PasswordWorkers::rehash(const QString &currentHash, const QString &current, const QString &newPassword,
                             std::function<void(QString)> done)
{
    if (m_pending.fetch_add(1) >= MaxQueued) {
        --m_pending;
        return false;
    }
    QPointer<PasswordWorkers> self(this);
    m_pool.start([this, self, currentHash, current, newPassword, done = std::move(done)] {
        const bool allowed = currentHash.isEmpty() || Credentials::verifyPassword(currentHash, current);
        const QString hash = allowed ? Credentials::hashPassword(newPassword) : QString();
        --m_pending;
        QMetaObject::invokeMethod(
            this,
            [self, done, hash] {
                if (self)
                    done(hash);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace shopinbox::server
