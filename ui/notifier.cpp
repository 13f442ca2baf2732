#include "notifier.h"

#include "appicons.h"
#include "models/incomingmessages.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

namespace shopinbox {

namespace {
// The application icon, with the unread count on a red badge when there is one.
QIcon trayIcon(int unread)
{
    if (unread <= 0)
        return AppIcons::app();
    QPixmap pixmap = AppIcons::app().pixmap(32, 32);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRect badge(14, 0, 18, 18);
    painter.setBrush(QColor(0xd7, 0x26, 0x1e));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(unread > 99 ? 8 : 11);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    return QIcon(pixmap);
}
} // namespace

Notifier::Notifier(ClientSession &session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_incoming(new IncomingMessages(&session.cache(), this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(trayIcon(0), this);
        m_tray->setToolTip(tr("Shop Inbox"));
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show Shop Inbox"), this, &Notifier::showWindow);
        menu->addAction(tr("Quit"), this, &Notifier::quitRequested);
        m_tray->setContextMenu(menu);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            if (m_lastConversation)
                emit openConversation(m_lastConversation);
        });
    }
    connect(m_incoming, &IncomingMessages::unreadOpenCountChanged, this, &Notifier::updateUnread);
    connect(m_incoming, &IncomingMessages::customerWrote, this, &Notifier::announce);
    updateUnread(m_incoming->unreadOpenCount());
}

void Notifier::showWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Notifier::updateUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    if (m_tray) {
        m_tray->setIcon(trayIcon(unread));
        m_tray->setToolTip(unread > 0 ? tr("Shop Inbox — %n unread", nullptr, unread) : tr("Shop Inbox"));
    }
}

void Notifier::announce(qint64 conversationId, const QString &customerName, const QString &text)
{
    if (!m_enabled)
        return;
    // Only what the live stream brings: a catch-up replays history the merchant has seen or will see in the
    // list (and comparing times would trust the server's clock).
    if ((m_window && m_window->isActiveWindow()) || m_session.sync().state() != SyncEngine::State::Online)
        return;
    m_lastConversation = conversationId;
    m_lastTitle = customerName.isEmpty() ? tr("A customer") : customerName;
    m_lastText = text;
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Information, 8000);
    else if (m_window)
        QApplication::alert(m_window);
}

} // namespace shopinbox
