#pragma once

#include <QDialog>
#include <QList>
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
class LocalActions;
class ProductSearchModel;
class ThumbnailCache;

/**
 * @brief Picks up to three products published to the online store to share in a conversation.
 *
 * Searching happens as the user types (after SearchDelayMs without typing): on the server when it answers,
 * else in the catalogue saved on this computer, which the dialog then says. Rows are checked to select them;
 * the selection is kept across searches, and a fourth product is refused with a hint. An optional text goes
 * with the products. "Share product(s)" is enabled with one to three products selected; accepting leaves the
 * choice in selectedProductIds() and text(), and sendTo() queues the message.
 */
class ProductPickerDialog : public QDialog
{
    Q_OBJECT
public:
    /** Milliseconds without typing before a search starts. */
    static constexpr int SearchDelayMs = 250;

    /**
     * @p api may be nullptr (offline: the saved catalogue answers); @p thumbnails may be nullptr (no
     * thumbnails). Neither is owned. The first search (every product) starts at once.
     */
    ProductPickerDialog(Cache &cache, ApiClient *api, ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~ProductPickerDialog() override;

    /** The selected product ids, in the order they were selected (at most three). */
    QList<qint64> selectedProductIds() const;
    /** The text to send with the products (trimmed; may be empty). */
    QString text() const;
    /** What the dialog says about where the results come from, e.g. "Showing products saved on this
     * computer". */
    QString sourceText() const;
    /** The hint shown when a fourth product was refused; empty when none is shown. */
    QString hintText() const;
    /** The results model (for tests and for the composer's own use). */
    ProductSearchModel &model() { return *m_model; }

    /**
     * Queues the products message with LocalActions::sendProducts(). Returns the pending message's local id,
     * or nullopt (with the reason in @p error when given) when nothing is selected or it could not be queued.
     */
    std::optional<qint64> sendTo(LocalActions &actions, qint64 conversationId,
                                 QString *error = nullptr) const;

    /** Accepts only with one to three products selected. */
    void accept() override;

private:
    void startSearch();
    void updateSource();
    void updateSelection();
    void refuseFourth();

    ProductSearchModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_source = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_selection = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_share = nullptr;
};

} // namespace shopinbox
