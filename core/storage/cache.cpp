#include "cache.h"

#include "cartstore.h"
#include "conversationstore.h"
#include "customerstore.h"
#include "discountstore.h"
#include "draftstore.h"
#include "messagestore.h"
#include "migrations.h"
#include "orderstore.h"
#include "outboxstore.h"
#include "productstore.h"
#include "savedreplystore.h"
#include "staffstore.h"
#include "storagelog.h"
#include "syncstatestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace shopinbox {

namespace {

// Present while the cache is open; found at open time it means the last session ended uncleanly, which is
// when the (slow, full-file) integrity check is worth its cost.
QString markerPath(const QString &path)
{
    return path + QStringLiteral(".open");
}

bool isCorruptionCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

} // namespace

Cache::Cache(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<CacheChanges>();
}

Cache::~Cache()
{
    close();
}

QString Cache::pathForAccount(const QString &serverUrl, const QString &staffEmail,
                              const QString &baseDirectory)
{
    const QString base = baseDirectory.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : baseDirectory;
    // The host in the name helps a person find the file; the hash keeps names unique and filesystem-safe.
    // StripTrailingSlash keeps a lone "/", but "https://shop/" and "https://shop" are the same server.
    QUrl server = QUrl(serverUrl).adjusted(QUrl::StripTrailingSlash);
    if (server.path() == QLatin1String("/"))
        server.setPath(QString());
    const QString normalized = server.toString() + QLatin1Char('\n') + staffEmail.trimmed().toLower();
    const QByteArray hash = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString host = QUrl(serverUrl).host();
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return base + QStringLiteral("/caches/") + (host.isEmpty() ? QStringLiteral("shop") : host) +
           QLatin1Char('-') + QString::fromLatin1(hash.left(16)) + QStringLiteral(".sqlite");
}

bool Cache::openFile(const QString &path, bool create, QString *error)
{
    if (!m_db.open(path, create)) {
        *error = m_db.errorMessage();
        return false;
    }
    return true;
}

QString Cache::setAside(const QString &path)
{
    m_db.close();
    const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target)) {
        qCWarning(lcStorage) << "cannot move the corrupt cache aside:" << path;
        return {};
    }
    // The WAL and shared-memory files belong to the old file; keep them beside it for inspection.
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), target + QLatin1String(suffix));
    }
    qCWarning(lcStorage) << "corrupt cache moved aside to" << target;
    return target;
}

bool Cache::configure(QString *error)
{
    const bool ok = m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                                             "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                                             "PRAGMA cache_size = -32000;"));
    if (!ok)
        *error = m_db.errorMessage();
    return ok;
}

Cache::OpenResult Cache::open(const QString &path)
{
    close();
    OpenResult result;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool existed = QFile::exists(path) && QFileInfo(path).size() > 0;
    const bool unclean = existed && QFile::exists(markerPath(path));
    QString error;

    if (existed) {
        if (!openFile(path, false, &error)) {
            result.message = tr("The cache %1 cannot be opened: %2").arg(path, error);
            return result;
        }
        // Reading the header and the schema page is enough to recognise a file that is not a database.
        const qint64 version = m_db.queryInt(QStringLiteral("PRAGMA user_version"));
        const qint64 tables =
            version < 0 ? -1 : m_db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        bool corrupt = version < 0 || tables < 0;
        if (corrupt && !isCorruptionCode(m_db.errorCode())) {
            result.message = tr("The cache %1 cannot be read: %2").arg(path, m_db.errorMessage());
            m_db.close();
            return result;
        }
        if (!corrupt && version > Migrations::latestVersion()) {
            m_db.close();
            result.status = Status::TooNew;
            result.message = tr("The cache %1 was written by a newer version of Shop Inbox (format %2; this "
                                "version reads up to %3). It was left untouched. Update Shop Inbox, or use "
                                "another profile.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(Migrations::latestVersion());
            return result;
        }
        if (!corrupt && unclean) {
            SqliteStatement check = m_db.prepare(QStringLiteral("PRAGMA quick_check"));
            corrupt = !check.isValid() || !check.step() || check.text(0) != QLatin1String("ok");
            if (corrupt)
                qCWarning(lcStorage) << "quick_check failed:"
                                     << (check.isValid() ? check.text(0) : QString());
        }
        if (corrupt) {
            const QString aside = setAside(path);
            if (aside.isEmpty()) {
                result.message = tr("The cache %1 is damaged and could not be moved aside.").arg(path);
                return result;
            }
            result.status = Status::RebuiltAfterCorruption;
            result.setAsidePath = aside;
            result.message =
                tr("The local cache was damaged. It was moved to %1 and a new one is being built "
                   "from the server; nothing on the server was affected.")
                    .arg(aside);
        } else {
            result.status = Status::Opened;
        }
    } else {
        result.status = Status::Created;
    }

    if (!m_db.isOpen() && !openFile(path, true, &error)) {
        result = {};
        result.message = tr("The cache %1 cannot be created: %2").arg(path, error);
        return result;
    }
    if (!configure(&error) || !Migrations::migrate(m_db, &error)) {
        m_db.close();
        result = {};
        result.message = tr("The cache %1 cannot be prepared: %2").arg(path, error);
        return result;
    }
    m_path = path;
    createStores();
    QFile marker(markerPath(path));
    if (!marker.open(QIODevice::WriteOnly))
        qCWarning(lcStorage) << "cannot write" << marker.fileName();
    qCInfo(lcStorage) << "cache open:" << path << result.status;
    return result;
}

void Cache::createStores()
{
    m_conversations = std::make_unique<ConversationStore>(m_db);
    m_messages = std::make_unique<MessageStore>(m_db);
    m_customers = std::make_unique<CustomerStore>(m_db);
    m_carts = std::make_unique<CartStore>(m_db);
    m_orders = std::make_unique<OrderStore>(m_db);
    m_products = std::make_unique<ProductStore>(m_db);
    m_discounts = std::make_unique<DiscountStore>(m_db);
    m_staff = std::make_unique<StaffStore>(m_db);
    m_savedReplies = std::make_unique<SavedReplyStore>(m_db);
    m_outbox = std::make_unique<OutboxStore>(m_db);
    m_drafts = std::make_unique<DraftStore>(m_db);
    m_syncState = std::make_unique<SyncStateStore>(m_db);
}

void Cache::destroyStores()
{
    m_conversations.reset();
    m_messages.reset();
    m_customers.reset();
    m_carts.reset();
    m_orders.reset();
    m_products.reset();
    m_discounts.reset();
    m_staff.reset();
    m_drafts.reset();
    m_savedReplies.reset();
    m_outbox.reset();
    m_syncState.reset();
}

void Cache::close()
{
    if (!m_db.isOpen())
        return;
    destroyStores();
    m_db.exec(QStringLiteral("PRAGMA optimize"));
    m_db.close();
    QFile::remove(markerPath(m_path));
    m_path.clear();
}

void Cache::publish(const CacheChanges &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

} // namespace shopinbox
