#pragma once

#include "cachechanges.h"
#include "sqlitedatabase.h"

#include "domain/clock.h"

#include <QObject>
#include <QString>

#include <memory>

namespace shopinbox {

class CartStore;
class ConversationStore;
class CustomerStore;
class DiscountStore;
class MessageStore;
class OrderStore;
class OutboxStore;
class ProductStore;
class SavedReplyStore;
class StaffStore;
class SyncStateStore;
class DraftStore;

/**
 * @brief The local SQLite cache of one account (server + staff member).
 *
 * Opening checks and repairs the file before anything reads it:
 * - a file written by a newer schema version is refused and left untouched (Status::TooNew);
 * - a file that is not a database, or that fails `PRAGMA quick_check` after an unclean shutdown, is moved
 *   aside as `<name>.corrupt-<UTC timestamp>` (with its -wal and -shm files) and a fresh cache is created
 *   (Status::RebuiltAfterCorruption); the caller tells the user and syncs from scratch. Nothing is deleted.
 *
 * The database runs in WAL mode with `synchronous=NORMAL` and foreign keys on. All access happens on the
 * thread that opened the cache.
 */
class Cache : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Opened,                 ///< An existing cache, migrated to the current schema when needed.
        Created,                ///< A new, empty cache.
        RebuiltAfterCorruption, ///< The old file was unreadable, set aside; this is a new, empty cache.
        TooNew,                 ///< Written by a newer version; refused, left untouched, not open.
        Failed,                 ///< Could not be opened or created (see message); not open.
    };
    Q_ENUM(Status)

    struct OpenResult
    {
        Status status = Status::Failed;
        QString message;      ///< For the user when status is not Opened/Created.
        QString setAsidePath; ///< Where the unreadable file went, for RebuiltAfterCorruption.
        bool ok() const
        {
            return status == Status::Opened || status == Status::Created ||
                   status == Status::RebuiltAfterCorruption;
        }
    };

    /** @p clock names a cache set aside as corrupt. */
    explicit Cache(const Clock &clock = systemClock(), QObject *parent = nullptr);
    ~Cache() override;

    OpenResult open(const QString &path);
    /** Closes cleanly (the next open skips the integrity check). */
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    /** The cache file for an account under @p baseDirectory (default: the app data location). */
    static QString pathForAccount(const QString &serverUrl, const QString &staffEmail,
                                  const QString &baseDirectory = {});

    SqliteDatabase &database() { return m_db; }
    ConversationStore &conversations() { return *m_conversations; }
    MessageStore &messages() { return *m_messages; }
    CustomerStore &customers() { return *m_customers; }
    CartStore &carts() { return *m_carts; }
    OrderStore &orders() { return *m_orders; }
    ProductStore &products() { return *m_products; }
    DiscountStore &discounts() { return *m_discounts; }
    StaffStore &staff() { return *m_staff; }
    SavedReplyStore &savedReplies() { return *m_savedReplies; }
    OutboxStore &outbox() { return *m_outbox; }
    DraftStore &drafts() { return *m_drafts; }
    SyncStateStore &syncState() { return *m_syncState; }

    /** Announces a committed change to the models. Call after the transaction committed, never before. */
    void publish(const CacheChanges &changes);

signals:
    void changed(const shopinbox::CacheChanges &changes);

private:
    bool openFile(const QString &path, bool create, QString *error);
    QString setAside(const QString &path);
    bool configure(QString *error);
    void createStores();
    void destroyStores();

    const Clock &m_clock;
    SqliteDatabase m_db;
    QString m_path;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<CustomerStore> m_customers;
    std::unique_ptr<CartStore> m_carts;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<ProductStore> m_products;
    std::unique_ptr<DiscountStore> m_discounts;
    std::unique_ptr<StaffStore> m_staff;
    std::unique_ptr<SavedReplyStore> m_savedReplies;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SyncStateStore> m_syncState;
};

} // namespace shopinbox
