#pragma once

#include "emailqueuerepository.h"
#include "smtpsender.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace shopinbox::server {

class EmailQueueRepository;
class ShopService;

/** @brief How often and how patiently a mail is retried (from the --email-retry-* options). */
struct EmailRetryPolicy
{
    int initialDelayMs = 5000; ///< Delay after the first failure; doubled after each further one.
    int maxDelayMs = 3600000;  ///< Cap of the delay.
    int maxAttempts = 10;      ///< After this many failed attempts the mail is given up ("failed").

    /** Delay after the @p failures-th failed attempt (1 = the first). */
    qint64 delayAfter(int failures) const;
};

/**
 * @brief Sends the queued notification mails (table email_queue) one at a time, off the event loop.
 *
 * The database is only touched on the event loop's thread; the SMTP exchange runs in the global thread pool
 * (QtConcurrent) and its result comes back through a QFutureWatcher. A sent mail makes its message
 * `emailed`, a mail that failed maxAttempts times makes it `failed` with the reason (both through
 * MailService::finishEmail(), which appends `message.updated`); other failures are retried with
 * exponential backoff. start() reads what an earlier run left in the queue and tries it at once. Times come
 * from the service's Clock; the rows are read and written through the EmailQueueRepository.
 */
class EmailQueue : public QObject
{
    Q_OBJECT
public:
    EmailQueue(ShopService &service, SmtpSettings smtp, EmailRetryPolicy retry, QObject *parent = nullptr);
    ~EmailQueue() override;

    /** Makes the pending mails of earlier runs due and starts sending. */
    void start();
    /** Waits for the mail being sent (its result is recorded) and stops. */
    void stop();

    /** Looks for due mail now (after a mail was queued). */
    void wake();

    /** How long a process may hold a claimed row before another one may take it over. */
    static constexpr qint64 ClaimMs = qint64{5} * 60 * 1000;
    /** Longest sleep between looks at the queue (rows queued by other server processes). */
    static constexpr int MaxIdleMs = 30000;

private:
    void pump();
    void finished();
    void record(const QueuedMail &job, const QString &error);
    qint64 nowMs() const;

    ShopService &m_service;
    EmailQueueRepository &m_mails;
    SmtpSettings m_smtp;
    EmailRetryPolicy m_retry;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
    QueuedMail m_current;
    bool m_busy = false;
    bool m_stopped = true;
};

} // namespace shopinbox::server
