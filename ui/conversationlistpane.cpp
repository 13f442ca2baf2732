#include "conversationlistpane.h"

#include "conversationdelegate.h"
#include "models/conversationlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopinbox {

using Filter = ConversationListModel::Filter;

ConversationListPane::ConversationListPane(ConversationListModel *model, qint64 ownStaffId,
                                           const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMinimumWidth(270); // name, time and preview stay readable (the Online chip beside the name)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 8);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Show conversations"));
    m_filter->addItem(tr("Open"), QVariant::fromValue(Filter::Open));
    m_filter->addItem(tr("Closed"), QVariant::fromValue(Filter::Closed));
    m_filter->addItem(tr("Unread"), QVariant::fromValue(Filter::Unread));
    m_filter->addItem(tr("Assigned to me"), QVariant::fromValue(Filter::AssignedToMe));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(m_filter->currentData().value<Filter>());
        updateChip();
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search all conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setToolTip(tr("Words must all appear; \"quotes\" find a phrase; an order number finds its "
                            "customer's conversations."));
    m_search->setClearButtonEnabled(true);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &ConversationListPane::applySearch);
    // Enter searches at once (no waiting for the pause).
    connect(m_search, &QLineEdit::returnPressed, this, &ConversationListPane::applySearch);

    // While searching: the filter as a chip the merchant can keep.
    m_chip = new QToolButton(this);
    m_chip->setObjectName(QStringLiteral("searchScope"));
    m_chip->setCheckable(true);
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->setStyleSheet(
        QStringLiteral("QToolButton{border:1px solid palette(mid);border-radius:10px;padding:2px 10px}"
                       "QToolButton:checked{background:palette(highlight);color:palette(highlighted-text);"
                       "border-color:palette(highlight)}"
                       "QToolButton:focus{border:2px solid palette(highlight)}"));
    m_chip->hide();
    connect(m_chip, &QToolButton::toggled, this, [this](bool keep) {
        m_model->setSearchKeepsFilter(keep);
        updateChip();
        emit searchKeepsFilterChanged(keep);
    });

    m_offline = new QLabel(tr("Offline: showing cached conversations. Replies will be sent when the "
                              "connection returns."),
                           this);
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(
        QStringLiteral("background:#fff4d6;color:#5c4400;padding:6px;border-radius:4px"));
    m_offline->hide();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setStyleSheet(QStringLiteral("color:palette(dark);padding:6px"));
    m_empty->hide();
    connect(m_empty, &QLabel::linkActivated, this, [this] { m_chip->setChecked(false); });

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_model);
    auto *delegate = new ConversationDelegate(m_list);
    delegate->setOwnStaffId(ownStaffId);
    delegate->setClock(&clock);
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConversationListPane::updateEmptyText);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConversationListPane::updateEmptyText);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConversationListPane::updateEmptyText);

    auto *chipRow = new QHBoxLayout;
    chipRow->addWidget(m_chip);
    chipRow->addStretch(1);
    layout->addWidget(m_filter);
    layout->addWidget(m_search);
    layout->addLayout(chipRow);
    layout->addWidget(m_offline);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    setTabOrder(m_filter, m_search);
    setTabOrder(m_search, m_chip);
    setTabOrder(m_chip, m_list);
    updateChip();
    updateEmptyText(); // later, every reset and row change of the model redraws it
}

int ConversationListPane::filterIndex() const
{
    return m_filter->currentIndex();
}

void ConversationListPane::setFilterIndex(int index)
{
    if (index >= 0 && index < m_filter->count())
        m_filter->setCurrentIndex(index);
}

void ConversationListPane::setFilter(Filter filter)
{
    const int index = m_filter->findData(QVariant::fromValue(filter));
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

void ConversationListPane::setSearchKeepsFilter(bool keep)
{
    m_chip->setChecked(keep);
    m_model->setSearchKeepsFilter(keep);
}

void ConversationListPane::showEverything()
{
    m_searchDelay.stop();
    m_search->clear();
    applySearch();
    m_filter->setCurrentIndex(0);
}

void ConversationListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationListPane::setOffline(bool offline)
{
    m_offline->setVisible(offline);
}

QString ConversationListPane::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void ConversationListPane::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearchText(m_search->text()); // a new query resets the model: updateEmptyText() follows
    updateChip();
}

QString ConversationListPane::filterName() const
{
    return m_filter->currentText();
}

void ConversationListPane::updateChip()
{
    m_chip->setVisible(m_model->isSearching());
    m_chip->setText(tr("Only %1").arg(filterName()));
    m_chip->setToolTip(m_chip->isChecked()
                           ? tr("Searching only %1. Click to search all conversations.").arg(filterName())
                           : tr("Searching all conversations. Click to search only %1.").arg(filterName()));
    m_chip->setAccessibleName(tr("Search only %1").arg(filterName()));
}

void ConversationListPane::updateEmptyText()
{
    if (m_model->rowCount() > 0 || m_model->canFetchMore({})) {
        m_empty->hide();
        return;
    }
    QString text;
    if (!m_model->isSearching()) {
        text = tr("No conversations here.");
    } else {
        const ConversationListModel::Elsewhere elsewhere = m_model->matchesElsewhere();
        if (elsewhere.total() == 0) {
            text = m_model->effectiveFilter() == Filter::All
                       ? tr("No conversation matches “%1”.").arg(m_search->text().trimmed().toHtmlEscaped())
                       : tr("No conversation in %1 matches “%2”.")
                             .arg(filterName(), m_search->text().trimmed().toHtmlEscaped());
        } else {
            QStringList where;
            if (elsewhere.open > 0)
                where.append(tr("%n match(es) in Open", nullptr, elsewhere.open));
            if (elsewhere.closed > 0)
                where.append(tr("%n match(es) in Closed", nullptr, elsewhere.closed));
            text = tr("None in %1 — %2.").arg(filterName(), where.join(tr(", "))) +
                   QStringLiteral(" <a href=\"#all\">%1</a>").arg(tr("Search all conversations"));
        }
    }
    m_empty->setText(text);
    m_empty->show();
}

} // namespace shopinbox
