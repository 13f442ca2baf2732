// The protocol, byte for byte: the demo shop seeded at a fixed time on SQLite, and every page of its initial
// sync (GET /api/v1/sync from 0, as the service answers it and the HTTP layer writes it), compared with the
// recorded pages in tests/fixtures/golden/demo-sync.jsonl. Refactoring the server or the codec (issue 15)
// must leave them equal; a deliberate protocol change records them again: SHOPINBOX_UPDATE_GOLDEN=1 writes
// the file, and the diff is reviewed with the change.
#include "demoseeder.h"
#include "httpapi.h"
#include "manualclock.h"
#include "serverdatabase.h"
#include "shopservice.h"
#include "tempdir.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace shopinbox;
using namespace shopinbox::server;

namespace {

const QString GoldenFile = QStringLiteral(SHOPINBOX_SOURCE_DIR "/tests/fixtures/golden/demo-sync.jsonl");

/** Every page of the demo shop's initial sync, seeded at @p now, as the bytes the server sends: one a line.
 */
QByteArray demoSyncPages(const QDateTime &now)
{
    TempDir dir;
    ServerDatabase db;
    EXPECT_TRUE(db.open(dir.file(QStringLiteral("shop.sqlite"))) && db.migrate())
        << db.errorMessage().toStdString();
    const test::ManualClock clock(now);
    ShopService service(db, clock, dir.file(QStringLiteral("media")));
    EXPECT_EQ(DemoSeeder::seedIfEmpty(service, DemoSeeder::defaultDataFile()), QString());
    const ServiceResult<SignedIn> login =
        service.staff().login({{QStringLiteral("email"), QStringLiteral("owner@demo.shop")},
                               {QStringLiteral("password"), QStringLiteral("demo-owner")}},
                              QHostAddress::LocalHost);
    EXPECT_TRUE(login.ok());
    const std::optional<StaffAccount> owner =
        login ? service.staff().authenticate(login->token) : std::nullopt;
    EXPECT_TRUE(owner);
    QByteArray pages;
    if (!owner)
        return pages;
    QString since = QStringLiteral("0");
    for (int guard = 0; guard < 100; ++guard) {
        const ServiceResult<SyncFrames> page = service.staff().sync(*owner, since, QStringLiteral("250"));
        EXPECT_TRUE(page.ok());
        if (!page)
            break;
        const QByteArray body = syncPageBody(page.value());
        pages += body + '\n';
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        if (!parsed.value(QStringLiteral("has_more")).toBool())
            break;
        since = QString::number(parsed.value(QStringLiteral("next_since")).toInteger());
    }
    return pages;
}

} // namespace

TEST(ProtocolGolden, TheDemoShopsInitialSyncIsByteForByteTheRecordedOne)
{
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    const QByteArray actual = demoSyncPages(now);
    ASSERT_GT(actual.count('\n'), 1) << "the demo shop takes several pages of 250 events";
    // The same seed twice gives the same bytes: nothing in it depends on the wall clock or chance.
    EXPECT_EQ(demoSyncPages(now), actual);

    if (qEnvironmentVariableIsSet("SHOPINBOX_UPDATE_GOLDEN")) {
        QFile out(GoldenFile);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(out.write(actual), actual.size());
        out.close(); // and compared below like any run
    }
    QFile golden(GoldenFile);
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly)) << "missing " << GoldenFile.toStdString();
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        // Where they part, for the failure message.
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        FAIL() << "the sync pages differ from the recorded ones at byte " << at
               << ":\n  recorded: " << expected.mid(std::max<qsizetype>(0, at - 80), 160).toStdString()
               << "\n  now:      " << actual.mid(std::max<qsizetype>(0, at - 80), 160).toStdString();
    }
}
