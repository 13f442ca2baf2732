#include "chatwriter.h"

#include "serverdatabase.h"
#include "serverlog.h"
#include "shopservice.h"

namespace shopinbox::server {

/** The writer's half on its thread: its connection, its ShopService, and what a batch committed. */
class ChatWriter::Worker : public QObject
{
public:
    QString open(const QString &databaseUrl, const Clock &clock, const QString &mediaDirectory,
                 const EmailSettings &email, const QString &origin)
    {
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
        }
        Commits commits = std::exchange(m_commits, {});
        QMetaObject::invokeMethod(
            receiver,
            [done, commits = std::move(commits), results = std::move(results)] { done(commits, results); },
            Qt::QueuedConnection);
    }

private:
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
