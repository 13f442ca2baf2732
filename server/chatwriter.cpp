#include "chatwriter.h"

#include "serverdatabase.h"
#include "serverlog.h"
#include "shopservice.h"

#include <QThreadPool>

namespace shopinbox::server {

/** The writer's half on its thread: its connection, its ShopService, and what a batch committed. */
class ChatWriter::Worker : public QObject
{
public:
    Worker() { m_analyzing.setMaxThreadCount(1); }

    QString open(const QString &databaseUrl, const Clock &clock, const QString &mediaDirectory,
                 const EmailSettings &email, const QString &origin)
    {
        m_url = databaseUrl;
        m_db = std::make_unique<ServerDatabase>();
        if (!m_db->open(databaseUrl))
            return m_db->errorMessage();
        m_db->setDirectWrites(true); // this connection does not LISTEN
        m_service = std::make_unique<ShopService>(*m_db, clock, mediaDirectory);
        m_service->context().setEmailSettings(email);
        m_service->context().eventLog().setOrigin(origin);
        connect(&m_service->context(), &ServiceContext::committed, this,
                [this](qint64 shopId, const EventLog::Page &page) {
                    m_commits.append({shopId, page});
                });
        return {};
    }

    void write(const Batch &batch, QObject *receiver, const Done &done)
    {
        Results results;
        if (m_db->isLost() && !m_db->reconnect()) {
            results.reserve(batch.size());
            for (qsizetype i = 0; i < batch.size(); ++i)
                results.append(ServiceError::unavailable());
        } else {
            results = m_service->conversations().customerMessages(batch);
            analyzeWhileYoung(batch.size());
        }
        Commits commits = std::exchange(m_commits, {});
        QMetaObject::invokeMethod(
            receiver,
            [done, commits = std::move(commits), results = std::move(results)] { done(commits, results); },
            Qt::QueuedConnection);
    }

    /** Waits for a statistics run under way (before the thread and the writer go). */
    void finish() { m_analyzing.waitForDone(); }

private:
    /**
     * PostgreSQL plans with the statistics autovacuum gathers about once a minute. A young table that grows
     * by thousands of rows a second is planned as if nearly empty meanwhile, and a lookup that should probe
     * an index scans the table instead (issue 16: a fresh database under 5,000 messages/s fell 38 s behind).
     * So the writer gathers them itself at 1,000, 4,000, 16,000 and 64,000 messages written by this
     * process, as one would after a bulk load; from then on autovacuum keeps up.
     */
    void analyzeWhileYoung(qsizetype written)
    {
        m_written += written;
        if (m_nextAnalyze > LastAnalyze || m_written < m_nextAnalyze)
            return;
        m_nextAnalyze *= 4;
        // On a connection of its own, beside the writer: ANALYZE takes some 100-300 ms here, which the
        // batches must not wait for (it locks nothing that inserts need).
        if (m_analyzing.activeThreadCount() > 0)
            return;
        m_analyzing.start([url = m_url, written = m_written] {
            ServerDatabase db;
            if (!db.open(url) || !db.execSql(QStringLiteral("ANALYZE messages, conversations, events")))
                qCInfo(lcServerDb) << "ANALYZE after" << written << "messages failed:" << db.errorMessage();
        });
    }

    QString m_url;
    QThreadPool m_analyzing; ///< one thread: the statistics runs of analyzeWhileYoung()
    static constexpr qint64 LastAnalyze = 64'000;
    qint64 m_written = 0;
    qint64 m_nextAnalyze = 1'000;

    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<ShopService> m_service; ///< declared after m_db: destroyed before it
    Commits m_commits;
};

ChatWriter::ChatWriter(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("chat-writer"));
}

ChatWriter::~ChatWriter()
{
    if (m_worker != nullptr) {
        // Queued behind the batch under way: that batch is finished (and committed) first.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

QString ChatWriter::start(const QString &databaseUrl, const Clock &clock, const QString &mediaDirectory,
                          const EmailSettings &email, const QString &origin)
{
    m_thread.start();
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    QString error;
    QMetaObject::invokeMethod(
        m_worker, [&] { error = m_worker->open(databaseUrl, clock, mediaDirectory, email, origin); },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        qCWarning(lcServerDb) << "the chat writer cannot open its connection:" << error;
    return error;
}

void ChatWriter::write(Batch batch, QObject *receiver, Done done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, batch = std::move(batch), receiver, done = std::move(done)] {
            worker->write(batch, receiver, done);
        },
        Qt::QueuedConnection);
}

} // namespace shopinbox::server
