#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace shopinbox {

class ClientSession;
class IncomingMessages;
struct CacheChanges;

/**
 * @brief Tells the merchant about new customer messages while the window is not active: a tray notification
 * with the customer's name and a preview (clicking it opens the conversation), or, where no tray exists,
 * QApplication::alert on the window. The tray icon's tooltip carries the unread count.
 */
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(ClientSession &session, QWidget *window, QObject *parent = nullptr);

    /** Whether a system tray is available (under Xvfb only with a tray host). */
    bool hasTray() const { return m_tray != nullptr; }
    /** Settings ▸ notifications: when off, nothing is announced (the unread count still updates). */
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /** The unread count the tray icon and tooltip show. */
    int unreadCount() const { return m_unread; }
    /** The last notification shown (title and text), for tests and accessibility. */
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

signals:
    /** The merchant clicked a notification: open this conversation. */
    void openConversation(qint64 conversationId);
    /** Quit from the tray menu. */
    void quitRequested();

private:
    void announce(qint64 conversationId, const QString &customerName, const QString &text);
    void updateUnread(int unread);
    void showWindow();

    ClientSession &m_session;
    QPointer<QWidget> m_window;
    IncomingMessages *m_incoming;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastConversation = 0;
    int m_unread = -1;
    bool m_enabled = true;
    QString m_lastTitle;
    QString m_lastText;
};

} // namespace shopinbox
