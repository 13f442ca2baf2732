#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace shopinbox {

class ClientSession;
class ConversationDetails;

/**
 * @brief The top of the open conversation: the customer's name (a click shows or hides their profile) with
 * "Online" beside it while they are in the store, how a reply reaches them when they are not, their live cart
 * (subtotal and the first lines with quantities), and the Assign (with the assignee), Mark as unread and
 * Close/Reopen buttons.
 *
 * Everything comes from the cache and is redrawn by refresh(); assigning and closing go through
 * LocalActions. Marking unread is the window's business (it remembers who did it): markUnreadRequested().
 */
class ConversationHeader : public QWidget
{
    Q_OBJECT
public:
    /** Cart lines the header names (with their quantities) before "N more". */
    static constexpr int CartLines = 3;

    /** Shows @p details (kept up to date by the model); acts through the session's LocalActions. */
    ConversationHeader(ClientSession &session, ConversationDetails *details, QWidget *parent = nullptr);

    /** Shows @p conversationId (0: none). */
    void setConversation(qint64 conversationId);
    /** Reads the conversation, its customer and cart again. */
    void refresh();
    /** Closes the conversation, or reopens it. */
    void toggleClosed();
    /** The customer's name as the header shows it. */
    QString title() const;
    /** Opens the Assign menu (when a conversation is shown). */
    void showAssignMenu();
    /** Without chat permission the conversation is read-only: assign, mark unread and close are off. */
    void setCanChat(bool canChat);

signals:
    void markUnreadRequested();
    /** The merchant clicked the customer's name. */
    void profileToggleRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillAssignMenu();
    ClientSession &m_session;
    ConversationDetails *m_details;
    qint64 m_conversationId = 0;
    bool m_canChat = true;
    QLabel *m_title = nullptr;
    QLabel *m_online = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_cart = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_unreadButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace shopinbox
