// Who may do what, as the desktop client shows it (issue 17), against the real server with the demo shop:
// the warehouse account (no chat permission) reads a conversation with a line saying why it cannot answer,
// no composer and no conversation actions, and sees the shop's settings read-only; nothing it tries reaches
// the outbox. The owner gets Settings → Team: invites a member (the one-time password is shown once) and
// changes a member's permissions, and the list follows through the cache. Screens are saved in all four
// languages at 1024x700 and checked for clipping.
#include "layoutchecks.h"
#include "mainwindowfixture.h"
#include "models/shopsettingsmodel.h"
#include "models/staffpermissions.h"
#include "models/teammodel.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "storage/outboxstore.h"
#include "storage/staffstore.h"
#include "sync/localactions.h"
#include "teampage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTranslator>

using namespace shopinbox;
using testsupport::clipping;
using testsupport::describe;
using testsupport::readableWidgets;
using testsupport::waitFor;

namespace {

class RolesTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        DemoShopFixture::SetUp();
        if (HasFatalFailure())
            return;
    }

    void signInAs(const QString &email, const QString &password)
    {
        m_signedIn = signIn(email, password);
        ASSERT_TRUE(m_signedIn) << email.toStdString() << " cannot sign in";
        openWindow();
        // The member's own row (with the permissions) arrives with the first sync.
        ASSERT_TRUE(
            waitFor([&] { return m_session->cache().staff().get(m_signedIn->account.staffId).has_value(); }));
    }

    static void settle()
    {
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
        }
    }

    /** The Settings dialog as the window opens it for the signed-in member (with their access). */
    struct SettingsScreen
    {
        explicit SettingsScreen(RolesTest &test)
            : settings(test.m_clientDir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat)
            , preferences(&settings)
            , shopSettings(&test.m_session->cache())
            , team(test.m_session->cache())
            , dialog(std::make_unique<SettingsDialog>(preferences, &shopSettings, &test.m_session->actions(),
                                                      true))
        {
            dialog->setAccess(&test.m_session->permissions(), &team, test.m_signedIn->account.staffId);
            dialog->show();
        }
        QSettings settings;
        Preferences preferences;
        ShopSettingsModel shopSettings;
        TeamModel team;
        std::unique_ptr<SettingsDialog> dialog;
    };

    static void save(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
            widget->grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") + QLatin1Char('/') + name);
    }
};

TEST_F(RolesTest, StaffWithoutChatPermissionReadConversationsButCannotAnswerOrChangeTheShop)
{
    signInAs(QStringLiteral("warehouse@demo.shop"), QStringLiteral("demo-warehouse"));
    EXPECT_FALSE(m_session->permissions().canChat());
    EXPECT_FALSE(m_session->permissions().canManageShop());
    m_window->showConversation(1);
    settle();
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("no chat permission")));
    int checked = 0;
    for (QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Reply")) {
            EXPECT_FALSE(edit->isVisible()) << "the composer is offered";
            ++checked;
        }
        if (edit->accessibleName() == QStringLiteral("Internal note")) {
            EXPECT_TRUE(edit->isReadOnly());
            ++checked;
        }
    }
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        // Assign shows the assignee's name once there is one: found by its accessible name or text.
        if (button->text() == QStringLiteral("Send") || button->text() == QStringLiteral("Mark as unread") ||
            button->text().startsWith(QStringLiteral("Assign"))) {
            EXPECT_FALSE(button->isVisible() && button->isEnabled()) << button->text().toStdString();
            ++checked;
        }
    }
    EXPECT_EQ(checked, 5); // the composer, the note, Send, Mark as unread, Assign
    // Reading it did not queue "mark read", and whatever a shortcut might try is refused here, not queued.
    EXPECT_FALSE(m_session->actions().sendText(1, QStringLiteral("Hello")));
    EXPECT_TRUE(m_session->actions().lastError().contains(QStringLiteral("chat permission")));
    EXPECT_FALSE(m_session->actions().markUnread(1, true));
    EXPECT_FALSE(m_session->actions().createSavedReply(QStringLiteral("x"), QStringLiteral("y")));
    EXPECT_EQ(m_session->cache().outbox().count(), 0);

    // Settings: the shop's tabs are shown, read-only, with the reason; no Team tab.
    SettingsScreen screen(*this);
    SettingsDialog &dialog = *screen.dialog;
    ASSERT_TRUE(waitFor([&] { return dialog.shopSettingsLoaded(); }));
    auto *tabs = dialog.findChild<QTabWidget *>();
    EXPECT_EQ(tabs->count(), 3);
    EXPECT_FALSE(tabs->widget(1)->isEnabled());
    EXPECT_FALSE(tabs->widget(2)->isEnabled());
    EXPECT_EQ(dialog.statusText(),
              QStringLiteral("Only staff who manage the shop can change these settings."));

    m_window->resize(1024, 700);
    settle();
    save(m_window.get(), QStringLiteral("roles-read-only-1024x700.png"));
}

TEST_F(RolesTest, TheOwnerInvitesAMemberAndChangesPermissionsInSettingsTeam)
{
    signInAs(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
    EXPECT_TRUE(m_session->permissions().isOwner());
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    ASSERT_TRUE(note);
    EXPECT_FALSE(note->isVisible());

    TeamModel team(m_session->cache());
    QAbstractItemModelTester tester(&team, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(team.rowCount(), 3);
    EXPECT_TRUE(team.index(0).data(TeamModel::OwnerRole).toBool()); // the owner first
    QSignalSpy resets(&team, &QAbstractItemModel::modelReset);

    TeamPage page(&team, &m_session->actions(), m_signedIn->account.staffId);
    page.show();
    page.findChild<QLineEdit *>(QStringLiteral("inviteName"))->setText(QStringLiteral("Noor El Amrani"));
    page.findChild<QLineEdit *>(QStringLiteral("inviteEmail"))->setText(QStringLiteral("noor@demo.shop"));
    page.invite();
    ASSERT_TRUE(waitFor([&] { return !page.lastPassword().isEmpty(); })) << page.statusText().toStdString();
    EXPECT_TRUE(page.statusText().contains(page.lastPassword()));
    ASSERT_TRUE(waitFor([&] { return team.rowCount() == 4; }));
    EXPECT_EQ(resets.size(), 0);

    // The new member signs in with the one-time password; the dialog asks for their own, then signs in.
    SignInDialog signInDialog(*m_accounts);
    signInDialog.setServer(m_server.url());
    signInDialog.setEmail(QStringLiteral("noor@demo.shop"));
    signInDialog.show();
    auto *newPassword = signInDialog.findChild<QLineEdit *>(QStringLiteral("newPassword"));
    ASSERT_TRUE(newPassword);
    EXPECT_FALSE(newPassword->isVisible());
    QLineEdit *password = nullptr;
    for (QLineEdit *edit : signInDialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Password"))
            password = edit;
    }
    ASSERT_TRUE(password);
    password->setText(page.lastPassword());
    signInDialog.signIn();
    ASSERT_TRUE(waitFor([&] { return newPassword->isVisible(); }));
    save(&signInDialog, QStringLiteral("sign-in-new-password.png"));
    newPassword->setText(QStringLiteral("short"));
    signInDialog.signIn();
    ASSERT_TRUE(waitFor([&] {
        const QLabel *error = nullptr;
        for (QLabel *label : signInDialog.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("10 to 200")))
                error = label;
        }
        return error != nullptr;
    }));
    newPassword->setText(QStringLiteral("Noor's own password"));
    signInDialog.signIn();
    ASSERT_TRUE(waitFor([&] { return signInDialog.result() == QDialog::Accepted; }));
    EXPECT_EQ(signInDialog.account().email, QStringLiteral("noor@demo.shop"));
    EXPECT_TRUE(signIn(QStringLiteral("noor@demo.shop"), QStringLiteral("Noor's own password")).has_value());

    // Agent loses chat: the row changes in place, and the agent's own window would turn read-only.
    int agentRow = -1;
    for (int row = 0; row < team.rowCount(); ++row) {
        if (team.index(row).data(TeamModel::EmailRole).toString() == QStringLiteral("agent@demo.shop"))
            agentRow = row;
    }
    ASSERT_GE(agentRow, 0);
    page.selectRow(agentRow);
    auto *chat = page.findChild<QCheckBox *>(QStringLiteral("memberChat"));
    ASSERT_TRUE(chat->isEnabled());
    chat->setChecked(false);
    page.applyMember();
    ASSERT_TRUE(waitFor([&] { return !team.index(agentRow).data(TeamModel::ChatPermissionRole).toBool(); }))
        << page.statusText().toStdString();
    EXPECT_EQ(page.statusText(), QStringLiteral("Saved."));
    // The owner's own row cannot be changed.
    page.selectRow(0);
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("applyMember"))->isEnabled());
    EXPECT_EQ(resets.size(), 0);
}

class RolesLayout : public RolesTest, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(RolesLayout, TheReadOnlyWindowAndTheTeamTabFitAt1024x700InEveryLanguage)
{
    const QString language = QString::fromLatin1(GetParam());
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));

    signInAs(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
    SettingsScreen screen(*this);
    SettingsDialog &dialog = *screen.dialog;
    ASSERT_TRUE(waitFor([&] { return dialog.shopSettingsLoaded(); }));
    auto *tabs = dialog.findChild<QTabWidget *>();
    ASSERT_EQ(tabs->count(), 4);
    tabs->setCurrentIndex(3);
    settle();
    for (QWidget *w : readableWidgets(tabs->widget(3))) {
        const QString why = clipping(w);
        EXPECT_TRUE(why.isEmpty()) << language.toStdString() << ": " << describe(w).toStdString() << " "
                                   << why.toStdString();
    }
    save(&dialog, QStringLiteral("settings-team-%1.png").arg(language));

    // The same window as the warehouse sees it.
    signInAs(QStringLiteral("warehouse@demo.shop"), QStringLiteral("demo-warehouse"));
    m_window->resize(1024, 700);
    m_window->showConversation(1);
    settle();
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    ASSERT_TRUE(note && note->isVisible());
    const QString why = clipping(note);
    EXPECT_TRUE(why.isEmpty()) << language.toStdString() << ": " << why.toStdString();
    EXPECT_GE(note->height(), note->heightForWidth(note->width()));
    save(m_window.get(), QStringLiteral("roles-read-only-%1.png").arg(language));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

INSTANTIATE_TEST_SUITE_P(Languages, RolesLayout, ::testing::Values("en", "nl", "fr", "de"));

} // namespace
