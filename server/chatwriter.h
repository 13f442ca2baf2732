#pragma once

#include "eventlog.h"
#include "serviceresult.h"
#include "sessionrepository.h"

#include "domain/message.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <utility>

namespace shopinbox {
class Clock;
}

namespace shopinbox::server {

struct EmailSettings;

/**
 * @brief Writes the storefront chats' messages on a thread of its own, with a database connection of its
 * own (PostgreSQL; issue 16).
 *
 * On PostgreSQL every statement is a round trip, and while the event-loop thread waits for one it cannot
 * read frames, fan out what was committed or answer anyone. The chat messages — the bulk of the writes under
 * load — are therefore written here, one batch at a time, while the event loop goes on: it collects the next
 * batch and fans out the previous one. The two connections meet in the database like two server processes
 * do (the shop's event-log lock orders their transactions), so nothing new is shared in memory: the writer
 * has its own ShopService over its own connection, and hands back what it committed and the results.
 */
class ChatWriter : public QObject
{
    Q_OBJECT
public:
    using Batch = QList<std::pair<StorefrontSession, QJsonObject>>;
    using Results = QList<ServiceResult<Stored<Message>>>;
    using Commits = QList<std::pair<qint64, EventLog::Page>>;
    /** Called on the thread of the receiver passed to write(): the commits (shop, page), then the results. */
    using Done = std::function<void(const Commits &commits, const Results &results)>;

    explicit ChatWriter(QObject *parent = nullptr);
    /** Finishes the batch under way (its answer is dropped), closes the connection and joins the thread. */
    ~ChatWriter() override;

    /**
     * Opens @p databaseUrl on the writer's thread (no migration: the caller's connection did that); an
     * empty string when it is ready, else why not. @p clock is read from the writer's thread.
     */
    QString start(const QString &databaseUrl, const Clock &clock, const QString &mediaDirectory,
                  const EmailSettings &email, const QString &origin);

    /**
     * Writes @p batch (ConversationService::customerMessages) and calls @p done on @p receiver's thread.
     * @p receiver outlives this writer (it owns it): its answers still queued when it goes are dropped
     * with it.
     */
    void write(Batch batch, QObject *receiver, Done done);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; ///< lives on m_thread; deleted there
};

} // namespace shopinbox::server
