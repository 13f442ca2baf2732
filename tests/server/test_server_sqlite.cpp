// What only holds for the embedded SQLite database (registered for SQLite only): the server is the
// database's only process, so a restart resets presence; and the database files are its own (0600 in a 0700
// directory). PostgreSQL keeps its files in its cluster, and its presence belongs to several processes.
#include "serverfixture.h"

#include "serverdatabase.h"
#include "shopservice.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace servertest;
using namespace shopinbox;

namespace {

class SqliteServer : public ServerFixture
{
};

TEST_F(SqliteServer, CustomersACrashLeftOnlineAreOfflineAfterARestart)
{
    const QString token = http.login();
    // As a crash leaves them: marked online, no socket anywhere.
    server::ServerDatabase &db = runner().service()->context().database();
    ASSERT_TRUE(db.execSql(QStringLiteral("UPDATE customers SET online = TRUE")));
    restartServer();
    const QString after = http.login();
    const QList<ServerEvent> events = http.syncAll(after);
    QSet<qint64> offline;
    for (const ServerEvent &event : events) {
        if (event.type == QLatin1String("presence.changed") &&
            !event.data.value(QStringLiteral("online")).toBool())
            offline.insert(event.data.value(QStringLiteral("customer_id")).toInteger());
    }
    const qsizetype customers = demoData().value(QStringLiteral("customers")).toArray().size();
    EXPECT_GE(offline.size(), customers);
    QSqlQuery count(runner().service()->context().database().db());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT COUNT(*) FROM customers WHERE online")));
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}

TEST_F(SqliteServer, TheDataDirectoryAndTheDatabaseAreTheServersOnly)
{
    const QString dir = options().dataDirectory;
    EXPECT_EQ(QFileInfo(dir).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                   QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
              QFileDevice::Permissions());
    for (const QString &file : {QStringLiteral("shop.sqlite"), QStringLiteral("shop.sqlite-wal")}) {
        const QFileInfo info(QDir(dir).filePath(file));
        ASSERT_TRUE(info.exists()) << file.toStdString();
        EXPECT_EQ(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                  QFileDevice::Permissions())
            << file.toStdString();
    }
}

} // namespace
