#include "mainwindow.h"
#include "models/staffpermissions.h"
#include "models/teammodel.h"

#include "appicons.h"
#include "codec/imagetype.h"
#include "composerdrafts.h"
#include "composeredit.h"
#include "conversationheader.h"
#include "conversationlistpane.h"
#include "customerprofiledock.h"
#include "discountpickerdialog.h"
#include "domain/message.h"
#include "domain/textlinks.h"
#include "imagesenddialog.h"
#include "imageviewer.h"
#include "messagedelegate.h"
#include "models/conversationdetails.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/savedreplymodel.h"
#include "models/shopsettingsmodel.h"
#include "moneytext.h"
#include "preferences.h"
#include "productpickerdialog.h"
#include "savedrepliesdialog.h"
#include "savedreplycompleter.h"
#include "settingsdialog.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"
#include "threadlinks.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

namespace shopinbox {

MainWindow::MainWindow(ClientSession &session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_clock(session.clock())
    , m_settings(settings)
    , m_preferences(settings)
{
    m_conversations = new ConversationListModel(&session.cache(), this);
    m_shopSettings = new ShopSettingsModel(&session.cache(), this);
    m_details = new ConversationDetails(&session.cache(), this);
    m_conversations->setCurrentStaffId(session.account().staffId);
    buildUi();
    connect(&session.sync(), &SyncEngine::stateChanged, this, &MainWindow::updateStatus);
    connect(&session.sync(), &SyncEngine::lastErrorChanged, this, &MainWindow::updateStatus);
    connect(&session.sync(), &SyncEngine::progress, this, [this](qint64 applied, bool more) {
        m_syncApplied = more ? applied : 0;
        updateStatus();
    });
    connect(&session.cache(), &Cache::changed, this, [this](const CacheChanges &changes) {
        // The header follows its ConversationDetails; the composer follows whether the conversation exists.
        if (changes.conversations.contains(m_conversationId))
            updateHeader();
        // The conversation the merchant is reading is read: a new customer message in it (which the server
        // marks unread) does not make it unread here while this window is active.
        if (changes.conversations.contains(m_conversationId))
            markReadIfReading();
    });
    updateStatus();
    connect(&session.cache(), &Cache::changed, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1440, 820);
    restoreState();
}

MainWindow::~MainWindow()
{
    m_drafts->flush(); // while the composer still exists
}

void MainWindow::buildUi()
{
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;

    m_listPane = new ConversationListPane(m_conversations, m_session.account().staffId, m_clock, splitter);
    m_list = m_listPane->list();
    connect(m_listPane, &ConversationListPane::searchKeepsFilterChanged, this, [this](bool keep) {
        if (m_settings)
            m_settings->setValue(QStringLiteral("mainWindow/searchKeepsFilter"), keep);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openConversation(current.data(ConversationListModel::ConversationIdRole).toLongLong());
            });
    // Clicking the conversation already open (after "Mark unread", say) reads it again.
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.data(ConversationListModel::ConversationIdRole).toLongLong() == m_conversationId &&
            index.data(ConversationListModel::UnreadRole).toBool()) {
            m_markedUnreadByMe = 0;
            m_session.actions().markUnread(m_conversationId, false);
        }
    });

    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 8, 8, 8);
    m_header = new ConversationHeader(m_session, m_details, centre);
    connect(m_header, &ConversationHeader::markUnreadRequested, this, &MainWindow::markUnread);
    connect(m_header, &ConversationHeader::profileToggleRequested, this,
            [this] { m_profileDock->setVisible(!m_profileDock->isVisible()); });

    m_thread = new QListView(centre);
    m_thread->setAccessibleName(tr("Messages"));
    auto *messageDelegate = new MessageDelegate(m_thread);
    m_thumbnails = new ThumbnailCache(m_session.media(), this);
    messageDelegate->setThumbnails(m_thumbnails);
    messageDelegate->setClock(&m_clock);
    messageDelegate->setOwnStaffId(m_session.account().staffId);
    connect(m_thumbnails, &ThumbnailCache::changed, m_thread->viewport(), qOverload<>(&QWidget::update));
    m_thread->setItemDelegate(messageDelegate);
    // Links in bubbles open on a click, http(s) and mailto only (findLinks()).
    connect(new ThreadLinks(m_thread, messageDelegate), &ThreadLinks::linkActivated, this,
            [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    connect(m_thread, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()) == MessageKind::Image)
            viewImage(index.row());
    });
    m_thread->setSelectionMode(QAbstractItemView::NoSelection);
    m_thread->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thread->setResizeMode(QListView::Adjust);
    m_thread->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thread->setWordWrap(true);
    m_thread->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_thread, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_thread->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addActions(messageActions(index.row(), &menu));
        menu.exec(m_thread->viewport()->mapToGlobal(pos));
    });
    connect(m_thread->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_pinnedToBottom = value >= m_thread->verticalScrollBar()->maximum() - 4;
        loadOlderIfAtTop();
    });

    auto *composerRow = new QHBoxLayout;
    m_composer = new ComposerEdit(centre);
    connect(m_composer, &ComposerEdit::sendRequested, this, &MainWindow::send);
    m_composer->setAccessibleName(tr("Reply"));
    m_composer->setPlaceholderText(
        tr("Write a reply — Enter sends, Shift+Enter starts a new line, / inserts a saved reply"));
    m_composer->setMaximumHeight(96);
    m_drafts = new ComposerDrafts(m_composer, m_session.actions(), this);
    m_savedReplies = new SavedReplyCompleter(m_composer, new SavedReplyModel(&m_session.cache(), this));
    // Near the protocol's limit the composer counts; over it, Send is off (the text stays, nothing is lost).
    m_length = new QLabel(centre);
    m_length->setObjectName(QStringLiteral("composerLength"));
    m_length->hide();
    connect(m_composer, &QPlainTextEdit::textChanged, this, &MainWindow::updateComposerLength);
    m_productButton = new QPushButton(AppIcons::product(), tr("Product…"), centre);
    m_productButton->setAccessibleName(tr("Share products"));
    m_productButton->setToolTip(tr("Share up to 3 products from your online store"));
    connect(m_productButton, &QPushButton::clicked, this, &MainWindow::openProductPicker);
    m_discountButton = new QPushButton(AppIcons::discount(), tr("Discount…"), centre);
    m_discountButton->setAccessibleName(tr("Share a discount code"));
    m_discountButton->setToolTip(tr("Share one of the shop's active discount codes"));
    connect(m_discountButton, &QPushButton::clicked, this, &MainWindow::openDiscountPicker);
    m_imageButton = new QPushButton(AppIcons::image(), tr("Image…"), centre);
    m_imageButton->setAccessibleName(tr("Send an image"));
    m_imageButton->setToolTip(
        tr("Send a picture (PNG, JPEG, GIF or WebP, up to 10 MB); you can also paste or "
           "drop one"));
    connect(m_imageButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Send an image"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
        if (!path.isEmpty())
            offerImage(path);
    });
    // Dropped or pasted: the same preview and checks as the Image button.
    connect(m_composer, &ComposerEdit::imageFilesOffered, this, [this](const QStringList &paths) {
        if (m_conversationId)
            offerImage(paths.constFirst());
    });
    connect(m_composer, &ComposerEdit::imagePasted, this, [this](const QImage &image) {
        if (!m_conversationId)
            return;
        // Kept beside the cache until it is sent: the outbox uploads from the file, also after a restart.
        const QDir dir(QFileInfo(m_session.cache().path()).dir().filePath(QStringLiteral("pasted")));
        const QString path =
            dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".png"));
        if (!dir.mkpath(QStringLiteral(".")) || !image.save(path, "PNG")) {
            statusBar()->showMessage(tr("The pasted picture could not be saved to send it."), 8000);
            return;
        }
        offerImage(path);
    });
    m_sendButton = new QPushButton(tr("Send"), centre);
    m_sendButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_sendButton, &QPushButton::clicked, this, &MainWindow::send);
    // The composer takes the whole width (at 1024 px with the dock open, too); its tools and Send sit in a
    // row under it.
    composerRow->addWidget(m_productButton);
    composerRow->addWidget(m_discountButton);
    composerRow->addWidget(m_imageButton);
    composerRow->addStretch(1);
    composerRow->addWidget(m_length);
    composerRow->addWidget(m_sendButton);

    // Staff without chat permission read conversations but cannot answer: the line says why, in place of
    // the composer (the server would refuse the reply anyway).
    m_readOnly = new QLabel(
        tr("You can read this conversation but not reply: your account has no chat permission. The shop "
           "owner can give it to you in Settings → Team."),
        centre);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setFrameShape(QFrame::StyledPanel);
    m_readOnly->setMargin(8);
    m_composerTools = new QWidget(centre);
    m_composerTools->setLayout(composerRow);
    composerRow->setContentsMargins(0, 0, 0, 0);

    centreLayout->addWidget(m_header);
    centreLayout->addWidget(m_thread, 1);
    centreLayout->addWidget(m_readOnly);
    centreLayout->addWidget(m_composer);
    centreLayout->addWidget(m_composerTools);
    connect(&m_session.permissions(), &StaffPermissions::changed, this, &MainWindow::updateHeader);
    splitter->addWidget(m_listPane);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 800});
    setCentralWidget(splitter);

    m_profileDock = new CustomerProfileDock(m_session, m_clock, this);
    addDockWidget(Qt::RightDockWidgetArea, m_profileDock);
    connect(m_profileDock, &CustomerProfileDock::conversationRequested, this, &MainWindow::showConversation);
    resizeDocks({m_profileDock}, {320}, Qt::Horizontal);

    m_state = new QLabel(this);
    statusBar()->addWidget(m_state, 1);
    buildMenus();
    updateHeader();
}

void MainWindow::restoreState()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("splitter")).toByteArray());
    QMainWindow::restoreState(m_settings->value(QStringLiteral("docks")).toByteArray());
    m_listPane->setFilterIndex(m_settings->value(QStringLiteral("filter"), 0).toInt());
    m_listPane->setSearchKeepsFilter(m_settings->value(QStringLiteral("searchKeepsFilter"), false).toBool());
    m_settings->endGroup();
}

void MainWindow::saveState()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(QStringLiteral("mainWindow"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("docks"), QMainWindow::saveState());
    m_settings->setValue(QStringLiteral("filter"), m_listPane->filterIndex());
    m_settings->endGroup();
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_trayAvailable && m_preferences.closeToTray() && !m_closing) {
        // Keeps syncing and notifying; the tray icon brings the window back.
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setAccounts(const QList<Account> &accounts, const Account &current)
{
    m_accountsMenu->clear();
    for (const Account &account : accounts) {
        // "&" marks a mnemonic in a menu: "Maple & Moss" must read as written, not "Maple _Moss".
        QString shop = account.shopName.isEmpty() ? account.serverUrl.host() : account.shopName;
        shop.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_accountsMenu->addAction(tr("%1 — %2").arg(shop, account.email));
        // Ctrl+Alt+1 to 9: the shops in the order of the menu.
        const qsizetype number = m_accountsMenu->actions().size();
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + number)));
        action->setCheckable(true);
        action->setChecked(account.credentialKey() == current.credentialKey());
        if (!action->isChecked())
            connect(action, &QAction::triggered, this,
                    [this, account] { emit switchAccountRequested(account); });
    }
    m_accountsMenu->addSeparator();
    m_accountsMenu->addAction(tr("&Add a shop…"), this, &MainWindow::addAccountRequested);
}

SavedRepliesDialog *MainWindow::openSavedReplies()
{
    auto *dialog = new SavedRepliesDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::quit()
{
    m_closing = true;
    QCoreApplication::quit();
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog =
        new SettingsDialog(m_preferences, m_shopSettings, &m_session.actions(), m_trayAvailable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccess(&m_session.permissions(), new TeamModel(m_session.cache(), dialog),
                      m_session.account().staffId);
    connect(dialog, &QDialog::accepted, this, &MainWindow::preferencesChanged);
    connect(dialog, &SettingsDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language applies when Shop Inbox starts again."), 8000);
    });
    dialog->show();
    return dialog;
}

void MainWindow::showConversation(qint64 conversationId)
{
    int row = m_conversations->rowOf(conversationId);
    if (row < 0) {
        m_listPane->showEverything();
        row = m_conversations->rowOf(conversationId);
    }
    if (row < 0) {
        // A closed conversation is listed under Closed: show it there, selected.
        const std::optional<Conversation> conversation = m_details->lookup(conversationId);
        if (conversation && conversation->status == ConversationStatus::Closed) {
            m_listPane->setFilter(ConversationListModel::Filter::Closed);
            row = m_conversations->rowOf(conversationId);
        }
    }
    if (row >= 0)
        openRow(row);
    else
        openConversation(conversationId);
}

void MainWindow::openRow(int row)
{
    const QModelIndex index = m_conversations->index(row, 0);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void MainWindow::openConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    m_markedUnreadByMe = 0;
    auto *model = new MessageModel(&m_session.cache(), conversationId, this);
    m_thread->setModel(model);
    delete m_messages;
    m_messages = model;
    m_pinnedToBottom = true;
    m_drafts->setConversation(conversationId);
    connect(&m_session.outbox(), &OutboxSender::uploadProgress, model, &MessageModel::setUploadProgress);
    // New messages keep the view at the bottom only when it already was there.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first > 0 && m_pinnedToBottom)
            QTimer::singleShot(0, m_thread, &QListView::scrollToBottom);
    });
    QTimer::singleShot(0, m_thread, &QListView::scrollToBottom);
    m_profileDock->setConversation(conversationId);
    const std::optional<Conversation> conversation = m_details->lookup(conversationId);
    if (conversation && conversation->unread)
        m_session.actions().markUnread(conversationId, false);
    updateHeader();
}

void MainWindow::loadOlderIfAtTop()
{
    if (!m_messages || m_thread->verticalScrollBar()->value() != m_thread->verticalScrollBar()->minimum() ||
        !m_messages->hasOlder())
        return;
    // Keep the reading position: the same message stays under the reader's eyes. The view lays the new rows
    // out later (a delayed layout), so the position is restored when the scroll range has grown.
    QScrollBar *bar = m_thread->verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    const int before = bar->maximum();
    m_messages->loadOlder();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(bar, &QScrollBar::rangeChanged, this, [bar, fromBottom, before, connection](int, int max) {
            if (max == before)
                return;
            QObject::disconnect(*connection);
            bar->setValue(max - fromBottom);
        });
}

void MainWindow::updateHeader()
{
    const bool open = m_conversationId && m_details->lookup(m_conversationId).has_value();
    const bool canChat = m_session.permissions().canChat();
    m_readOnly->setVisible(!canChat);
    m_composer->setVisible(canChat);
    m_composerTools->setVisible(canChat);
    m_header->setCanChat(canChat);
    m_composer->setEnabled(open && canChat);
    updateComposerLength(); // Send: a conversation and a reply within the limit
    m_imageButton->setEnabled(open);
    m_productButton->setEnabled(open);
    m_discountButton->setEnabled(open);
    m_header->setConversation(open ? m_conversationId : 0);
}

void MainWindow::updateStatus()
{
    const SyncEngine &sync = m_session.sync();
    QString text;
    switch (sync.state()) {
    case SyncEngine::State::Offline:
        text = tr("Offline");
        break;
    case SyncEngine::State::Connecting:
        text = tr("Connecting…");
        break;
    case SyncEngine::State::Syncing:
        text = m_syncApplied > 0 ? tr("Syncing… %L1 updates received").arg(m_syncApplied) : tr("Syncing…");
        break;
    case SyncEngine::State::Online:
        text = tr("Online");
        break;
    }
    if (sync.state() != SyncEngine::State::Online && !sync.lastError().isEmpty())
        text += QStringLiteral(" — ") + sync.lastError();
    m_state->setText(text);
    m_listPane->setOffline(sync.state() == SyncEngine::State::Offline);
}

void MainWindow::send()
{
    const QString text = m_composer->toPlainText();
    if (!m_conversationId || text.trimmed().isEmpty())
        return;
    if (m_session.actions().sendText(m_conversationId, text)) {
        m_composer->clear();
        m_pinnedToBottom = true;
        m_thread->scrollToBottom();
    } else {
        statusBar()->showMessage(m_session.actions().lastError(), 8000);
    }
}

void MainWindow::markReadIfReading()
{
    if (!m_conversationId || !isActiveWindow() || m_markedUnreadByMe == m_conversationId)
        return;
    const std::optional<Conversation> conversation = m_details->lookup(m_conversationId);
    if (conversation && conversation->unread)
        m_session.actions().markUnread(m_conversationId, false);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        markReadIfReading();
}

void MainWindow::updateComposerLength()
{
    const qsizetype length = m_composer->toPlainText().size();
    const bool over = length > Message::MaxBodyLength;
    m_length->setVisible(length > Message::MaxBodyLength * 9 / 10);
    m_length->setText(tr("%L1 / %L2").arg(length).arg(Message::MaxBodyLength));
    m_length->setStyleSheet(over ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    m_length->setToolTip(over ? tr("Too long to send: shorten the reply by %Ln character(s).", nullptr,
                                   int(length - Message::MaxBodyLength))
                              : QString());
    // The composer is enabled exactly when a conversation is open (updateHeader()).
    m_sendButton->setEnabled(m_composer->isEnabled() && !over);
}

QList<QAction *> MainWindow::messageActions(int row, QObject *parent)
{
    QList<QAction *> actions;
    if (!m_messages)
        return actions;
    const QModelIndex index = m_messages->index(row, 0);
    if (!index.isValid())
        return actions;
    const QString text = MessageDelegate::displayText(index);
    auto *copy = new QAction(tr("Copy text"), parent);
    connect(copy, &QAction::triggered, this, [text] { QGuiApplication::clipboard()->setText(text); });
    actions.append(copy);
    // Links are opened on request only, never by rendering: the text itself stays plain.
    for (const QString &url : findLinks(text)) {
        auto *open = new QAction(
            tr("Open %1").arg(url.size() > 60 ? url.left(57) + QStringLiteral("…") : url), parent);
        connect(open, &QAction::triggered, this, [url] { QDesktopServices::openUrl(QUrl(url)); });
        actions.append(open);
    }
    if (static_cast<MessageKind>(index.data(MessageModel::KindRole).toInt()) == MessageKind::Image) {
        auto *view = new QAction(tr("View image"), parent);
        connect(view, &QAction::triggered, this, [this, row] { viewImage(row); });
        actions.prepend(view);
    }
    // Retry and Discard only for what never reached the server (still in the outbox); a message the server
    // accepted but could not email stays as it is, with its reason.
    const bool inOutbox = m_session.actions().isQueued(index.data(MessageModel::ClientIdRole).toString());
    if (inOutbox &&
        index.data(MessageModel::DeliveryRole).toInt() == static_cast<int>(DeliveryState::Failed)) {
        const qint64 localId = index.data(MessageModel::LocalIdRole).toLongLong();
        auto *retry = new QAction(tr("Retry sending"), parent);
        connect(retry, &QAction::triggered, this, [this, localId] {
            if (!m_session.actions().retry(localId))
                statusBar()->showMessage(m_session.actions().lastError(), 8000);
        });
        auto *discard = new QAction(tr("Discard"), parent);
        connect(discard, &QAction::triggered, this, [this, localId] {
            if (!m_session.actions().discard(localId))
                statusBar()->showMessage(m_session.actions().lastError(), 8000);
        });
        actions.append(retry);
        actions.append(discard);
    }
    return actions;
}

template<typename Picker> Picker *MainWindow::openPicker(Picker *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId = m_conversationId] {
        QString error;
        if (!dialog->sendTo(m_session.actions(), conversationId, &error))
            statusBar()->showMessage(error, 8000);
        m_pinnedToBottom = true;
    });
    dialog->show();
    return dialog;
}

ProductPickerDialog *MainWindow::openProductPicker()
{
    if (!m_conversationId)
        return nullptr;
    return openPicker(new ProductPickerDialog(m_session.cache(), &m_session.api(), m_thumbnails, this));
}

DiscountPickerDialog *MainWindow::openDiscountPicker()
{
    if (!m_conversationId)
        return nullptr;
    return openPicker(new DiscountPickerDialog(m_session.cache(), &m_session.api(), this));
}

ImageViewer *MainWindow::viewImage(int row)
{
    if (!m_messages)
        return nullptr;
    const QString url = m_messages->index(row, 0).data(MessageModel::ImageUrlRole).toString();
    const QPixmap pixmap = m_thumbnails->fullSize(url);
    if (pixmap.isNull()) {
        statusBar()->showMessage(m_thumbnails->failed(url) ? tr("The image is not available.")
                                                           : tr("The image is still loading."),
                                 6000);
        return nullptr;
    }
    auto *viewer = new ImageViewer(pixmap, tr("Image from %1").arg(m_header->title()), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

bool MainWindow::offerImage(const QString &path)
{
    // A preview with name and size first: the merchant sees what the customer will get.
    ImageSendDialog preview(path, this);
    return preview.exec() == QDialog::Accepted && sendImageFile(path);
}

bool MainWindow::sendImageFile(const QString &path)
{
    QString error = ImageSendDialog::check(path);
    if (error.isEmpty() && !m_session.actions().sendImage(m_conversationId, path))
        error = m_session.actions().lastError();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Image not sent"), error);
        return false;
    }
    m_pinnedToBottom = true;
    return true;
}

void MainWindow::updateTitle()
{
    const int unread = m_conversations->unreadOpenCount();
    // Qt adds the application's display name ("… — Shop Inbox"): the title says only the shop and its unread.
    const QString shop = m_session.account().shopName;
    setWindowTitle(unread > 0 ? tr("%1 (%n unread)", nullptr, unread).arg(shop) : shop);
}

void MainWindow::saveScreenshotWhenSynced(const QString &path, qint64 conversationId, int timeoutMs)
{
    auto shoot = [this, path, conversationId] {
        if (conversationId)
            showConversation(conversationId);
        else
            openRow(0);
        // Let the views lay out and the thread scroll to its newest message before rendering.
        QTimer::singleShot(300, this, [this, path] {
            const bool ok = grab().save(path, "PNG");
            emit screenshotSaved(ok);
        });
    };
    if (m_session.sync().state() == SyncEngine::State::Online) {
        shoot();
        return;
    }
    auto fired = std::make_shared<bool>(false);
    auto once = [fired, shoot] {
        if (*fired)
            return;
        *fired = true;
        shoot();
    };
    connect(&m_session.sync(), &SyncEngine::stateChanged, this, [once](SyncEngine::State state) {
        if (state == SyncEngine::State::Online)
            once();
    });
    QTimer::singleShot(timeoutMs, this, once);
}

} // namespace shopinbox
