#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace shopinbox::server {

/**
 * @brief The server's database connection: SQLite (embedded default) or PostgreSQL (scale-out), same schema.
 *
 * SQL is written once for both; the few dialect differences (id columns, upsert of the event notifier) are
 * handled here. Several server processes may share one PostgreSQL database.
 */
class ServerDatabase
{
public:
    enum class Dialect { SQLite, PostgreSQL };

    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    /**
     * Opens @p url: `postgresql://user[:password]@host[:port]/dbname` or `sqlite:///path/file.sqlite` (or a
     * plain file path). False with errorMessage() when the database is unreachable or the URL malformed.
     */
    bool open(const QString &url);
    void close();
    /** Runs the numbered migrations not yet applied, each in its own transaction. */
    bool migrate();
    /** The migrations the last migrate() applied (empty when the schema was current). */
    QList<int> appliedMigrations() const { return m_applied; }
    /** The migration that gave staff their roles (issue 17). */
    static constexpr int RolesMigration = 6;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &db() { return m_db; }
    QString errorMessage() const { return m_error; }
    /** A description for logs with the password removed. */
    QString displayName() const { return m_displayName; }

    using Row = std::function<void(const QSqlQuery &)>;
    /**
     * Runs @p sql (prepared once and cached) with @p values bound in order and calls @p row for each result
     * row. False (error logged, errorMessage() set) when it fails.
     */
    bool run(const QString &sql, const QVariantList &values, const Row &row = {});

    /** A prepared query on this connection (cached by SQL text). */
    /**
     * A statement that returns no rows, @p values bound to its '?' in order. With direct writes on
     * (PostgreSQL), it is prepared once on the connection and executed through libpq with its values as
     * parameters: no statement text with every value spelled out for PostgreSQL to parse again (QtSql's
     * PostgreSQL driver sends `EXECUTE name(value, ...)`), which a 128-row insert pays per call. Else run().
     */
    bool write(const QString &sql, const QVariantList &values);
    /**
     * Turns write()'s libpq path on; only for a connection that does not LISTEN (libpq would buffer
     * notifications that QtSql's driver then does not see until its next statement).
     */
    void setDirectWrites(bool on) { m_directWrites = on; }

    QSqlQuery &prepare(const QString &sql);
    /** Executes @p query; logs and stores the error on failure. */
    bool exec(QSqlQuery &query);
    bool execSql(const QString &sql);
    /** Resets every cached query, so that none holds a statement open across COMMIT or ROLLBACK. */
    void finishAll();

    static int latestVersion();

    /// @name Losing the database (PostgreSQL restarted, network gone)
    ///@{
    /** A statement failed because the connection is gone: nothing works until reconnect() succeeds. */
    bool isLost() const { return m_lost; }
    /** How many times the connection was found lost (a request compares before and after). */
    quint64 lossCount() const { return m_lossCount; }
    /**
     * Opens the connection again with the same settings; the statement cache starts empty. At most one
     * attempt per backoff step (250 ms, doubling to 8 s) unless @p force. True when connected.
     */
    bool reconnect(bool force = false);
    ///@}

    /** The secret key @p name (32 random bytes, created on first use and kept); empty when the database
     * failed. */
    QByteArray secret(const QString &name);

private:
    void noteFailure(const QSqlError &error);
    bool configureSession();

    QSqlDatabase m_db;
    QString m_connectionName;
    Dialect m_dialect = Dialect::SQLite;
    QString m_error;
    QString m_displayName;
    QHash<QString, QSqlQuery> m_queries;
    QList<int> m_applied;
    QString m_url;
    bool m_lost = false;
    quint64 m_lossCount = 0;
    int m_backoffMs = 0;
    QElapsedTimer m_sinceAttempt;
    QSet<QString> m_broken; ///< SQL of cached statements that failed: prepared anew before their next use
    bool m_directWrites = false;
    QHash<QString, QByteArray>
        m_direct; ///< write()'s SQL -> name of its prepared statement on the connection
    int m_directCount = 0;
};

} // namespace shopinbox::server
