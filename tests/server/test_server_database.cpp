// ServerDatabase::write() on PostgreSQL with direct writes (libpq prepared statements with parameters, as the
// chat writer uses them): values arrive as bound, a refused statement writes nothing and keeps the
// connection, and a connection that went is noticed and comes back with its statements prepared anew.

#include "serverdatabase.h"
#include "serverfixture.h"
#include "servertransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <limits>

using namespace shopinbox::server;
using namespace servertest;

namespace {

class DirectWrites : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(PgDatabase::adminUrl().isEmpty()) << "SHOPINBOX_TEST_PG_ADMIN_URL is not set: run these "
                                                          "tests through ctest, which starts the cluster";
        QString error;
        pg = PgDatabase::create(PgDatabase::Content::Empty, &error);
        ASSERT_TRUE(pg) << error.toStdString();
        ASSERT_TRUE(db.open(pg->url())) << db.errorMessage().toStdString();
        ASSERT_EQ(db.dialect(), ServerDatabase::Dialect::PostgreSQL);
        db.setDirectWrites(true);
        ASSERT_TRUE(db.execSql(QStringLiteral(
            "CREATE TABLE samples(id BIGINT PRIMARY KEY, label TEXT, flag BOOLEAN, amount BIGINT)")));
    }

    struct Sample
    {
        qint64 id = 0;
        QVariant label;
        QVariant flag;
        QVariant amount;
    };
    QList<Sample> samples()
    {
        QList<Sample> rows;
        EXPECT_TRUE(db.run(QStringLiteral("SELECT id, label, flag, amount FROM samples ORDER BY id"), {},
                           [&](const QSqlQuery &q) {
                               rows.append({q.value(0).toLongLong(), q.value(1), q.value(2), q.value(3)});
                           }));
        return rows;
    }

    /** Statements write() prepared on this connection (QtSql's own are named qpsqlpstmt_*). */
    int directStatements()
    {
        int count = -1;
        EXPECT_TRUE(db.run(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE "
                                          "'shopinbox\\_w%'"),
                           {}, [&](const QSqlQuery &q) { count = q.value(0).toInt(); }));
        return count;
    }

    static inline const QString Insert = QStringLiteral("INSERT INTO samples(id, label, flag, amount) VALUES "
                                                        "(?, ?, ?, ?), (?, ?, ?, ?)");
    std::unique_ptr<PgDatabase> pg;
    ServerDatabase db;
};

TEST_F(DirectWrites, EveryStatementIsPlannedWithItsValues)
{
    // Not a generic plan made while a table was empty (a sequential scan kept at 100,000 rows: issue 16).
    QString mode;
    ASSERT_TRUE(db.run(QStringLiteral("SELECT current_setting('plan_cache_mode')"), {},
                       [&](const QSqlQuery &q) { mode = q.value(0).toString(); }));
    EXPECT_EQ(mode, QStringLiteral("force_custom_plan"));
}

TEST_F(DirectWrites, ValuesArriveAsBoundNullsBooleansLongTextAndTheExtremes)
{
    const QString text =
        QStringLiteral("Gr\u00fc\u00dfe \U0001F44B \u05E9\u05DC\u05D5\u05DD 'quoted' \\back\\ "
                       "$1 ? %s\nsecond line") +
        QString(5000, QLatin1Char('x'));
    ASSERT_TRUE(db.write(Insert, {1, text, true, std::numeric_limits<qint64>::max(), 2, QVariant(), false,
                                  std::numeric_limits<qint64>::min()}))
        << db.errorMessage().toStdString();
    // The same statement again: prepared once, executed with new values.
    ASSERT_TRUE(db.write(Insert, {3, QStringLiteral(""), QVariant(), 0, 4, QStringLiteral("?"), true, -1}));
    EXPECT_EQ(directStatements(), 1); // through libpq, not QtSql

    const QList<Sample> rows = samples();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).label.toString(), text);
    EXPECT_TRUE(rows.at(0).flag.toBool());
    EXPECT_EQ(rows.at(0).amount.toLongLong(), std::numeric_limits<qint64>::max());
    EXPECT_TRUE(rows.at(1).label.isNull());
    EXPECT_FALSE(rows.at(1).flag.toBool());
    EXPECT_FALSE(rows.at(1).flag.isNull());
    EXPECT_EQ(rows.at(1).amount.toLongLong(), std::numeric_limits<qint64>::min());
    EXPECT_TRUE(rows.at(2).label.toString().isEmpty());
    EXPECT_FALSE(rows.at(2).label.isNull()); // an empty string is not NULL
    EXPECT_TRUE(rows.at(2).flag.isNull());
    EXPECT_EQ(rows.at(3).label.toString(), QStringLiteral("?"));
}

TEST_F(DirectWrites, ARefusedWriteInATransactionLeavesNothingAndTheConnectionStays)
{
    ASSERT_TRUE(
        db.write(Insert, {1, QStringLiteral("first"), true, 1, 2, QStringLiteral("second"), true, 2}));
    {
        ServerTransaction tx(db);
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(db.write(Insert, {10, QStringLiteral("in"), true, 1, 11, QStringLiteral("in"), true, 1}));
        // id 2 exists: the whole statement, and with it the transaction, is refused.
        EXPECT_FALSE(
            db.write(Insert, {12, QStringLiteral("dup"), true, 1, 2, QStringLiteral("dup"), true, 1}));
        EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("samples_pkey")))
            << db.errorMessage().toStdString();
        EXPECT_FALSE(db.isLost()); // a refusal is not a lost connection
    }                              // rolled back
    const QList<Sample> rows = samples();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).label.toString(), QStringLiteral("second"));
    // The statement stays prepared and usable.
    EXPECT_TRUE(
        db.write(Insert, {5, QStringLiteral("after"), false, 5, 6, QStringLiteral("after"), false, 6}));
    EXPECT_EQ(samples().size(), 4);
}

TEST_F(DirectWrites, AConnectionThatWentIsNoticedAndItsStatementsArePreparedAgainAfterReconnecting)
{
    ASSERT_TRUE(db.write(Insert, {1, QStringLiteral("a"), true, 1, 2, QStringLiteral("b"), true, 2}));
    // The backend of this connection is ended from another one (what a PostgreSQL restart does to it).
    qint64 backend = 0;
    ASSERT_TRUE(db.run(QStringLiteral("SELECT pg_backend_pid()"), {},
                       [&](const QSqlQuery &q) { backend = q.value(0).toLongLong(); }));
    ServerDatabase admin;
    ASSERT_TRUE(admin.open(pg->url()));
    bool ended = false;
    ASSERT_TRUE(admin.run(QStringLiteral("SELECT pg_terminate_backend(?)"), {backend},
                          [&](const QSqlQuery &q) { ended = q.value(0).toBool(); }));
    ASSERT_TRUE(ended);

    EXPECT_FALSE(db.write(Insert, {3, QStringLiteral("c"), true, 3, 4, QStringLiteral("d"), true, 4}));
    EXPECT_TRUE(db.isLost());
    ASSERT_TRUE(db.reconnect(true)) << db.errorMessage().toStdString();
    // A new backend knows none of the old one's prepared statements: write() prepares them again.
    EXPECT_TRUE(db.write(Insert, {3, QStringLiteral("c"), true, 3, 4, QStringLiteral("d"), true, 4}))
        << db.errorMessage().toStdString();
    EXPECT_EQ(directStatements(), 1);
    EXPECT_EQ(samples().size(), 4);
    QString mode; // the new session is set up like the first
    ASSERT_TRUE(db.run(QStringLiteral("SELECT current_setting('plan_cache_mode')"), {},
                       [&](const QSqlQuery &q) { mode = q.value(0).toString(); }));
    EXPECT_EQ(mode, QStringLiteral("force_custom_plan"));
}

} // namespace
