#include "notifier.h"

#include "storage/cache.h"
#include "storage/conversationstore.h"
#include "storage/customerstore.h"
#include "storage/messagestore.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

namespace shopinbox {

namespace {
QIcon trayIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2f, 0x6f, 0x4e));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRect(2, 4, 28, 22), 6, 6);
    painter.drawPolygon(QPolygon({QPoint(8, 24), QPoint(8, 31), QPoint(15, 25)}));
    return QIcon(pixmap);
}
} // namespace

Notifier::Notifier(ClientSession &session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(trayIcon(), this);
        m_tray->setToolTip(tr("Shop Inbox"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->activateWindow();
            }
            if (m_lastConversation)
                emit openConversation(m_lastConversation);
        });
    }
    connect(&session.cache(), &Cache::changed, this, &Notifier::onChanged);
}

void Notifier::onChanged(const CacheChanges &changes)
{
    if (m_tray) {
        const int unread = m_session.cache().conversations().unreadOpenCount();
        m_tray->setToolTip(unread > 0 ? tr("Shop Inbox — %n unread", nullptr, unread) : tr("Shop Inbox"));
    }
    // Only what the live stream brings: a catch-up replays history the merchant has seen or will see in the
    // list (and comparing times would trust the server's clock).
    if ((m_window && m_window->isActiveWindow()) || m_session.sync().state() != SyncEngine::State::Online)
        return;
    for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
        for (qint64 localId : it.value()) {
            const std::optional<Message> message = m_session.cache().messages().get(localId);
            if (!message || message->author != MessageAuthor::Customer || message->id == 0 ||
                !m_notified.insert(message->id).second)
                continue;
            const std::optional<Conversation> conversation = m_session.cache().conversations().get(it.key());
            const std::optional<Customer> customer =
                conversation ? m_session.cache().customers().get(conversation->customerId) : std::nullopt;
            m_lastConversation = it.key();
            m_lastTitle = customer ? customer->displayName() : tr("A customer");
            m_lastText = message->body.left(140);
            if (m_tray)
                m_tray->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Information, 8000);
            else if (m_window)
                QApplication::alert(m_window);
        }
    }
}

} // namespace shopinbox
