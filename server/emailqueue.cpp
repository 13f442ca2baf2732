#include "emailqueue.h"

#include "serverlog.h"
#include "shopservice.h"

#include <QtConcurrent/QtConcurrentRun>

namespace shopinbox::server {

qint64 EmailRetryPolicy::delayAfter(int failures) const
{
    qint64 delay = qMax(1, initialDelayMs);
    for (int i = 1; i < failures && delay < maxDelayMs; ++i)
        delay *= 2;
    return qMin<qint64>(delay, qMax(1, maxDelayMs));
}

EmailQueue::EmailQueue(ShopService &service, SmtpSettings smtp, EmailRetryPolicy retry, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_mails(service.context().emailQueue())
    , m_smtp(std::move(smtp))
    , m_retry(retry)
{
    SmtpSender::initialize();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EmailQueue::pump);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &EmailQueue::finished);
    connect(&m_service.context(), &ServiceContext::emailQueued, this, &EmailQueue::wake);
}

qint64 EmailQueue::nowMs() const
{
    return m_service.now().toMSecsSinceEpoch();
}

EmailQueue::~EmailQueue()
{
    stop();
}

void EmailQueue::start()
{
    m_stopped = false;
    // Mail that waited for a retry when the server stopped is tried again at once: a restart usually means
    // the mail settings were fixed.
    m_mails.makeWaitingDue(nowMs());
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
    const qint64 now = nowMs();
    const std::optional<QueuedMail> job = m_mails.nextDue(now);
    if (!job) {
        const qint64 next = m_mails.nextDueAt();
        const qint64 wait = next > 0 ? qBound(qint64(10), next - now, qint64(MaxIdleMs)) : MaxIdleMs;
        m_timer.start(static_cast<int>(wait));
        return;
    }
    // Claim the row, so another server process on the same database does not send it too.
    if (!m_mails.claim(job->id, now, now + ClaimMs)) {
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

void EmailQueue::record(const QueuedMail &job, const QString &error)
{
    const qint64 now = nowMs();
    const int attempts = job.attempts + 1;
    bool ok = false;
    if (error.isEmpty()) {
        qCInfo(lcServerEmail) << "mail" << job.id << "sent to the SMTP server";
        ok = m_service.mail().finishEmail(job.shopId, job.messageId, DeliveryState::Emailed, {},
                                          [&] { return m_mails.markSent(job.id, attempts, now); });
    } else if (attempts >= m_retry.maxAttempts) {
        qCWarning(lcServerEmail).noquote()
            << "mail" << job.id << "given up after" << attempts << "attempts:" << error;
        const QString reason =
            QStringLiteral("the email could not be sent (%1 attempts): %2").arg(attempts).arg(error);
        ok = m_service.mail().finishEmail(job.shopId, job.messageId, DeliveryState::Failed, reason,
                                          [&] { return m_mails.markFailed(job.id, attempts, error); });
    } else {
        const qint64 delay = m_retry.delayAfter(attempts);
        qCInfo(lcServerEmail).noquote()
            << "mail" << job.id << "attempt" << attempts << "failed, retry in" << delay << "ms:" << error;
        ok = m_mails.scheduleRetry(job.id, attempts, now + delay, error);
    }
    if (!ok)
        qCWarning(lcServerEmail) << "cannot record the result of mail" << job.id
                                 << "(it is retried when its claim expires)";
}

} // namespace shopinbox::server
