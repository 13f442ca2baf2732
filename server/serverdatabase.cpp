#include "serverdatabase.h"

#include "serverlog.h"
#include "servertransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <QUuid>
#include <libpq-fe.h>

#include <array>
#include <cstring>

namespace shopinbox::server {

namespace {

// One schema for SQLite and PostgreSQL: BIGINT ids allocated from `counters` (no AUTOINCREMENT/SERIAL),
// BOOLEAN, TEXT (JSON documents as text), times as BIGINT milliseconds since the epoch, UTC.
constexpr const char *Step1 = R"sql(
CREATE TABLE counters(name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters(name, value) VALUES ('ids', 1000);
CREATE TABLE shops(
  id BIGINT PRIMARY KEY, name TEXT NOT NULL, currency TEXT NOT NULL, time_zone TEXT NOT NULL,
  admin_url TEXT NOT NULL DEFAULT '', storefront_url TEXT NOT NULL DEFAULT '',
  last_seq BIGINT NOT NULL DEFAULT 0, settings TEXT NOT NULL DEFAULT '{}');
CREATE TABLE staff(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id), name TEXT NOT NULL,
  email TEXT NOT NULL, password_hash TEXT NOT NULL, chat_permission BOOLEAN NOT NULL);
CREATE UNIQUE INDEX staff_by_email ON staff(email);
CREATE TABLE tokens(
  token_hash TEXT PRIMARY KEY, staff_id BIGINT NOT NULL REFERENCES staff(id), shop_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL, revoked_at BIGINT);
CREATE TABLE customers(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id), name TEXT, visitor_name TEXT NOT NULL,
  email TEXT, email_lower TEXT, phone TEXT, location TEXT, time_zone TEXT, customer_since BIGINT,
  lifetime_spend BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL, order_count INTEGER NOT NULL DEFAULT 0,
  email_marketing BOOLEAN NOT NULL DEFAULT FALSE, sms_marketing BOOLEAN NOT NULL DEFAULT FALSE,
  note TEXT, note_updated_at BIGINT, online BOOLEAN NOT NULL DEFAULT FALSE);
CREATE UNIQUE INDEX customers_by_email ON customers(shop_id, email_lower);
CREATE UNIQUE INDEX customers_by_visitor_name ON customers(shop_id, visitor_name);
CREATE TABLE conversations(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id),
  customer_id BIGINT NOT NULL REFERENCES customers(id), status TEXT NOT NULL, unread BOOLEAN NOT NULL,
  assignee_id BIGINT REFERENCES staff(id), topics TEXT NOT NULL DEFAULT '[]', platform TEXT NOT NULL,
  started_at BIGINT NOT NULL, last_activity_at BIGINT NOT NULL);
CREATE INDEX conversations_by_customer ON conversations(customer_id, last_activity_at);
CREATE TABLE messages(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id),
  conversation_id BIGINT NOT NULL REFERENCES conversations(id), client_id TEXT, kind TEXT NOT NULL,
  author TEXT NOT NULL, staff_id BIGINT, body TEXT NOT NULL, payload TEXT NOT NULL DEFAULT '{}',
  created_at BIGINT NOT NULL, delivery TEXT NOT NULL, failure_reason TEXT);
CREATE UNIQUE INDEX messages_by_client_id ON messages(shop_id, client_id);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE TABLE products(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id), title TEXT NOT NULL, image_url TEXT,
  url TEXT, published BOOLEAN NOT NULL, document TEXT NOT NULL);
CREATE TABLE discounts(
  shop_id BIGINT NOT NULL REFERENCES shops(id), code TEXT NOT NULL, summary TEXT NOT NULL,
  active BOOLEAN NOT NULL, PRIMARY KEY (shop_id, code));
CREATE TABLE carts(
  customer_id BIGINT PRIMARY KEY REFERENCES customers(id), shop_id BIGINT NOT NULL, document TEXT NOT NULL,
  discount_code TEXT, updated_at BIGINT NOT NULL);
CREATE TABLE orders(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id), number TEXT NOT NULL,
  customer_id BIGINT NOT NULL REFERENCES customers(id), placed_at BIGINT NOT NULL, total BIGINT NOT NULL,
  currency TEXT NOT NULL, financial_status TEXT NOT NULL, fulfillment_status TEXT NOT NULL,
  open BOOLEAN NOT NULL, tracking_url TEXT, status_page_url TEXT);
CREATE INDEX orders_by_customer ON orders(customer_id, placed_at);
CREATE UNIQUE INDEX orders_by_number ON orders(shop_id, number);
CREATE TABLE events(
  shop_id BIGINT NOT NULL REFERENCES shops(id), seq BIGINT NOT NULL, type TEXT NOT NULL, at BIGINT NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (shop_id, seq));
CREATE TABLE storefront_sessions(
  token_hash TEXT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id),
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  conversation_id BIGINT NOT NULL REFERENCES conversations(id), created_at BIGINT NOT NULL);
CREATE TABLE media(
  id TEXT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id), content_type TEXT NOT NULL,
  size BIGINT NOT NULL, created_at BIGINT NOT NULL);
)sql";

// Ids on PostgreSQL come from a sequence (see EventLog::nextId); SQLite keeps using `counters`. The
// sequence starts far above the counter so the two never meet.
constexpr const char *Step2 = R"sql(
-- postgresql-only
CREATE SEQUENCE shopinbox_ids START WITH 100000000;
)sql";

// A storefront session that resumed an existing customer by e-mail sees the conversation from then on.
constexpr const char *Step3 = R"sql(
ALTER TABLE storefront_sessions ADD COLUMN history_from BIGINT NOT NULL DEFAULT 0;
)sql";

// Saved replies: short texts staff insert with "/shortcut". The shortcut is unique per shop; client_id
// (nullable: several NULLs do not collide) makes a retried create idempotent.
constexpr const char *Step4 = R"sql(
CREATE TABLE saved_replies(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id), shortcut TEXT NOT NULL,
  text TEXT NOT NULL, updated_at BIGINT NOT NULL, client_id TEXT);
CREATE UNIQUE INDEX saved_replies_by_shortcut ON saved_replies(shop_id, shortcut);
CREATE UNIQUE INDEX saved_replies_by_client_id ON saved_replies(shop_id, client_id);
)sql";

// Outgoing mail: one row per notification mail, kept after it was sent or given up (status "pending",
// "sent" or "failed"). locked_until claims a row while one server process is sending it. server_secrets
// holds keys generated on first use (the HMAC key of reply addresses), shared by every server process.
constexpr const char *Step5 = R"sql(
CREATE TABLE email_queue(
  id BIGINT PRIMARY KEY, shop_id BIGINT NOT NULL REFERENCES shops(id),
  message_id BIGINT NOT NULL REFERENCES messages(id), sender TEXT NOT NULL, recipient TEXT NOT NULL,
  content TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL, locked_until BIGINT NOT NULL DEFAULT 0, last_error TEXT,
  created_at BIGINT NOT NULL, sent_at BIGINT);
CREATE INDEX email_queue_due ON email_queue(status, next_attempt_at);
CREATE TABLE server_secrets(name TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

// Who may do what (issue 17): permissions beyond chat, the owner, deactivated staff, invited staff who must
// choose their own password; tokens that expire after inactivity and are listed per device; storefront
// sessions that expire a week after their last use. The first staff member of a shop that existed before
// is its owner.
constexpr const char *Step6 = R"sql(
ALTER TABLE staff ADD COLUMN manage_shop_permission BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff ADD COLUMN owner BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE staff ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE staff SET owner = TRUE WHERE id IN (SELECT MIN(id) FROM staff GROUP BY shop_id);
ALTER TABLE tokens ADD COLUMN last_used_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tokens ADD COLUMN device TEXT NOT NULL DEFAULT '';
UPDATE tokens SET last_used_at = created_at;
ALTER TABLE storefront_sessions ADD COLUMN last_used_at BIGINT NOT NULL DEFAULT 0;
UPDATE storefront_sessions SET last_used_at = created_at;
)sql";

// Customers' identity (issue 17): a session that named an existing customer by e-mail alone is "linked"
// (its own conversation, no rename, no cart). Rate limits shared by every server process: one row per key
// and window.
constexpr const char *Step7 = R"sql(
ALTER TABLE storefront_sessions ADD COLUMN linked BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE storefront_sessions SET linked = TRUE WHERE history_from > 0;
CREATE TABLE rate_limits(key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, hits INTEGER NOT NULL);
)sql";

// Presence per server process (issue 17): a customer is online while some process holds a chat socket of
// theirs; each process holds a lease, and the rows of a process whose lease ran out (it crashed) are swept.
constexpr const char *Step8 = R"sql(
CREATE TABLE server_processes(id TEXT PRIMARY KEY, lease_until BIGINT NOT NULL);
CREATE TABLE presence(
  shop_id BIGINT NOT NULL, customer_id BIGINT NOT NULL REFERENCES customers(id), process_id TEXT NOT NULL,
  PRIMARY KEY (customer_id, process_id));
CREATE INDEX presence_by_process ON presence(process_id);
)sql";

// A customer proves their address (issue 17): a code mailed to it (stored as a hash, with its expiry and the
// wrong tries), after which the session joins the customer's conversation; the conversation it had while
// linked stays in its view (merged_conversation_id).
constexpr const char *Step9 = R"sql(
ALTER TABLE storefront_sessions ADD COLUMN merged_conversation_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE storefront_sessions ADD COLUMN code_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE storefront_sessions ADD COLUMN code_expires_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE storefront_sessions ADD COLUMN code_attempts INTEGER NOT NULL DEFAULT 0;
)sql";

// Every chat message updates its conversation's last_activity_at (issue 16: 5,000 messages/s). With that
// column out of every index, and room left on each page on PostgreSQL, the update is HOT: no new index
// entries, no index bloat that lookups by id must wade through. A customer has few conversations, so the
// newest of them is sorted from the customer's rows.
constexpr const char *Step10 = R"sql(
DROP INDEX conversations_by_customer;
CREATE INDEX conversations_by_customer ON conversations(customer_id);
)sql";

constexpr const char *Step11 = R"sql(
-- postgresql-only
ALTER TABLE conversations SET (fillfactor = 70);
)sql";

constexpr std::array<const char *, 11> Steps{Step1, Step2, Step3, Step4,  Step5, Step6,
                                             Step7, Step8, Step9, Step10, Step11};

QString redacted(QUrl url)
{
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

} // namespace

ServerDatabase::ServerDatabase()
    : m_connectionName(QStringLiteral("shopinbox-server-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerDatabase::~ServerDatabase()
{
    close();
}

int ServerDatabase::latestVersion()
{
    return static_cast<int>(Steps.size());
}

bool ServerDatabase::open(const QString &url)
{
    close();
    m_url = url;
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        const QString name = parsed.path().mid(1);
        if (!parsed.isValid() || parsed.host().isEmpty() || name.isEmpty() ||
            name.contains(QLatin1Char('/'))) {
            m_error =
                QStringLiteral("malformed PostgreSQL URL %1: expected postgresql://user@host:port/dbname")
                    .arg(redacted(parsed));
            return false;
        }
        m_dialect = Dialect::PostgreSQL;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(parsed.host());
        m_db.setPort(parsed.port(5432));
        m_db.setDatabaseName(name);
        m_db.setUserName(parsed.userName());
        m_db.setPassword(parsed.password());
        m_db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        m_displayName = redacted(parsed);
    } else {
        QString path = url;
        if (scheme == QLatin1String("sqlite"))
            path = parsed.path();
        else if (!scheme.isEmpty() && scheme.size() > 1) {
            m_error =
                QStringLiteral("unsupported database URL scheme \"%1\" (use postgresql:// or sqlite://)")
                    .arg(scheme);
            return false;
        }
        if (path.isEmpty()) {
            m_error = QStringLiteral("empty SQLite database path");
            return false;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Password hashes and every customer's data: readable by the server's user only. SQLite gives the
        // -wal and -shm files the mode of the database file.
        if (!QFileInfo::exists(path)) {
            QFile create(path);
            if (create.open(QIODevice::WriteOnly))
                create.close();
        }
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFileInfo::exists(file))
                QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        m_dialect = Dialect::SQLite;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_displayName = path;
    }
    if (!m_db.isValid()) {
        m_error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(m_displayName);
        return false;
    }
    if (!m_db.open()) {
        m_error =
            QStringLiteral("cannot open the database %1: %2").arg(m_displayName, m_db.lastError().text());
        return false;
    }
    if (m_dialect == Dialect::SQLite) {
        execSql(QStringLiteral("PRAGMA journal_mode = WAL"));
        execSql(QStringLiteral("PRAGMA synchronous = NORMAL"));
        execSql(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (!configureSession()) {
        m_error = QStringLiteral("cannot set up the session on %1: %2").arg(m_displayName, m_error);
        return false;
    }
    qCInfo(lcServerDb) << "database open:" << m_displayName;
    return true;
}

void ServerDatabase::close()
{
    m_queries.clear();
    m_broken.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ServerDatabase::configureSession()
{
    if (m_dialect != Dialect::PostgreSQL)
        return true;
    // Every statement planned with its values and the statistics of the moment: a statement prepared while
    // a table was nearly empty must not keep a sequential scan once the table holds 100,000 rows (the
    // generic plan PostgreSQL may switch to after five executions did exactly that: issue 16).
    return execSql(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
}

bool ServerDatabase::execSql(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        noteFailure(query.lastError());
        qCWarning(lcServerDb) << "SQL failed:" << sql.left(100) << m_error;
        return false;
    }
    return true;
}

QSqlQuery &ServerDatabase::prepare(const QString &sql)
{
    auto it = m_queries.find(sql);
    // A statement that failed is not trusted again: prepared anew, with nothing bound from before (on
    // PostgreSQL it may have been prepared inside a transaction that was already aborted).
    if (it != m_queries.end() && m_broken.remove(sql)) {
        m_queries.erase(it);
        it = m_queries.end();
    }
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            qCWarning(lcServerDb) << "cannot prepare" << sql.left(100) << query.lastError().text();
            m_broken.insert(sql);
        }
        it = m_queries.insert(sql, query);
    }
    it->finish();
    return *it;
}

namespace {

/** "?" marks as PostgreSQL's $1, $2, ... (write()'s statements have no '?' inside literals; in UTF-8 no
 *  byte of another character is '?'). */
QByteArray numberedMarks(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size() * 5 / 4);
    int mark = 0;
    for (const char c : text) {
        if (c == '?')
            out += '$' + QByteArray::number(++mark);
        else
            out += c;
    }
    return out;
}

PGconn *pgConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // QtSql's PostgreSQL driver names the type after libpq's typedef or after its struct.
    if (!handle.isValid() || handle.typeName() == nullptr ||
        (std::strcmp(handle.typeName(), "PGconn*") != 0 && std::strcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

bool ServerDatabase::write(const QString &sql, const QVariantList &values)
{
    PGconn *connection =
        m_directWrites && m_dialect == Dialect::PostgreSQL && !m_lost ? pgConnection(m_db) : nullptr;
    if (connection == nullptr)
        return run(sql, values);
    const auto failed = [&](PGresult *result) {
        const char *state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        m_error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQclear(result);
        noteFailure(QSqlError(QString(), m_error, QSqlError::StatementError,
                              state != nullptr ? QString::fromLatin1(state) : QString()));
        qCWarning(lcServerDb) << "SQL failed:" << sql.left(100) << m_error;
        return false;
    };
    auto name = m_direct.constFind(sql);
    if (name == m_direct.cend()) {
        const QByteArray fresh = "shopinbox_w" + QByteArray::number(++m_directCount);
        PGresult *prepared = PQprepare(connection, fresh.constData(), numberedMarks(sql).constData(),
                                       static_cast<int>(values.size()), nullptr);
        if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
            return failed(prepared);
        PQclear(prepared);
        name = m_direct.insert(sql, fresh);
    }
    QList<QByteArray> texts(values.size());
    std::vector<const char *> parameters(static_cast<size_t>(values.size()), nullptr);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull())
            continue;
        texts[i] = value.typeId() == QMetaType::Bool ? QByteArray(value.toBool() ? "t" : "f")
                                                     : value.toString().toUtf8();
        parameters[static_cast<size_t>(i)] = texts.at(i).constData();
    }
    PGresult *result = PQexecPrepared(connection, name->constData(), static_cast<int>(values.size()),
                                      parameters.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        return failed(result);
    PQclear(result);
    return true;
}

bool ServerDatabase::run(const QString &sql, const QVariantList &values, const Row &row)
{
    QSqlQuery &query = prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!exec(query))
        return false;
    if (row) {
        while (query.next())
            row(query);
    }
    query.finish();
    return true;
}

void ServerDatabase::finishAll()
{
    for (QSqlQuery &query : m_queries)
        query.finish();
}

bool ServerDatabase::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        m_error = query.lastError().text();
        noteFailure(query.lastError());
        if (m_queries.contains(query.lastQuery()))
            m_broken.insert(query.lastQuery());
        qCWarning(lcServerDb) << "SQL failed:" << query.lastQuery().left(100) << m_error;
        return false;
    }
    return true;
}

void ServerDatabase::noteFailure(const QSqlError &error)
{
    if (m_dialect != Dialect::PostgreSQL || m_lost)
        return;
    // A lost connection has no SQLSTATE (libpq: "server closed the connection unexpectedly", "no connection
    // to the server") or one of class 08 (connection exception) or 57P (operator intervention: the server
    // shuts down).
    const QString state = error.nativeErrorCode();
    const bool lost =
        state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
    if (!lost)
        return;
    m_lost = true;
    ++m_lossCount;
    m_backoffMs = 0;
    qCWarning(lcServerDb) << "the database connection is lost:" << error.text();
}

bool ServerDatabase::reconnect(bool force)
{
    if (!m_lost)
        return true;
    if (!force && m_sinceAttempt.isValid() && m_sinceAttempt.elapsed() < m_backoffMs)
        return false;
    m_sinceAttempt.start();
    m_backoffMs = qBound(250, m_backoffMs * 2, 8000);
    m_queries.clear();
    m_broken.clear();
    m_direct.clear(); // prepared on the connection that went
    m_db.close();
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        qCInfo(lcServerDb) << "the database is still unreachable; next attempt in" << m_backoffMs << "ms";
        return false;
    }
    m_lost = false;
    if (!configureSession())
        return false;
    qCInfo(lcServerDb) << "the database connection is back:" << m_displayName;
    return true;
}

QByteArray ServerDatabase::secret(const QString &name)
{
    const auto read = [&]() {
        QByteArray value;
        run(QStringLiteral("SELECT value FROM server_secrets WHERE name = ?"), {name},
            [&](const QSqlQuery &q) { value = QByteArray::fromHex(q.value(0).toString().toLatin1()); });
        return value;
    };
    QByteArray value = read();
    if (!value.isEmpty())
        return value;
    QByteArray fresh(32, Qt::Uninitialized);
    for (qsizetype i = 0; i < fresh.size(); i += 4) {
        const quint32 word = QRandomGenerator::system()->generate();
        std::memcpy(fresh.data() + i, &word, sizeof word);
    }
    // Another process may insert first: then its key wins (the insert fails and the read finds it).
    if (!run(QStringLiteral("INSERT INTO server_secrets(name, value) VALUES (?, ?)"),
             {name, QString::fromLatin1(fresh.toHex())}))
        qCInfo(lcServerDb) << "secret" << name << "was created concurrently";
    return read();
}

bool ServerDatabase::migrate()
{
    m_applied.clear();
    {
        // Concurrent CREATE TABLE IF NOT EXISTS can fail in PostgreSQL (duplicate pg_type key): one at a
        // time.
        ServerTransaction tx(*this);
        if (!tx.isActive())
            return false;
        if (m_dialect == Dialect::PostgreSQL &&
            !execSql(QStringLiteral("SELECT pg_advisory_xact_lock(7420261124001)")))
            return false;
        if (!execSql(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY)")) ||
            !tx.commit())
            return false;
    }
    // Two processes starting together on one PostgreSQL database must not both migrate.
    for (int version = 1; version <= latestVersion(); ++version) {
        ServerTransaction tx(*this);
        if (!tx.isActive())
            return false;
        if (m_dialect == Dialect::PostgreSQL &&
            !execSql(QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE")))
            return false;
        QSqlQuery done(m_db);
        done.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        done.addBindValue(version);
        if (!exec(done))
            return false;
        if (done.next())
            continue;
        const QString step = QString::fromUtf8(Steps[static_cast<size_t>(version - 1)]);
        const bool postgresOnly = step.contains(QLatin1String("-- postgresql-only"));
        const QStringList statements = postgresOnly && m_dialect != Dialect::PostgreSQL
                                           ? QStringList()
                                           : step.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!execSql(statement)) {
                m_error = QStringLiteral("migration %1 failed: %2").arg(version).arg(m_error);
                return false;
            }
        }
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations(version) VALUES (?)"));
        record.addBindValue(version);
        if (!exec(record) || !tx.commit()) {
            m_error = QStringLiteral("migration %1 failed to commit: %2").arg(version).arg(m_error);
            return false;
        }
        qCInfo(lcServerDb) << "database migrated to version" << version;
        m_applied.append(version);
    }
    return true;
}

} // namespace shopinbox::server
