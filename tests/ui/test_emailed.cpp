// A reply to a customer who has left the store, seen from the desktop window: it goes pending → sent →
// emailed as the real server hands it to a real SMTP server (aiosmtpd on loopback), and the mail reaches the
// customer's address.
#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "models/messagemodel.h"
#include "serverrunner.h"
#include "smtpsink.h"
#include "storage/cache.h"
#include "storage/customerstore.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"
#include "testhelpers.h"

#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

TEST(EmailedReply, AReplyToACustomerWhoLeftIsShownEmailedOnceTheMailIsAccepted)
{
    testsupport::SmtpSink sink;
    const quint16 smtpPort = freePort();
    ASSERT_NE(smtpPort, 0);
    ASSERT_TRUE(sink.start(smtpPort)) << "cannot start tests/support/smtp-sink.py (python3-aiosmtpd)";

    QTemporaryDir serverDir;
    QTemporaryDir clientDir;
    server::ServerRunner server;
    server::ServerOptions options;
    options.dataDirectory = serverDir.path();
    options.port = 0;
    options.demo = true;
    options.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort);
    options.mailFromDomain = QStringLiteral("mail.demo.shop");
    options.emailRetryInitialMs = 200;
    ASSERT_EQ(server.start(options), QString());

    QNetworkAccessManager network;
    SessionCredentialStore credentials;
    QSettings settings(clientDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AccountManager accounts(&settings, &credentials, &network);
    std::optional<AccountManager::SignInResult> signedIn;
    accounts.signIn(server.url(), QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"),
                    [&](const AccountManager::SignInResult &result) { signedIn = result; });
    ASSERT_TRUE(waitFor([&] { return signedIn.has_value(); }));
    ASSERT_TRUE(signedIn->ok) << signedIn->error.toStdString();
    ClientSession session(signedIn->account, signedIn->token, clientDir.path(), &network);
    ASSERT_TRUE(session.open().ok());
    MainWindow window(session);
    window.show();
    session.start();
    ASSERT_TRUE(waitFor([&] { return session.sync().state() == SyncEngine::State::Online; }, 30000));

    // Jesse de Boer (demo conversation 15) is not in the store; the header says replies go by email.
    window.showConversation(15);
    QListView *thread = nullptr;
    for (QListView *view : window.findChildren<QListView *>()) {
        if (view->accessibleName() == QStringLiteral("Messages"))
            thread = view;
    }
    ASSERT_TRUE(thread);
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    const std::optional<Customer> customer = session.cache().customers().get(26);
    ASSERT_TRUE(customer);
    ASSERT_FALSE(customer->online);
    const int before = thread->model()->rowCount();
    auto *composer = window.findChild<QPlainTextEdit *>();
    composer->setPlainText(QStringLiteral("Gift wrapping with a card is free — we'll add it."));
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_EQ(thread->model()->rowCount(), before + 1);
    ASSERT_TRUE(waitFor(
        [&] {
            return thread->model()->index(before, 0).data(MessageModel::DeliveryRole).toInt() ==
                   static_cast<int>(DeliveryState::Emailed);
        },
        30000))
        << MessageDelegate::deliveryText(thread->model()->index(before, 0)).toStdString();
    EXPECT_TRUE(MessageDelegate::deliveryText(thread->model()->index(before, 0))
                    .startsWith(QStringLiteral("Emailed")));
    ASSERT_TRUE(sink.waitForMails(1));
    EXPECT_EQ(sink.mails().constFirst().recipients, QStringList{customer->email});
    sink.stop();
}

} // namespace
