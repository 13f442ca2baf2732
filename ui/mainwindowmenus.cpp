// MainWindow's menus and keyboard navigation (the rest of the window is in mainwindow.cpp).
#include "composeredit.h"
#include "conversationheader.h"
#include "conversationlistpane.h"
#include "customerprofiledock.h"
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "savedreplycompleter.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace shopinbox {

void MainWindow::buildMenus()
{
    // Every action in a menu with its shortcut, so the keyboard reaches everything and shows how.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_accountsMenu = file->addMenu(tr("S&witch shop"));
    setAccounts({m_session.account()}, m_session.account());
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    file->addAction(tr("Saved &replies…"), this, &MainWindow::openSavedReplies);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search"), m_listPane, &ConversationListPane::focusSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *next = go->addAction(tr("&Next conversation"), this, [this] { moveSelection(+1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction *previous = go->addAction(tr("&Previous conversation"), this, [this] { moveSelection(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction *nextUnread = go->addAction(tr("Next &unread conversation"), this, &MainWindow::openNextUnread);
    nextUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    go->addSeparator();
    // The filters, Ctrl+1 to Ctrl+4 in the order of the list's menu.
    const QStringList filters{tr("Show &open conversations"), tr("Show &closed conversations"),
                              tr("Show u&nread conversations"), tr("Show conversations &assigned to me")};
    for (int i = 0; i < filters.size(); ++i) {
        QAction *filter = go->addAction(filters.at(i), this, [this, i] { m_listPane->setFilterIndex(i); });
        filter->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *help = nullptr;
    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    QAction *sendAction = conversation->addAction(tr("S&end reply"), this, &MainWindow::send);
    sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *shareProduct =
        conversation->addAction(tr("Share &products…"), this, &MainWindow::openProductPicker);
    shareProduct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *shareDiscount =
        conversation->addAction(tr("Share a &discount…"), this, &MainWindow::openDiscountPicker);
    shareDiscount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *sendImage = conversation->addAction(tr("Send an &image…"), m_imageButton, &QPushButton::click);
    sendImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *savedReply = conversation->addAction(tr("Insert a saved &reply"), this, [this] {
        if (m_composer->isEnabled())
            m_savedReplies->start();
    });
    savedReply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    conversation->addSeparator();
    QAction *close =
        conversation->addAction(tr("&Close or reopen"), m_header, &ConversationHeader::toggleClosed);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *unread = conversation->addAction(tr("Mark as &unread"), this, &MainWindow::markUnread);
    unread->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *assign = conversation->addAction(tr("&Assign…"), m_header, &ConversationHeader::showAssignMenu);
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *profile = m_profileDock->toggleViewAction();
    profile->setText(tr("Customer &profile"));
    profile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    viewMenu->addAction(profile);
    help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shop Inbox"), this, [this] {
        QMessageBox::about(this, tr("About Shop Inbox"),
                           tr("Shop Inbox %1\nAnswer the chats customers start in your online store.\n"
                              "Signed in to %2 as %3.")
                               .arg(QCoreApplication::applicationVersion(), m_session.account().shopName,
                                    m_session.account().email));
    });
    // The send button keeps no shortcut of its own: the menu action owns Ctrl+Return.
    m_sendButton->setShortcut(QKeySequence());
}

void MainWindow::moveSelection(int delta)
{
    const int row = qBound(0, m_list->currentIndex().row() + delta, m_conversations->rowCount() - 1);
    if (m_conversations->rowCount() > 0)
        openRow(row);
}

void MainWindow::openNextUnread()
{
    const int rows = m_conversations->rowCount();
    const int start = m_list->currentIndex().row();
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        if (m_conversations->index(row, 0).data(ConversationListModel::UnreadRole).toBool()) {
            openRow(row);
            return;
        }
    }
    statusBar()->showMessage(tr("No unread conversations"), 4000);
}

void MainWindow::markUnread()
{
    if (!m_conversationId)
        return;
    m_markedUnreadByMe = m_conversationId; // stays unread until the merchant opens or clicks it again
    m_session.actions().markUnread(m_conversationId, true);
}

} // namespace shopinbox
