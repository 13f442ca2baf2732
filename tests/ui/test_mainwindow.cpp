// The desktop window offscreen against the real server (in process) and the demo shop: it signs in through
// the real core, shows the inbox, opens a conversation, sends a reply (pending, then sent), and shows
// customer text literally.
#include "api/mediacache.h"
#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "conversationdelegate.h"
#include "customerprofiledock.h"
#include "discountpickerdialog.h"
#include "imageviewer.h"
#include "layoutchecks.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "messagedelegate.h"
#include "modalcloser.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/productsearchmodel.h"
#include "models/savedreplymodel.h"
#include "notifier.h"
#include "onecustomercache.h"
#include "productpickerdialog.h"
#include "savedrepliesdialog.h"
#include "savedreplycompleter.h"
#include "serverrunner.h"
#include "shopservice.h"
#include "signindialog.h"
#include "storage/cache.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/savedreplystore.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"
#include "testhelpers.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

using namespace shopinbox;
using testsupport::waitFor;

namespace {

TEST_F(MainWindowTest, ShowsTheInboxOpensAConversationAndSendsAReply)
{
    QListView *list = view(QStringLiteral("Conversations"));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(list && thread);
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    const qint64 conversationId =
        list->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();

    auto *composer = m_window->findChild<QPlainTextEdit *>();
    ASSERT_TRUE(composer);
    const int before = thread->model()->rowCount();
    composer->setPlainText(QStringLiteral("Thanks, we'll check it right away."));
    QPushButton *send = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->text() == QObject::tr("Send"))
            send = button;
    }
    ASSERT_TRUE(send);
    send->click();
    // The local echo is there at once, pending; the server's copy turns it sent in the same row.
    ASSERT_EQ(thread->model()->rowCount(), before + 1);
    const QModelIndex last = thread->model()->index(before, 0);
    EXPECT_EQ(last.data(MessageModel::BodyRole).toString(),
              QStringLiteral("Thanks, we'll check it right away."));
    EXPECT_TRUE(composer->toPlainText().isEmpty());
    ASSERT_TRUE(waitFor([&] {
        return thread->model()->index(before, 0).data(MessageModel::DeliveryRole).toInt() ==
               static_cast<int>(DeliveryState::Sent);
    }));
    EXPECT_EQ(thread->model()->rowCount(), before + 1);
    EXPECT_TRUE(
        MessageDelegate::deliveryText(thread->model()->index(before, 0)).startsWith(QObject::tr("Sent")));

    // Opening the conversation marked it read, on the server too (through the outbox).
    const std::optional<Conversation> stored =
        m_server.service()->context().conversations().conversation(1, conversationId);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->unread);
}

TEST_F(MainWindowTest, CustomerHtmlIsShownAsTheTextItIs)
{
    // A customer writes markup; the delegates hand it to the painter as plain text, unchanged.
    const QString markup = QStringLiteral("<img src=x onerror=alert(1)> <b>bold?</b>");
    // No follow-up message after this first customer message: the preview is the customer's own text.
    QJsonObject settings = m_server.service()->context().shops().settings(1);
    settings.insert(QStringLiteral("follow_up"), QString());
    settings.insert(QStringLiteral("away"), QString());
    ASSERT_TRUE(m_server.service()->context().shops().setSettings(1, settings));
    const auto session = m_server.service()->storefront().createSession(
        1, {{QStringLiteral("name"), QStringLiteral("Mallory")},
            {QStringLiteral("email"), QStringLiteral("mallory@example.com")}});
    ASSERT_TRUE(session.ok());
    const auto s = server::StorefrontSession::of(1, session->customer.id, session->conversation.id);
    ASSERT_TRUE(m_server.service()
                    ->conversations()
                    .customerMessage(
                        s, {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("body"), markup}})
                    .ok());
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] {
        return list->model()->rowCount() > 0 &&
               list->model()->index(0, 0).data(ConversationListModel::DisplayNameRole).toString() ==
                   QStringLiteral("Mallory");
    }));
    EXPECT_EQ(ConversationDelegate::previewText(list->model()->index(0, 0)), markup);
    m_window->openRow(0);
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    const QModelIndex message = thread->model()->index(thread->model()->rowCount() - 1, 0);
    EXPECT_EQ(MessageDelegate::displayText(message), markup);
    // Painting it must not warn or crash.
    const QImage image = m_window->grab().toImage();
    EXPECT_FALSE(image.isNull());
}

TEST_F(MainWindowTest, AssignOffersOnlyStaffWithChatPermissionAndAssignsOnTheServer)
{
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    const qint64 conversationId =
        list->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    QPushButton *assign = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QObject::tr("Assign the conversation"))
            assign = button;
    }
    ASSERT_TRUE(assign && assign->menu());
    emit assign->menu()->aboutToShow();
    QStringList names;
    QAction *agent = nullptr;
    for (QAction *action : assign->menu()->actions()) {
        names.append(action->text());
        if (action->text() == QStringLiteral("Aaron Agent"))
            agent = action;
    }
    EXPECT_TRUE(names.contains(QStringLiteral("Olivia Owner")));
    EXPECT_FALSE(names.contains(QStringLiteral("Wendy Warehouse")))
        << names.join(QStringLiteral(", ")).toStdString();
    ASSERT_TRUE(agent);
    agent->trigger();
    ASSERT_TRUE(waitFor([&] {
        const std::optional<Conversation> stored =
            m_server.service()->context().conversations().conversation(1, conversationId);
        return stored && stored->assigneeId == 2;
    }));
    // The header says who has it, and "Assign to me" takes it.
    ASSERT_TRUE(waitFor([&] {
        return assign->text() == QObject::tr("Assigned to %1").arg(QStringLiteral("Aaron Agent"));
    })) << assign->text().toStdString();
    emit assign->menu()->aboutToShow();
    QAction *mine = nullptr;
    for (QAction *action : assign->menu()->actions())
        mine = action->text() == QObject::tr("Assign to me") ? action : mine;
    ASSERT_TRUE(mine && mine->isEnabled());
    mine->trigger();
    ASSERT_TRUE(waitFor([&] {
        const std::optional<Conversation> stored =
            m_server.service()->context().conversations().conversation(1, conversationId);
        return stored && stored->assigneeId == m_session->account().staffId;
    }));
    ASSERT_TRUE(waitFor([&] { return assign->text() == QObject::tr("Assigned to you"); }));
}

TEST(SignInDialogLayout, TheTitleFitsInEveryLanguage)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SessionCredentialStore store;
    QNetworkAccessManager network;
    AccountManager accounts(&settings, &store, &network);
    for (const char *language : {"en", "nl", "fr", "de"}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(
            QStringLiteral(SHOPINBOX_QM_DIR "/shop-inbox_%1.qm").arg(QLatin1String(language))));
        QCoreApplication::installTranslator(&translator);
        SignInDialog dialog(accounts);
        dialog.show();
        QApplication::processEvents();
        auto *heading = dialog.findChild<QLabel *>(QStringLiteral("heading"));
        ASSERT_TRUE(heading);
        EXPECT_EQ(heading->text(), dialog.windowTitle());
        // The title fits in a title bar of the dialog's width with room for its buttons, and inside it.
        EXPECT_GE(dialog.width(), QFontMetrics(heading->font()).horizontalAdvance(dialog.windowTitle()) + 150)
            << language;
        for (QWidget *w : testsupport::readableWidgets(&dialog))
            EXPECT_TRUE(testsupport::clipping(w).isEmpty())
                << language << ": " << testsupport::describe(w).toStdString();
        if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
            dialog.grab().save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") +
                               QStringLiteral("/sign-in-%1.png").arg(QLatin1String(language)));
        QCoreApplication::removeTranslator(&translator);
    }
}

TEST_F(MainWindowTest, SignInDialogShowsErrorsInPlaceAndSignsIn)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SessionCredentialStore store;
    AccountManager accounts(&settings, &store, &m_network);
    SignInDialog dialog(accounts);
    dialog.setServer(m_server.url());
    dialog.setEmail(QStringLiteral("agent@demo.shop"));
    QLineEdit *password = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QObject::tr("Password"))
            password = edit;
    }
    ASSERT_TRUE(password);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_TRUE(buttons);
    dialog.show();
    password->setText(QStringLiteral("wrong"));
    buttons->button(QDialogButtonBox::Ok)->click();
    QLabel *error = nullptr;
    ASSERT_TRUE(waitFor([&] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QObject::tr("Wrong email address or password.")))
                error = label;
        }
        return error != nullptr;
    }));
    EXPECT_EQ(dialog.result(), 0);
    password->setText(QStringLiteral("demo-agent"));
    buttons->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    EXPECT_EQ(dialog.account().email, QStringLiteral("agent@demo.shop"));
    EXPECT_FALSE(dialog.token().isEmpty());
    EXPECT_FALSE(dialog.keepForThisSessionOnly());
}

TEST_F(MainWindowTest, FilterAndGeometryPersistAcrossRuns)
{
    QSettings settings(m_clientDir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    {
        MainWindow first(*m_session, &settings);
        first.show();
        auto *filter = first.findChild<QComboBox *>();
        ASSERT_TRUE(filter);
        filter->setCurrentIndex(2); // Unread
        first.resize(1100, 700);
        first.profileDock()->hide(); // the merchant closed the profile
        first.close();
    }
    MainWindow second(*m_session, &settings);
    auto *filter = second.findChild<QComboBox *>();
    ASSERT_TRUE(filter);
    EXPECT_EQ(filter->currentIndex(), 2);
    EXPECT_EQ(second.size(), QSize(1100, 700));
    second.show();
    EXPECT_FALSE(second.profileDock()->isVisible());
}

TEST_F(MainWindowTest, ANewCustomerMessageWhileInactiveNotifiesWithNameAndPreview)
{
    Notifier notifier(*m_session, m_window.get());
    // Another window has the focus: the merchant is elsewhere.
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    QApplication::setActiveWindow(&elsewhere);
    ASSERT_FALSE(m_window->isActiveWindow());
    const auto session = m_server.service()->storefront().createSession(
        1, {{QStringLiteral("name"), QStringLiteral("Jonas Weber")},
            {QStringLiteral("email"), QStringLiteral("jonas@example.de")}});
    ASSERT_TRUE(session.ok());
    const auto s = server::StorefrontSession::of(1, session->customer.id, session->conversation.id);
    ASSERT_TRUE(m_server.service()
                    ->conversations()
                    .customerMessage(
                        s, {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("body"), QStringLiteral("Kann ich die Größe umtauschen?")}})
                    .ok());
    ASSERT_TRUE(waitFor([&] { return !notifier.lastTitle().isEmpty(); }));
    EXPECT_EQ(notifier.lastTitle(), QStringLiteral("Jonas Weber"));
    EXPECT_EQ(notifier.lastText(), QStringLiteral("Kann ich die Größe umtauschen?"));

    // Clicking the notification opens that conversation.
    m_window->showConversation(s.conversationId);
    QListView *list = view(QStringLiteral("Conversations"));
    EXPECT_EQ(list->currentIndex().data(ConversationListModel::ConversationIdRole).toLongLong(),
              s.conversationId);
}

TEST_F(MainWindowTest, OfflineShowsTheBannerKeepsEverythingBrowsableAndDeliversLater)
{
    QListView *list = view(QStringLiteral("Conversations"));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    const quint16 port = static_cast<quint16>(m_server.url().port());
    QLabel *banner = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().startsWith(QObject::tr("Offline:")))
            banner = label;
    }
    ASSERT_TRUE(banner);
    EXPECT_FALSE(banner->isVisible());

    m_server.stop();
    ASSERT_TRUE(waitFor([&] { return m_session->sync().state() == SyncEngine::State::Offline; }, 20000));
    EXPECT_TRUE(banner->isVisible());
    // Still browsable and searchable from the cache.
    const int rows = list->model()->rowCount();
    EXPECT_GT(rows, 0);
    m_window->openRow(0);
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    const int before = thread->model()->rowCount();
    auto *composer = m_window->findChild<QPlainTextEdit *>();
    composer->setPlainText(QStringLiteral("Written while offline"));
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_EQ(thread->model()->rowCount(), before + 1);
    EXPECT_EQ(thread->model()->index(before, 0).data(MessageModel::DeliveryRole).toInt(),
              static_cast<int>(DeliveryState::Pending));

    // The server comes back on the same address: the reply goes out and the banner goes away.
    server::ServerOptions options;
    options.dataDirectory = m_serverDir.path();
    options.port = port;
    ASSERT_EQ(m_server.start(options), QString());
    m_session->sync().networkAvailable();
    ASSERT_TRUE(waitFor(
        [&] {
            return thread->model()->index(before, 0).data(MessageModel::DeliveryRole).toInt() ==
                   static_cast<int>(DeliveryState::Sent);
        },
        60000));
    ASSERT_TRUE(waitFor([&] { return !banner->isVisible(); }, 20000));
}

TEST_F(MainWindowTest, MessageActionsOfferLinksAndRetryOrDiscardForFailedMessages)
{
    QListView *list = view(QStringLiteral("Conversations"));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    const qint64 conversationId =
        list->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));

    // A reply with a link: the menu offers to open it (the text itself stays plain).
    ASSERT_TRUE(m_session->actions().sendText(
        conversationId, QStringLiteral("Track it here: https://track.example.com/NL123")));
    int row = thread->model()->rowCount() - 1;
    QObject owner;
    QStringList texts;
    for (QAction *action : m_window->messageActions(row, &owner))
        texts.append(action->text());
    EXPECT_TRUE(texts.contains(QObject::tr("Open %1").arg(QStringLiteral("https://track.example.com/NL123"))))
        << texts.join(QStringLiteral(" | ")).toStdString();
    EXPECT_FALSE(texts.contains(QObject::tr("Retry sending")));

    // A message the server refuses for good turns failed; Discard removes its row.
    OutboxEntry entry;
    entry.conversationId = conversationId;
    entry.action = OutboxAction::SendMessage;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.payload = {{QStringLiteral("client_id"), entry.clientId},
                     {QStringLiteral("kind"), QStringLiteral("discount")},
                     {QStringLiteral("discount_code"), QStringLiteral("NO-SUCH-CODE")}};
    entry.createdAt = QDateTime::currentDateTimeUtc();
    Message echo;
    echo.conversationId = conversationId;
    echo.clientId = entry.clientId;
    echo.kind = MessageKind::Discount;
    echo.author = MessageAuthor::Staff;
    echo.discountCode = QStringLiteral("NO-SUCH-CODE");
    echo.createdAt = entry.createdAt;
    echo.delivery = DeliveryState::Pending;
    const std::optional<qint64> localId = m_session->cache().messages().upsert(echo);
    ASSERT_TRUE(localId);
    ASSERT_TRUE(m_session->cache().outbox().enqueue(entry));
    CacheChanges changes;
    changes.messages[conversationId].insert(*localId);
    m_session->cache().publish(changes);
    m_session->outbox().kick();
    row = thread->model()->rowCount() - 1;
    ASSERT_TRUE(waitFor([&] {
        return thread->model()->index(row, 0).data(MessageModel::DeliveryRole).toInt() ==
               static_cast<int>(DeliveryState::Failed);
    }));
    QAction *discard = nullptr;
    for (QAction *action : m_window->messageActions(row, &owner)) {
        if (action->text() == QObject::tr("Discard"))
            discard = action;
    }
    ASSERT_TRUE(discard);
    const int rows = thread->model()->rowCount();
    discard->trigger();
    EXPECT_EQ(thread->model()->rowCount(), rows - 1);

    // A message the server accepted but could not email (message.updated: failed) is not in the outbox:
    // it keeps its reason, without Retry or Discard that would have nothing to act on.
    Message emailFailed;
    emailFailed.id = 987654;
    emailFailed.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    emailFailed.conversationId = conversationId;
    emailFailed.kind = MessageKind::Text;
    emailFailed.author = MessageAuthor::Staff;
    emailFailed.staffId = m_session->account().staffId;
    emailFailed.body = QStringLiteral("Your parcel left today.");
    emailFailed.createdAt = QDateTime::currentDateTimeUtc();
    emailFailed.delivery = DeliveryState::Failed;
    emailFailed.failureReason = QStringLiteral("550 mailbox unavailable");
    const std::optional<qint64> failedId = m_session->cache().messages().upsert(emailFailed);
    ASSERT_TRUE(failedId);
    CacheChanges failedChange;
    failedChange.messages[conversationId].insert(*failedId);
    m_session->cache().publish(failedChange);
    const int failedRow = static_cast<int>(thread->model()->rowCount()) - 1;
    ASSERT_EQ(thread->model()->index(failedRow, 0).data(MessageModel::BodyRole).toString(),
              QStringLiteral("Your parcel left today."));
    EXPECT_TRUE(
        MessageDelegate::deliveryText(thread->model()->index(failedRow, 0)).contains(QStringLiteral("550")));
    for (QAction *action : m_window->messageActions(failedRow, &owner)) {
        EXPECT_NE(action->text(), QObject::tr("Retry sending"));
        EXPECT_NE(action->text(), QObject::tr("Discard"));
    }
}

TEST_F(MainWindowTest, ImagesAreCheckedBeforeTheyAreSent)
{
    QListView *list = view(QStringLiteral("Conversations"));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("this is not an image");
    }
    const int before = thread->model()->rowCount();
    {
        // The refusal is a message box; it is closed as soon as it appears.
        ModalCloser closer;
        EXPECT_FALSE(m_window->sendImageFile(text));
        EXPECT_TRUE(closer.appeared()) << "no message box told the merchant why";
        EXPECT_FALSE(closer.text().isEmpty());
    }
    EXPECT_EQ(thread->model()->rowCount(), before);

    const QString png = dir.filePath(QStringLiteral("photo.png"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    ASSERT_TRUE(image.save(png, "PNG"));
    ASSERT_TRUE(m_window->sendImageFile(png));
    ASSERT_EQ(thread->model()->rowCount(), before + 1);
    ASSERT_TRUE(waitFor([&] {
        const QModelIndex sent = thread->model()->index(before, 0);
        return sent.data(MessageModel::DeliveryRole).toInt() == static_cast<int>(DeliveryState::Sent) &&
               sent.data(MessageModel::ImageUrlRole).toString().startsWith(QStringLiteral("/media/"));
    }));

    // A bigger image reports its upload progress, which the bubble shows while it is pending.
    QSignalSpy progress(&m_session->outbox(), &OutboxSender::uploadProgress);
    const QString big = dir.filePath(QStringLiteral("big.png"));
    {
        QImage noise(1600, 1200, QImage::Format_RGB32);
        quint32 seed = 7;
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = (seed = seed * 1664525u + 1013904223u);
        }
        ASSERT_TRUE(noise.save(big, "PNG"));
    }
    ASSERT_TRUE(m_window->sendImageFile(big));
    const int bigRow = before + 1;
    auto *messages = qobject_cast<MessageModel *>(thread->model());
    ASSERT_TRUE(messages);
    const QString clientId = messages->index(bigRow, 0).data(MessageModel::ClientIdRole).toString();
    messages->setUploadProgress(clientId, 40);
    const bool stillPending = messages->index(bigRow, 0).data(MessageModel::DeliveryRole).toInt() ==
                              static_cast<int>(DeliveryState::Pending);
    EXPECT_EQ(MessageDelegate::deliveryText(messages->index(bigRow, 0)) == QStringLiteral("Uploading 40%…"),
              stillPending);
    ASSERT_TRUE(waitFor([&] {
        return thread->model()->index(bigRow, 0).data(MessageModel::DeliveryRole).toInt() ==
               static_cast<int>(DeliveryState::Sent);
    }));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toString(), clientId);
    EXPECT_EQ(progress.last().at(1).toInt(), 100);
    EXPECT_EQ(thread->model()->index(bigRow, 0).data(MessageModel::UploadPercentRole).toInt(), -1); // sent

    // Once sent, the image comes from the server (the original file is gone): the thread shows the thumbnail
    // and a double-click's viewer shows it full size.
    ASSERT_TRUE(QFile::remove(png));
    const QString url = thread->model()->index(before, 0).data(MessageModel::ImageUrlRole).toString();
    ImageViewer *viewer = nullptr;
    ASSERT_TRUE(waitFor([&] { return (viewer = m_window->viewImage(before)) != nullptr; }));
    EXPECT_FALSE(m_session->media().localPath(url).isEmpty());
    const QLabel *shown = viewer->findChild<QLabel *>();
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(waitFor([&] { return shown->pixmap().size() == QSize(40, 30); }));
    EXPECT_EQ(shown->pixmap().toImage().pixelColor(5, 5), QColor(Qt::darkGreen));
    viewer->close();

    // Something that is not shop media is never fetched (no token goes elsewhere), and says so.
    std::optional<QString> refused;
    QObject::connect(&m_session->media(), &MediaCache::failed,
                     [&](const QString &failedUrl, const QString &why) {
                         if (failedUrl == QStringLiteral("https://elsewhere.example/x.png"))
                             refused = why;
                     });
    EXPECT_TRUE(m_session->media().request(QStringLiteral("https://elsewhere.example/x.png")).isEmpty());
    ASSERT_TRUE(refused.has_value());
    // A missing media file on the server fails cleanly too.
    std::optional<QString> missing;
    QObject::connect(&m_session->media(), &MediaCache::failed,
                     [&](const QString &failedUrl, const QString &why) {
                         if (failedUrl.endsWith(QStringLiteral("0000000000000000000000000000000f")))
                             missing = why;
                     });
    m_session->media().request(QStringLiteral("/media/0000000000000000000000000000000f"));
    ASSERT_TRUE(waitFor([&] { return missing.has_value(); }));
    EXPECT_FALSE(missing->isEmpty());
}

TEST_F(MainWindowTest, TheHeaderShowsTheLiveCart)
{
    QListView *list = view(QStringLiteral("Conversations"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    auto *filter = m_window->findChild<QComboBox *>();
    ASSERT_TRUE(filter);
    int withCart = -1;
    for (int index = 0; index < filter->count() && withCart < 0; ++index) {
        filter->setCurrentIndex(index);
        for (int row = 0; row < list->model()->rowCount() && withCart < 0; ++row) {
            if (list->model()->index(row, 0).data(ConversationListModel::CartItemCountRole).toInt() > 0)
                withCart = row;
        }
    }
    ASSERT_GE(withCart, 0) << "the demo shop has a conversation whose customer has a cart";
    const int items =
        list->model()->index(withCart, 0).data(ConversationListModel::CartItemCountRole).toInt();
    m_window->openRow(withCart);
    QLabel *cart = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QObject::tr("Cart"))
            cart = label;
    }
    ASSERT_TRUE(cart);
    EXPECT_TRUE(cart->isVisible());
    EXPECT_TRUE(cart->text().contains(QString::number(items))) << cart->text().toStdString();
    EXPECT_FALSE(cart->toolTip().isEmpty());
}

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings.append(message);
}

TEST(Delegates, PaintEveryMessageKindAndStateWithoutWarnings)
{
    OneCustomerCache seeded(QStringLiteral("Visitor 1"));
    ASSERT_TRUE(seeded.ok());
    Cache &cache = seeded.cache();
    QList<Message> messages;
    auto add = [&](MessageKind kind, MessageAuthor author, DeliveryState state, const QString &body) {
        Message m;
        m.id = messages.size() + 1;
        m.conversationId = 1;
        m.kind = kind;
        m.author = author;
        m.delivery = state;
        m.body = body;
        m.createdAt = QDateTime::currentDateTimeUtc().addSecs(messages.size());
        if (kind == MessageKind::Products)
            m.products = {SharedProduct{
                1, QStringLiteral("Merino sweater"), Money{8900, QStringLiteral("EUR")}, {}, {}}};
        if (kind == MessageKind::Discount) {
            m.discountCode = QStringLiteral("WELCOME10");
            m.discountSummary = QStringLiteral("10% off");
        }
        if (kind == MessageKind::Image) {
            m.imageId = QStringLiteral("abc");
            m.imageUrl = QStringLiteral("/media/abc");
        }
        if (state == DeliveryState::Failed)
            m.failureReason = QStringLiteral("The discount code is not active");
        if (kind == MessageKind::Notice) {
            m.notice = NoticeKind::GivenName;
            m.noticeDetail =
                QStringLiteral("Zoë van der Berg-Oosterhuis 🌷 (on her phone, the long way round)");
        }
        messages.append(m);
        ASSERT_TRUE(cache.messages().upsert(m));
    };
    add(MessageKind::Text, MessageAuthor::Customer, DeliveryState::Sent,
        QStringLiteral("<script>alert(1)</script> and a very long line ") + QString(400, QLatin1Char('x')));
    for (DeliveryState state :
         {DeliveryState::Pending, DeliveryState::Sent, DeliveryState::Emailed, DeliveryState::Failed})
        add(MessageKind::Text, MessageAuthor::Staff, state, QStringLiteral("Reply"));
    add(MessageKind::Products, MessageAuthor::Staff, DeliveryState::Sent, QString());
    add(MessageKind::Discount, MessageAuthor::Staff, DeliveryState::Sent, QString());
    add(MessageKind::Image, MessageAuthor::Staff, DeliveryState::Sent, QString());
    add(MessageKind::CartEvent, MessageAuthor::System, DeliveryState::Sent,
        QStringLiteral("Added Merino sweater to the cart"));
    add(MessageKind::System, MessageAuthor::System, DeliveryState::Sent,
        QStringLiteral("Conversation assigned to Aaron"));
    add(MessageKind::Notice, MessageAuthor::System, DeliveryState::Sent,
        QStringLiteral("Started this chat as ..."));

    MessageModel model(&cache, 1);
    ASSERT_EQ(model.rowCount(), messages.size());
    QListView view;
    view.resize(600, 800);
    view.setModel(&model);
    MessageDelegate delegate;
    view.setItemDelegate(&delegate);
    view.show();
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    QImage canvas(600, 400, QImage::Format_ARGB32);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(row, 0)));
        EXPECT_GT(option.rect.height(), 20) << row;
        QPainter painter(&canvas);
        delegate.paint(&painter, option, model.index(row, 0));
    }
    view.resize(600, 1400);
    const QImage whole = view.grab().toImage();
    qInstallMessageHandler(previous);
    if (qEnvironmentVariableIsSet("SHOPINBOX_TEST_OUTPUT"))
        whole.save(qEnvironmentVariable("SHOPINBOX_TEST_OUTPUT") + QStringLiteral("/delegates.png"));
    // Cards and images take their own room below the text: taller than a one-line reply.
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    const int replyHeight = delegate.sizeHint(option, model.index(2, 0)).height();
    for (int row : {5, 6, 7})
        EXPECT_GT(delegate.sizeHint(option, model.index(row, 0)).height(), replyHeight + 30) << row;
    EXPECT_FALSE(whole.isNull());
    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(QLatin1Char('\n')).toStdString();
    // The script stays text; the failure reason is shown.
    EXPECT_TRUE(MessageDelegate::displayText(model.index(0, 0)).startsWith(QStringLiteral("<script>")));
    EXPECT_TRUE(MessageDelegate::deliveryText(model.index(4, 0)).contains(QStringLiteral("not active")));
    // A notice is worded in the UI language from its kind and detail, not the server's English body.
    const QString notice = MessageDelegate::displayText(model.index(model.rowCount() - 1, 0));
    EXPECT_TRUE(notice.contains(QStringLiteral("Zoë van der Berg-Oosterhuis 🌷"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("not confirmed"))) << notice.toStdString();
}

} // namespace

namespace {

TEST_F(MainWindowTest, SavedRepliesAreInsertedByTypingASlashAndTheirShortcut)
{
    QListView *list = view(QStringLiteral("Conversations"));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    const int before = thread->model()->rowCount();
    auto *composer = m_window->findChild<QPlainTextEdit *>();
    SavedReplyCompleter *replies = m_window->savedReplies();
    ASSERT_TRUE(composer && replies);
    m_window->activateWindow();
    composer->setFocus();

    // "and/or" is not a shortcut: nothing offered.
    QTest::keyClicks(composer, QStringLiteral("and/or"));
    EXPECT_FALSE(replies->isPopupVisible());
    composer->clear();

    QTest::keyClicks(composer, QStringLiteral("Hi! /ship"));
    ASSERT_TRUE(waitFor([&] { return replies->isPopupVisible(); }));
    QAbstractItemView *popup = replies->completer()->popup();
    EXPECT_EQ(popup->model()->rowCount(), 1);
    EXPECT_EQ(popup->currentIndex().data().toString(), QStringLiteral("/shipping"));
    // Enter chooses the reply; it does not send.
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_FALSE(replies->isPopupVisible());
    EXPECT_TRUE(composer->toPlainText().startsWith(QStringLiteral("Hi! We ship within 1–2 business days")))
        << composer->toPlainText().toStdString();
    EXPECT_EQ(thread->model()->rowCount(), before);

    // Escape closes the list and keeps what was typed.
    composer->clear();
    QTest::keyClicks(composer, QStringLiteral("/re"));
    ASSERT_TRUE(waitFor([&] { return replies->isPopupVisible(); }));
    QTest::keyClick(popup, Qt::Key_Escape);
    EXPECT_FALSE(replies->isPopupVisible());
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("/re"));

    // A reply another staff member adds is offered as soon as it syncs.
    composer->clear();
    ASSERT_TRUE(m_session->actions().createSavedReply(QStringLiteral("giftwrap"),
                                                      QStringLiteral("We gift-wrap for free on request.")));
    ASSERT_TRUE(waitFor([&] {
        return m_session->cache().savedReplies().byShortcut(QStringLiteral("giftwrap")).has_value();
    }));
    QTest::keyClicks(composer, QStringLiteral("/gift"));
    ASSERT_TRUE(waitFor([&] { return replies->isPopupVisible(); }));
    QTest::keyClick(popup, Qt::Key_Tab);
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("We gift-wrap for free on request."));
    // And Enter, with the list closed, sends it.
    QTest::keyClick(composer, Qt::Key_Return);
    EXPECT_EQ(thread->model()->rowCount(), before + 1);
}

TEST_F(MainWindowTest, TheComposerSharesProductsAndADiscountIntoTheOpenConversation)
{
    QListView *list = view(QStringLiteral("Conversations"));
    QListView *thread = view(QStringLiteral("Messages"));
    ASSERT_TRUE(waitFor([&] { return list->model()->rowCount() > 0; }));
    m_window->openRow(0);
    ASSERT_TRUE(waitFor([&] { return thread->model() && thread->model()->rowCount() > 0; }));
    const int before = thread->model()->rowCount();

    ProductPickerDialog *products = m_window->openProductPicker();
    ASSERT_TRUE(products);
    ASSERT_TRUE(waitFor([&] { return products->model().rowCount() >= 2; }));
    ASSERT_TRUE(products->model().setSelected(products->model().productIdAt(0), true));
    products->accept();
    ASSERT_EQ(thread->model()->rowCount(), before + 1);
    const QModelIndex shared = thread->model()->index(before, 0);
    EXPECT_EQ(static_cast<MessageKind>(shared.data(MessageModel::KindRole).toInt()), MessageKind::Products);
    ASSERT_TRUE(waitFor([&] {
        return thread->model()->index(before, 0).data(MessageModel::DeliveryRole).toInt() ==
               static_cast<int>(DeliveryState::Sent);
    }));

    DiscountPickerDialog *discount = m_window->openDiscountPicker();
    ASSERT_TRUE(discount);
    ASSERT_TRUE(waitFor([&] { return discount->selectCode(QStringLiteral("WELCOME10")); }));
    discount->accept();
    ASSERT_EQ(thread->model()->rowCount(), before + 2);
    EXPECT_EQ(thread->model()->index(before + 1, 0).data(MessageModel::DiscountCodeRole).toString(),
              QStringLiteral("WELCOME10"));
    ASSERT_TRUE(waitFor([&] {
        return thread->model()->index(before + 1, 0).data(MessageModel::DeliveryRole).toInt() ==
               static_cast<int>(DeliveryState::Sent);
    }));
}

TEST_F(MainWindowTest, SavedRepliesAreCreatedEditedAndDeletedInTheirEditor)
{
    SavedRepliesDialog *dialog = m_window->openSavedReplies();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitFor([&] { return dialog->model().rowCount() >= 6; })); // the demo shop's replies
    const int before = dialog->model().rowCount();

    // Refused before anything is queued: a bad shortcut, an empty text, a taken shortcut.
    dialog->editRow(-1);
    dialog->shortcutEdit()->setText(QStringLiteral("Bad Shortcut"));
    dialog->textEdit()->setPlainText(QStringLiteral("text"));
    EXPECT_FALSE(dialog->save());
    EXPECT_FALSE(dialog->statusText().isEmpty());
    dialog->shortcutEdit()->setText(QStringLiteral("thanks"));
    EXPECT_FALSE(dialog->save());
    dialog->shortcutEdit()->setText(QStringLiteral("care"));
    dialog->textEdit()->setPlainText(QStringLiteral("   "));
    EXPECT_FALSE(dialog->save());
    EXPECT_EQ(m_session->cache().outbox().count(), 0);

    // Created: it appears once the server has it.
    dialog->textEdit()->setPlainText(QStringLiteral("Wash at 30°C, dry flat."));
    ASSERT_TRUE(dialog->save());
    ASSERT_TRUE(waitFor([&] { return dialog->model().rowCount() == before + 1; }));
    const std::optional<SavedReply> created =
        m_session->cache().savedReplies().byShortcut(QStringLiteral("care"));
    ASSERT_TRUE(created);

    // Edited, then deleted; both reach the server (the outbox empties without refusals).
    dialog->editRow(dialog->model().rowOfId(created->id));
    dialog->textEdit()->setPlainText(QStringLiteral("Wash at 30°C inside out, dry flat."));
    ASSERT_TRUE(dialog->save());
    ASSERT_TRUE(waitFor([&] { return m_session->cache().outbox().count() == 0; }));
    EXPECT_EQ(m_session->cache().savedReplies().get(created->id)->text,
              QStringLiteral("Wash at 30°C inside out, dry flat."));
    dialog->editRow(dialog->model().rowOfId(created->id));
    ASSERT_TRUE(dialog->remove());
    EXPECT_EQ(dialog->model().rowCount(), before);
    // (The edit's own event may still arrive first; the deletion's event settles it.)
    ASSERT_TRUE(waitFor([&] {
        return m_session->cache().outbox().count() == 0 &&
               !m_session->cache().savedReplies().get(created->id).has_value();
    }));
    EXPECT_EQ(dialog->model().rowCount(), before);
    dialog->close();
}

} // namespace
