#include "emailqueue.h"

#include "serverdatabase.h"
#include "serverlog.h"
#include "shopservice.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace shopinbox::server {

qint64 EmailRetryPolicy::delayAfter(int failures) const
{
    qint64 delay = qMax(1, initialDelayMs);
    for (int i = 1; i < failures && delay < maxDelayMs; ++i)
        delay *= 2;
    return qMin<qint64>(delay, qMax(1, maxDelayMs));
}

EmailQueue::EmailQueue(ShopService &service, ServerDatabase &db, SmtpSettings smtp, EmailRetryPolicy retry,
                       QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_db(db)
    , m_smtp(std::move(smtp))
    , m_retry(retry)
{
    SmtpSender::initialize();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EmailQueue::pump);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &EmailQueue::finished);
    connect(&m_service, &ShopService::emailQueued, this, &EmailQueue::wake);
}

EmailQueue::~EmailQueue()
{
    stop();
}

void EmailQueue::start()
{
    m_stopped = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Mail that waited for a retry when the server stopped is tried again at once: a restart usually means
    // the mail settings were fixed.
    m_db.run(QStringLiteral("UPDATE email_queue SET next_attempt_at = ? WHERE status = 'pending' AND "
                            "locked_until <= ? AND next_attempt_at > ?"),
             {now, now, now});
    wake();
}

void EmailQueue::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_busy) {
        m_watcher.waitForFinished();
        finished();
    }
}

void EmailQueue::wake()
{
    if (!m_stopped && !m_busy)
        m_timer.start(0);
}

void EmailQueue::pump()
{
    if (m_stopped || m_busy)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Job> job;
    m_db.run(QStringLiteral(
                 "SELECT id, shop_id, message_id, sender, recipient, content, attempts FROM email_queue "
                 "WHERE status = 'pending' AND next_attempt_at <= ? AND locked_until <= ? "
                 "ORDER BY next_attempt_at, id LIMIT 1"),
             {now, now}, [&](const QSqlQuery &q) {
                 job = Job{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                           q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString().toLatin1(),
                           q.value(6).toInt()};
             });
    if (!job) {
        qint64 next = 0;
        m_db.run(QStringLiteral("SELECT MIN(next_attempt_at) FROM email_queue WHERE status = 'pending'"), {},
                 [&](const QSqlQuery &q) { next = q.value(0).toLongLong(); });
        const qint64 wait = next > 0 ? qBound(qint64(10), next - now, qint64(MaxIdleMs)) : MaxIdleMs;
        m_timer.start(static_cast<int>(wait));
        return;
    }
    // Claim the row, so another server process on the same database does not send it too.
    QSqlQuery &claim = m_db.prepare(QStringLiteral(
        "UPDATE email_queue SET locked_until = ? WHERE id = ? AND locked_until <= ? AND status = 'pending'"));
    claim.addBindValue(now + ClaimMs);
    claim.addBindValue(job->id);
    claim.addBindValue(now);
    const bool claimed = m_db.exec(claim) && claim.numRowsAffected() == 1;
    claim.finish();
    if (!claimed) {
        m_timer.start(100);
        return;
    }
    m_current = *job;
    m_busy = true;
    qCInfo(lcServerEmail) << "sending mail" << job->id << "of message" << job->messageId << "attempt"
                          << job->attempts + 1;
    m_watcher.setFuture(
        QtConcurrent::run(&SmtpSender::send, m_smtp, job->sender, QStringList{job->recipient}, job->content));
}

void EmailQueue::finished()
{
    if (!m_busy)
        return;
    m_busy = false;
    const QString error = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
                              ? m_watcher.result()
                              : QStringLiteral("the send was cancelled");
    record(m_current, error);
    m_watcher.setFuture(QFuture<QString>());
    wake();
}

void EmailQueue::record(const Job &job, const QString &error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int attempts = job.attempts + 1;
    bool ok = false;
    if (error.isEmpty()) {
        qCInfo(lcServerEmail) << "mail" << job.id << "sent to the SMTP server";
        ok = m_service.finishEmail(job.shopId, job.messageId, DeliveryState::Emailed, {}, [&] {
            return m_db.run(
                QStringLiteral("UPDATE email_queue SET status = 'sent', attempts = ?, sent_at = ?, "
                               "locked_until = 0, last_error = NULL WHERE id = ?"),
                {attempts, now, job.id});
        });
    } else if (attempts >= m_retry.maxAttempts) {
        qCWarning(lcServerEmail).noquote()
            << "mail" << job.id << "given up after" << attempts << "attempts:" << error;
        const QString reason =
            QStringLiteral("the email could not be sent (%1 attempts): %2").arg(attempts).arg(error);
        ok = m_service.finishEmail(job.shopId, job.messageId, DeliveryState::Failed, reason, [&] {
            return m_db.run(QStringLiteral("UPDATE email_queue SET status = 'failed', attempts = ?, "
                                           "locked_until = 0, last_error = ? WHERE id = ?"),
                            {attempts, error, job.id});
        });
    } else {
        const qint64 delay = m_retry.delayAfter(attempts);
        qCInfo(lcServerEmail).noquote()
            << "mail" << job.id << "attempt" << attempts << "failed, retry in" << delay << "ms:" << error;
        ok = m_db.run(
            QStringLiteral("UPDATE email_queue SET attempts = ?, next_attempt_at = ?, locked_until = 0, "
                           "last_error = ? WHERE id = ?"),
            {attempts, now + delay, error, job.id});
    }
    if (!ok)
        qCWarning(lcServerEmail) << "cannot record the result of mail" << job.id
                                 << "(it is retried when its claim expires)";
}

} // namespace shopinbox::server
