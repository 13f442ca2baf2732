#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace shopinbox {

class ApiClient;
class Cache;
class DiscountSearchModel;
class LocalActions;

/**
 * @brief Picks one of the shop's discount codes to share in a conversation.
 *
 * Lists the codes (code, summary, active or inactive) and searches as the user types (after SearchDelayMs
 * without typing): on the server when it answers, else among the codes saved on this computer, which the
 * dialog then says. Selecting an inactive code shows why it cannot be shared and keeps "Share discount"
 * disabled. Accepting leaves the choice in selectedCode() and text(); sendTo() queues the message.
 */
class DiscountPickerDialog : public QDialog
{
    Q_OBJECT
public:
    /** Milliseconds without typing before a search starts. */
    static constexpr int SearchDelayMs = 250;

    /** @p api may be nullptr (offline: the saved codes answer); it is not owned. The first search starts at
     * once. */
    DiscountPickerDialog(Cache &cache, ApiClient *api, QWidget *parent = nullptr);
    ~DiscountPickerDialog() override;

    /** The selected code when it is active (shareable), else an empty string. */
    QString selectedCode() const;
    /** The text to send with the code (trimmed; may be empty). */
    QString text() const;
    /** What the dialog says about where the codes come from; e.g. "Showing discounts saved on this computer".
     */
    QString sourceText() const;
    /** The error shown for the selection (an inactive code), or an empty string. */
    QString errorText() const;
    /** Selects the row of @p code (case-insensitive) among the results; false when it is not listed. */
    bool selectCode(const QString &code);
    /** The results model (for tests and for the composer's own use). */
    DiscountSearchModel &model() { return *m_model; }

    /**
     * Queues the discount message with LocalActions::sendDiscount(). Returns the pending message's local id,
     * or nullopt (with the reason in @p error when given) when no active code is selected or it could not be
     * queued.
     */
    std::optional<qint64> sendTo(LocalActions &actions, qint64 conversationId,
                                 QString *error = nullptr) const;

    /** Accepts only with an active code selected. */
    void accept() override;

private:
    void startSearch();
    void updateSource();
    void updateSelection();
    int currentRow() const;

    DiscountSearchModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_source = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_share = nullptr;
    QString m_selectedCode; ///< Kept across searches until another row is chosen.
};

} // namespace shopinbox
