#pragma once

#include "domain/clock.h"
#include "models/conversationlistmodel.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace shopinbox {

/**
 * @brief The inbox's left side: the filter, the search box, the conversation list and what a search found.
 *
 * A search covers every conversation; while one is typed a chip ("Only Open") keeps it to the filter, and
 * the merchant's choice is kept. When nothing is listed a line says why — no match at all, or how many
 * matches the kept filter hides ("2 matches in Closed"), with a link that searches everything.
 */
class ConversationListPane : public QWidget
{
    Q_OBJECT
public:
    /** Milliseconds without typing before the list follows the search box. */
    static constexpr int SearchDelayMs = 250;

    /** @p model is not owned; @p ownStaffId is the signed-in staff member (for the rows' "You:"). */
    ConversationListPane(ConversationListModel *model, qint64 ownStaffId, const Clock &clock,
                         QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    int filterIndex() const;
    void setFilterIndex(int index);
    /** Selects @p filter in the filter menu. */
    void setFilter(ConversationListModel::Filter filter);
    /** Shows every conversation: clears the search and selects the first filter. */
    void showEverything();
    /** Puts the keyboard in the search box with its text selected. */
    void focusSearch();
    /** Whether a search stays inside the filter (the "Only …" chip). */
    void setSearchKeepsFilter(bool keep);
    /** The "Offline: showing cached conversations" line. */
    void setOffline(bool offline);
    /** The text under an empty list (empty when the list has rows). */
    QString emptyText() const;

signals:
    /** The merchant turned the "Only …" chip on or off (to keep the choice). */
    void searchKeepsFilterChanged(bool keep);

private:
    void applySearch();
    void updateChip();
    void updateEmptyText();
    QString filterName() const;

    ConversationListModel *m_model;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_chip = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_list = nullptr;
    QTimer m_searchDelay;
};

} // namespace shopinbox
