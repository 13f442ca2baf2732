#pragma once

#include <QDockWidget>
#include <QHash>
#include <QTimer>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace shopinbox {

class CartLinesModel;
class ClientSession;
class Clock;
class CustomerProfile;
class OrderListModel;

/**
 * @brief The customer beside the conversation: details (new or returning, Manage link, customer since,
 * lifetime spend, contact, live local time, marketing consent), the internal note (saved through the
 * outbox), the live cart (three lines and "View all (N)"), the last order (last 60 days or still open, with
 * "View all" for several open orders) and the conversation's details. Everything comes from the cache, so
 * it works offline, and follows it live.
 */
class CustomerProfileDock : public QDockWidget
{
    Q_OBJECT
public:
    /** Lines of the cart shown before "View all (N)". */
    static constexpr int CartPreviewLines = 3;

    CustomerProfileDock(ClientSession &session, const Clock &clock, QWidget *parent = nullptr);
    ~CustomerProfileDock() override;

    void setConversation(qint64 conversationId);

    CustomerProfile &profile() { return *m_profile; }
    CartLinesModel &cartLines() { return *m_cartLines; }
    OrderListModel &openOrders() { return *m_openOrders; }

    /** The text of each section as shown (for tests and screen readers): "details", "cart", "order",
     * "conversation", "others" (one line per other conversation). */
    QString sectionText(const QString &section) const;
    /** What the note section says about the note (saved, changed meanwhile, refused). */
    QString noteStatus() const;
    QPlainTextEdit *noteEditor() const { return m_note; }
    /** Saves the edited note (Ctrl+Return in the editor or the Save button). */
    bool saveNote();
    /** Opens the list of every cart line or every open order; returns the dialog (non-modal). */
    QWidget *showAllCartLines();
    QWidget *showAllOpenOrders();

signals:
    /** The merchant clicked another conversation of the customer. */
    void conversationRequested(qint64 conversationId);

private:
    void refresh();
    void refreshDetails();
    void refreshNote();
    void refreshCart();
    void refreshOrder();
    void refreshConversation();
    void refreshOthers();
    QWidget *section(const QString &title, QVBoxLayout **body);
    QString cartLineText(int row) const;
    QString orderText(int row) const;

    ClientSession &m_session;
    const Clock &m_clock;
    CustomerProfile *m_profile;
    CartLinesModel *m_cartLines;
    OrderListModel *m_openOrders;
    QTimer m_tick; ///< Keeps the local time current.

    QWidget *m_othersSection = nullptr;
    QVBoxLayout *m_othersBody = nullptr;
    QList<QPushButton *> m_othersButtons;

    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_manage = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_localTime = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_saveNote = nullptr;
    QLabel *m_noteStatus = nullptr;
    QString m_noteBase;                    ///< The note as it was when the merchant started editing.
    qint64 m_noteCustomerId = 0;           ///< Whose note the editor holds.
    QHash<qint64, QString> m_unsavedNotes; ///< Edits not saved yet, by customer, kept across switching.
    QLabel *m_cart = nullptr;
    QPushButton *m_cartAll = nullptr;
    QLabel *m_order = nullptr;
    QPushButton *m_orderLink = nullptr;
    QPushButton *m_ordersAll = nullptr;
    QLabel *m_conversation = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace shopinbox
