// The application's life cycle against the real server: two shops signed in, the last one used opens, the
// File menu switches between them, close-to-tray hides instead of closing, and signing out revokes the token,
// removes the cache and opens the other shop.
#include "api/apiclient.h"
#include "appcontroller.h"
#include "demoshopfixture.h"
#include "mainwindow.h"
#include "notifier.h"
#include "preferences.h"
#include "storage/cache.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QFileInfo>
#include <QListView>
#include <QMenu>
#include <QMenuBar>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

class AppControllerTest : public testsupport::DemoShopFixture
{
protected:
    QAction *switchAction(MainWindow *window, const QString &email)
    {
        for (QMenu *menu : window->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->isCheckable() && action->text().endsWith(email))
                    return action;
            }
        }
        return nullptr;
    }
};

TEST_F(AppControllerTest, SwitchesBetweenShopsAndReopensTheLastOne)
{
    ASSERT_TRUE(signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner")));
    ASSERT_TRUE(signIn(QStringLiteral("agent@demo.shop"), QStringLiteral("demo-agent")));
    QString other;
    {
        AppController controller(*m_accounts, m_credentials, *m_settings, m_clientDir.path(), &m_network,
                                 false);
        controller.start();
        ASSERT_TRUE(waitFor([&] { return controller.session() != nullptr; }));
        // With no shop used yet, the first configured one opens.
        const QString first = controller.session()->account().email;
        EXPECT_EQ(first, m_accounts->accounts().constFirst().email);
        other = first == QStringLiteral("owner@demo.shop") ? QStringLiteral("agent@demo.shop")
                                                           : QStringLiteral("owner@demo.shop");
        ASSERT_TRUE(
            waitFor([&] { return controller.session()->sync().state() == SyncEngine::State::Online; }));

        // The File menu lists both, the open one checked; choosing the other switches.
        QAction *current = switchAction(controller.window(), first);
        QAction *next = switchAction(controller.window(), other);
        ASSERT_TRUE(current && next);
        EXPECT_TRUE(current->isChecked());
        EXPECT_FALSE(next->isChecked());
        const QString firstCache = controller.session()->cache().path();
        next->trigger();
        ASSERT_TRUE(
            waitFor([&] { return controller.session() && controller.session()->account().email == other; }));
        EXPECT_NE(controller.session()->cache().path(), firstCache);
        EXPECT_TRUE(controller.window()->isVisible());
        EXPECT_TRUE(controller.window()->windowTitle().contains(QStringLiteral("Maple & Moss")))
            << controller.window()->windowTitle().toStdString();
        EXPECT_TRUE(switchAction(controller.window(), other)->isChecked());
        // The menu shows the name as written ("&&" is a literal ampersand, not a mnemonic).
        EXPECT_TRUE(
            switchAction(controller.window(), other)->text().startsWith(QStringLiteral("Maple && Moss")))
            << switchAction(controller.window(), other)->text().toStdString();
        EXPECT_FALSE(controller.window()->windowTitle().startsWith(QStringLiteral("Shop Inbox")))
            << "the application name is added by Qt; the title must not repeat it";
        ASSERT_TRUE(
            waitFor([&] { return controller.session()->sync().state() == SyncEngine::State::Online; }));
    }
    // The next start opens the shop used last.
    AppController again(*m_accounts, m_credentials, *m_settings, m_clientDir.path(), &m_network, false);
    again.start();
    ASSERT_TRUE(waitFor([&] { return again.session() != nullptr; }));
    EXPECT_EQ(again.session()->account().email, other);
}

TEST_F(AppControllerTest, SigningOutRevokesRemovesTheCacheAndOpensTheOtherShop)
{
    const auto owner = signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
    ASSERT_TRUE(owner);
    ASSERT_TRUE(signIn(QStringLiteral("agent@demo.shop"), QStringLiteral("demo-agent")));
    m_settings->setValue(QStringLiteral("accounts/last"), owner->account.credentialKey());
    AppController controller(*m_accounts, m_credentials, *m_settings, m_clientDir.path(), &m_network, false);
    controller.start();
    ASSERT_TRUE(waitFor([&] { return controller.session() != nullptr; }));
    ASSERT_EQ(controller.session()->account().email, QStringLiteral("owner@demo.shop"));
    ASSERT_TRUE(waitFor([&] { return controller.session()->sync().state() == SyncEngine::State::Online; }));
    const QString cache = controller.session()->cache().path();
    ASSERT_TRUE(QFileInfo::exists(cache));

    controller.signOut();
    ASSERT_TRUE(waitFor([&] {
        return controller.session() &&
               controller.session()->account().email == QStringLiteral("agent@demo.shop");
    }));
    EXPECT_FALSE(QFileInfo::exists(cache));
    EXPECT_FALSE(QFileInfo::exists(cache + QStringLiteral("-wal")));
    ASSERT_EQ(m_accounts->accounts().size(), 1);
    EXPECT_EQ(m_accounts->accounts().constFirst().email, QStringLiteral("agent@demo.shop"));
    // The old token no longer works on the server.
    ApiClient api(&m_network);
    api.setBaseUrl(m_server.url());
    api.setToken(owner->token);
    std::optional<ApiResponse> response;
    api.get(QStringLiteral("/api/v1/settings"), {}, [&](const ApiResponse &r) { response = r; });
    ASSERT_TRUE(waitFor([&] { return response.has_value(); }));
    EXPECT_EQ(response->status, 401);

    // Signing out of the last shop ends the application (here: cancelled, nothing left to open).
    bool cancelled = false;
    QObject::connect(&controller, &AppController::cancelled, [&] { cancelled = true; });
    controller.signOut();
    ASSERT_TRUE(waitFor([&] { return cancelled; }));
    EXPECT_EQ(controller.session(), nullptr);
    EXPECT_TRUE(m_accounts->accounts().isEmpty());
}

TEST_F(AppControllerTest, CloseToTrayHidesTheWindowAndNotificationsCanBeTurnedOff)
{
    ASSERT_TRUE(signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner")));
    Preferences(m_settings.get()).setCloseToTray(true);
    Preferences(m_settings.get()).setNotifications(false);
    AppController controller(*m_accounts, m_credentials, *m_settings, m_clientDir.path(), &m_network, false);
    controller.start();
    ASSERT_TRUE(waitFor([&] { return controller.session() != nullptr; }));
    EXPECT_FALSE(controller.notifier()->isEnabled());
    MainWindow *window = controller.window();
    // Offscreen has no tray: closing closes.
    EXPECT_FALSE(controller.notifier()->hasTray());
    window->setTrayAvailable(true); // as with a tray host
    EXPECT_FALSE(window->close());
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(controller.window(), window); // still running, still syncing
    window->setTrayAvailable(false);
    window->show();
    EXPECT_TRUE(window->close());
}

TEST_F(AppControllerTest, ARevokedSignInIsReportedAndTheCacheStaysOpen)
{
    const auto owner = signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
    ASSERT_TRUE(owner);
    AppController controller(*m_accounts, m_credentials, *m_settings, m_clientDir.path(), &m_network, false);
    std::optional<QString> expired;
    QObject::connect(&controller, &AppController::signInExpired,
                     [&](const QString &message) { expired = message; });
    controller.start();
    ASSERT_TRUE(waitFor([&] { return controller.session() != nullptr; }));
    ASSERT_TRUE(waitFor([&] { return controller.session()->sync().state() == SyncEngine::State::Online; }));
    // Revoked elsewhere (another device signed this token out); the client learns it at its next catch-up.
    ApiClient api(&m_network);
    api.setBaseUrl(m_server.url());
    api.setToken(owner->token);
    std::optional<ApiResponse> loggedOut;
    api.post(QStringLiteral("/api/v1/logout"), {}, [&](const ApiResponse &r) { loggedOut = r; });
    ASSERT_TRUE(waitFor([&] { return loggedOut.has_value(); }));
    ASSERT_TRUE(loggedOut->ok());
    const quint16 port = static_cast<quint16>(m_server.url().port());
    m_server.stop();
    ASSERT_TRUE(
        waitFor([&] { return controller.session()->sync().state() == SyncEngine::State::Offline; }, 20000));
    server::ServerOptions options;
    options.dataDirectory = m_serverDir.path();
    options.port = port;
    ASSERT_EQ(m_server.start(options), QString());
    controller.session()->sync().networkAvailable();
    ASSERT_TRUE(waitFor([&] { return expired.has_value(); }, 30000));
    EXPECT_TRUE(expired->contains(QStringLiteral("owner@demo.shop"))) << expired->toStdString();
    // The window and its cache stay: the merchant can still read.
    ASSERT_NE(controller.window(), nullptr);
    int listed = 0;
    for (QListView *list : controller.window()->findChildren<QListView *>()) {
        if (list->accessibleName() == QStringLiteral("Conversations"))
            listed = list->model()->rowCount();
    }
    EXPECT_GT(listed, 0);
    EXPECT_TRUE(controller.session()->cache().isOpen());
}

} // namespace
