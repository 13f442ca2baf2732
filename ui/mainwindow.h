#pragma once

#include "auth/account.h"
#include "domain/clock.h"
#include "preferences.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSplitter;

namespace shopinbox {

class ClientSession;
class ComposerEdit;
class ConversationDetails;
class ConversationHeader;
class ConversationListPane;
class CustomerProfileDock;
class DiscountPickerDialog;
class ImageViewer;
class ProductPickerDialog;
class SavedReplyCompleter;
class ComposerDrafts;
class SavedRepliesDialog;
class SettingsDialog;
class ThumbnailCache;
class ConversationListModel;
class MessageModel;
class ShopSettingsModel;

/**
 * @brief The inbox window: conversation list on the left, the open conversation with its composer in the
 * centre, connection state in the status bar. Everything reads the cache through the models, so it works the
 * same offline; every change goes through LocalActions (optimistic, queued in the outbox).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** @p settings (optional) keeps the window geometry, splitter and selected filter across runs. */
    explicit MainWindow(ClientSession &session, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p conversationId, switching the filter and clearing the search when it is not listed. */
    void showConversation(qint64 conversationId);
    /**
     * The actions for the message in @p row of the open conversation: copy its text, open each link in it,
     * and Retry / Discard when it failed to send. The thread's context menu shows them.
     */
    QList<QAction *> messageActions(int row, QObject *parent);
    /** Shows the preview of @p path and sends it when the merchant accepts (Image button, drop, paste). */
    bool offerImage(const QString &path);
    /** Sends an image file from the composer: PNG, JPEG, GIF or WebP up to 10 MiB; false with a message if
     * not. */
    bool sendImageFile(const QString &path);
    /** The composer's pickers for the open conversation (non-modal; accepting shares into it). nullptr
     * without an open conversation. */
    ProductPickerDialog *openProductPicker();
    DiscountPickerDialog *openDiscountPicker();
    /** The composer's `/shortcut` completion of saved replies. */
    SavedReplyCompleter *savedReplies() const { return m_savedReplies; }
    /** Opens the image message in @p row of the open conversation full size; nullptr (and a status message)
     * while the image is not available. */
    ImageViewer *viewImage(int row);
    /** The shops the merchant has signed in to, for File ▸ Switch shop; @p current is checked. */
    void setAccounts(const QList<Account> &accounts, const Account &current);
    /** With a tray, closing the window can hide it there (Settings ▸ close to tray). */
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    /** Writes geometry, splitter and filter to the settings (also done on close). */
    void saveState();
    /** Quits the application, even when closing would only hide the window in the tray. */
    void quit();
    /** Opens the editor of the shop's saved replies (non-modal). */
    SavedRepliesDialog *openSavedReplies();
    /** Opens the Settings dialog (non-modal) and returns it. */
    SettingsDialog *openSettings();
    /** Opens the conversation in @p row of the list (0: the newest). */
    void openRow(int row);
    /** Once the first sync is done (or after @p timeoutMs), opens @p conversationId (0: the first in the
     * list), renders the window to @p path as PNG and emits screenshotSaved(). */
    void saveScreenshotWhenSynced(const QString &path, qint64 conversationId = 0, int timeoutMs = 60000);

    /** The customer profile beside the conversation (View ▸ Customer profile, or click the name). */
    CustomerProfileDock *profileDock() const { return m_profileDock; }

signals:
    void screenshotSaved(bool ok);
    void switchAccountRequested(const Account &account);
    void addAccountRequested();
    void signOutRequested();
    /** Settings were saved (the notifier re-reads whether to notify). */
    void preferencesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void openConversation(qint64 conversationId);
    void updateHeader();
    void updateStatus();
    void send();
    void updateComposerLength();
    /** Marks the open conversation read when this window is active (unless the merchant marked it unread). */
    void markReadIfReading();
    /** Whether the server emails replies to customers who left (as its last sync page said). */
    void markUnread();
    void loadOlderIfAtTop();
    void buildMenus();
    void moveSelection(int delta);
    void openNextUnread();
    void updateTitle();

    void restoreState();
    /** Shows a picker (non-modal); accepting it shares into the conversation open at that moment. */
    template<typename Picker> Picker *openPicker(Picker *dialog);

    ClientSession &m_session;
    const Clock &m_clock; ///< The session's.
    QSettings *m_settings = nullptr;
    Preferences m_preferences;
    bool m_closing = false; ///< Quitting: close for real even with close-to-tray.
    QSplitter *m_splitter = nullptr;
    ConversationListModel *m_conversations = nullptr;
    ShopSettingsModel *m_shopSettings = nullptr;
    ConversationDetails *m_details = nullptr; ///< The open conversation, for the header and the composer.
    MessageModel *m_messages = nullptr;
    qint64 m_conversationId = 0;
    bool m_pinnedToBottom = true;
    qint64 m_syncApplied = 0; ///< Events applied so far in the running catch-up.

    ConversationListPane *m_listPane = nullptr;
    QListView *m_list = nullptr;
    ConversationHeader *m_header = nullptr;
    QListView *m_thread = nullptr;
    ComposerEdit *m_composer = nullptr;
    ComposerDrafts *m_drafts = nullptr;
    qint64 m_markedUnreadByMe = 0;      ///< The open conversation the merchant marked unread on purpose.
    QLabel *m_readOnly = nullptr;       ///< Why there is no composer (no chat permission).
    QWidget *m_composerTools = nullptr; ///< The row under the composer: pickers, length, Send.
    QLabel *m_length = nullptr;         ///< "4,870 / 5,000" near and over the limit.
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_imageButton = nullptr;
    QPushButton *m_productButton = nullptr;
    SavedReplyCompleter *m_savedReplies = nullptr;
    CustomerProfileDock *m_profileDock = nullptr;
    QPushButton *m_discountButton = nullptr;
    QMenu *m_accountsMenu = nullptr;
    bool m_trayAvailable = false;
    ThumbnailCache *m_thumbnails = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace shopinbox
