// The Settings dialog against the real server: the shop's storefront settings load, save only what changed,
// show the server's refusal without closing or storing anything, refuse impossible business hours locally,
// and without a connection still save this computer's preferences. The dialog reads the settings from the
// session's cache and writes through its LocalActions, like every other part of the window.
#include "api/shopapi.h"
#include "demoshopfixture.h"
#include "models/shopsettingsmodel.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "storage/syncstatestore.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/syncengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimeEdit>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

class SettingsDialogTest : public testsupport::DemoShopFixture
{
protected:
    void SetUp() override
    {
        DemoShopFixture::SetUp();
        const auto signedIn = signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
        ASSERT_TRUE(signedIn);
        m_session = std::make_unique<ClientSession>(signedIn->account, signedIn->token, m_clientDir.path(),
                                                    &m_network);
        ASSERT_TRUE(m_session->open().ok());
        m_shopSettings = std::make_unique<ShopSettingsModel>(&m_session->cache());
    }

    QJsonObject serverSettings()
    {
        std::optional<ApiResponse> response;
        ShopApi(m_session->api()).settings([&](const ApiResponse &r) { response = r; });
        EXPECT_TRUE(waitFor([&] { return response.has_value(); }));
        return response ? response->json() : QJsonObject();
    }

    std::unique_ptr<SettingsDialog> openDialog(Preferences &preferences, bool expectLoaded = true)
    {
        auto dialog =
            std::make_unique<SettingsDialog>(preferences, m_shopSettings.get(), &m_session->actions(), true);
        dialog->show();
        EXPECT_EQ(dialog->shopSettingsLoaded(), false); // loading: shop tabs wait for the server
        if (expectLoaded) {
            EXPECT_TRUE(waitFor([&] { return dialog->shopSettingsLoaded(); }));
        }
        return dialog;
    }

    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<ShopSettingsModel> m_shopSettings;
};

TEST_F(SettingsDialogTest, LoadsTheShopSettingsAndSavesOnlyWhatChanged)
{
    Preferences preferences(m_settings.get());
    auto dialog = openDialog(preferences);
    auto *greeting = dialog->findChild<QPlainTextEdit *>(QStringLiteral("greeting"));
    auto *position = dialog->findChild<QComboBox *>(QStringLiteral("position"));
    ASSERT_TRUE(greeting && position);
    EXPECT_EQ(greeting->toPlainText(), QStringLiteral("Hi! How can we help?"));
    EXPECT_EQ(position->currentData().toString(), QStringLiteral("bottom-right"));
    EXPECT_TRUE(dialog->findChild<QCheckBox *>(QStringLiteral("open-mon"))->isChecked());
    EXPECT_EQ(dialog->findChild<QTimeEdit *>(QStringLiteral("to-mon"))->time(), QTime(17, 30));
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT")) {
        auto *tabs = dialog->findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            dialog->grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                                QStringLiteral("/settings-%1.png").arg(i));
        }
        tabs->setCurrentIndex(0);
    }
    // An untouched dialog sends nothing: what it would send equals what the server has.
    const QJsonObject before = serverSettings();
    const QJsonObject untouched = dialog->editedShopSettings();
    for (auto it = untouched.constBegin(); it != untouched.constEnd(); ++it)
        EXPECT_EQ(it.value(), before.value(it.key())) << it.key().toStdString();

    greeting->setPlainText(QStringLiteral("Hallo! <b>Waarmee</b> kunnen we helpen?"));
    position->setCurrentIndex(position->findData(QStringLiteral("bottom-left")));
    dialog->findChild<QTimeEdit *>(QStringLiteral("from-mon"))->setTime(QTime(8, 30));
    dialog->findChild<QCheckBox *>(QStringLiteral("open-sat"))->setChecked(false);
    dialog->findChild<QCheckBox *>(QStringLiteral("notifications"))->setChecked(false);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("nl")));
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return dialog->result() == QDialog::Accepted; }));

    const QJsonObject after = serverSettings();
    EXPECT_EQ(after.value(QStringLiteral("greeting")).toString(),
              QStringLiteral("Hallo! <b>Waarmee</b> kunnen we helpen?"));
    EXPECT_EQ(after.value(QStringLiteral("position")).toString(), QStringLiteral("bottom-left"));
    const QJsonObject hours = after.value(QStringLiteral("business_hours")).toObject();
    EXPECT_EQ(hours.value(QStringLiteral("mon")).toArray(),
              (QJsonArray{QStringLiteral("08:30"), QStringLiteral("17:30")}));
    EXPECT_TRUE(hours.value(QStringLiteral("sat")).isNull());
    EXPECT_EQ(after.value(QStringLiteral("follow_up")), before.value(QStringLiteral("follow_up")));
    EXPECT_FALSE(preferences.notifications());
    EXPECT_EQ(preferences.language(), QStringLiteral("nl"));
    // The cache holds the server's answer at once (before settings.updated arrives): what the model shows.
    EXPECT_EQ(m_shopSettings->settings(), after);
    EXPECT_EQ(m_session->cache().syncState().document(SyncStateStore::SettingsDocument), after);
}

TEST_F(SettingsDialogTest, ARefusalIsShownInTheDialogAndNothingIsStored)
{
    Preferences preferences(m_settings.get());
    const QJsonObject before = serverSettings();
    auto dialog = openDialog(preferences);
    auto *greeting = dialog->findChild<QPlainTextEdit *>(QStringLiteral("greeting"));
    auto *away = dialog->findChild<QPlainTextEdit *>(QStringLiteral("away"));
    greeting->setPlainText(QString(1001, QLatin1Char('a')));
    away->setPlainText(QStringLiteral("Back on Monday"));
    dialog->findChild<QCheckBox *>(QStringLiteral("notifications"))->setChecked(false);
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return dialog->statusText().startsWith(QStringLiteral("Not saved")); }));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("greeting")))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(greeting->toPlainText().size(), 1001); // what was typed stays, to be corrected
    EXPECT_EQ(serverSettings(), before);             // not even the valid away message was stored
    EXPECT_TRUE(preferences.notifications());        // nor the local part

    // Opening after closing is impossible: refused here, nothing sent.
    greeting->setPlainText(QStringLiteral("Hi!"));
    dialog->findChild<QTimeEdit *>(QStringLiteral("from-tue"))->setTime(QTime(18, 0));
    dialog->accept();
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("must open before it closes")))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(serverSettings(), before);

    dialog->findChild<QTimeEdit *>(QStringLiteral("from-tue"))->setTime(QTime(9, 0));
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return dialog->result() == QDialog::Accepted; }));
    EXPECT_EQ(serverSettings().value(QStringLiteral("away")).toString(), QStringLiteral("Back on Monday"));
}

TEST_F(SettingsDialogTest, TheStoresWebsitesAreEditedOnePerLine)
{
    Preferences preferences(m_settings.get());
    auto dialog = openDialog(preferences);
    auto *origins = dialog->findChild<QPlainTextEdit *>(QStringLiteral("allowedOrigins"));
    ASSERT_TRUE(origins);
    EXPECT_TRUE(origins->toPlainText().isEmpty()); // the demo shop allows any site
    // What a merchant pastes from the address bar: spaces, a trailing slash, capitals, blank lines.
    origins->setPlainText(QStringLiteral("  https://Maple.example/ \n\nhttp://localhost:8080\n"));
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return dialog->result() == QDialog::Accepted; }));
    EXPECT_EQ(serverSettings().value(QStringLiteral("allowed_origins")).toArray(),
              (QJsonArray{QStringLiteral("https://maple.example"), QStringLiteral("http://localhost:8080")}));

    // Reopened, the list is shown as stored; a path is refused by the server with its reason, nothing
    // stored, and what was typed stays to be corrected.
    auto again = openDialog(preferences);
    origins = again->findChild<QPlainTextEdit *>(QStringLiteral("allowedOrigins"));
    EXPECT_EQ(origins->toPlainText(), QStringLiteral("https://maple.example\nhttp://localhost:8080"));
    origins->setPlainText(QStringLiteral("https://maple.example/shop"));
    again->accept();
    ASSERT_TRUE(waitFor([&] { return again->statusText().startsWith(QStringLiteral("Not saved")); }));
    EXPECT_TRUE(again->statusText().contains(QStringLiteral("allowed_origins")))
        << again->statusText().toStdString();
    EXPECT_EQ(origins->toPlainText(), QStringLiteral("https://maple.example/shop"));
    EXPECT_EQ(serverSettings().value(QStringLiteral("allowed_origins")).toArray().size(), 2);

    // Emptied, any site may show the chat again.
    origins->clear();
    again->accept();
    ASSERT_TRUE(waitFor([&] { return again->result() == QDialog::Accepted; }));
    EXPECT_TRUE(serverSettings().value(QStringLiteral("allowed_origins")).toArray().isEmpty());
}

TEST_F(SettingsDialogTest, WithoutTheServerOnlyThisComputersPreferencesAreOffered)
{
    // This computer saw the settings once; then the server went away.
    std::optional<ServerAnswer> refreshed;
    m_session->actions().refreshShopSettings([&](const ServerAnswer &answer) { refreshed = answer; });
    ASSERT_TRUE(waitFor([&] { return refreshed.has_value(); }));
    ASSERT_TRUE(refreshed->ok) << refreshed->error.toStdString();
    m_server.stop();
    Preferences preferences(m_settings.get());
    auto dialog =
        std::make_unique<SettingsDialog>(preferences, m_shopSettings.get(), &m_session->actions(), false);
    dialog->show();
    ASSERT_TRUE(waitFor([&] { return dialog->statusText().contains(QStringLiteral("need a connection")); }));
    auto *tabs = dialog->findChild<QTabWidget *>();
    EXPECT_FALSE(tabs->widget(1)->isEnabled());
    EXPECT_FALSE(tabs->widget(2)->isEnabled());
    // What the cache has is shown, read-only, rather than empty fields.
    EXPECT_EQ(dialog->findChild<QPlainTextEdit *>(QStringLiteral("greeting"))->toPlainText(),
              QStringLiteral("Hi! How can we help?"));
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT")) {
        tabs->setCurrentIndex(2);
        dialog->grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                            QStringLiteral("/settings-offline.png"));
        tabs->setCurrentIndex(0);
    }
    // Without a tray, close-to-tray cannot be chosen.
    EXPECT_FALSE(dialog->findChild<QCheckBox *>(QStringLiteral("closeToTray"))->isEnabled());
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(preferences.language(), QStringLiteral("de"));
}

} // namespace
