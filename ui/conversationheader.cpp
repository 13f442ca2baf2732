#include "conversationheader.h"

#include "models/conversationdetails.h"
#include "moneytext.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopinbox {

ConversationHeader::ConversationHeader(ClientSession &session, ConversationDetails *details, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_details(details)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_cart = new QLabel(this);
    m_cart->setTextFormat(Qt::PlainText);
    m_cart->setObjectName(QStringLiteral("headerCart"));
    m_cart->setAccessibleName(tr("Cart"));
    m_cart->hide();
    // "Online" beside the name, as a green badge.
    m_online = new QLabel(tr("● Online"), this);
    m_online->setObjectName(QStringLiteral("online"));
    m_online->setAccessibleName(tr("The customer is in your store now"));
    m_online->setToolTip(tr("In your store now: the reply appears in their chat at once"));
    m_online->setStyleSheet(QStringLiteral(
        "color:#1e6b3a;background:#dff3e6;border-radius:8px;padding:1px 8px;font-weight:bold"));
    m_online->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_online->hide();
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_title);
    nameRow->addWidget(m_online, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);
    layout->addLayout(nameRow);
    // Long names, the German/French "left the store" line and long carts wrap instead of widening the window.
    for (QLabel *label : {m_title, m_subtitle, m_cart}) {
        label->setWordWrap(true);
        label->setSizePolicy(label == m_title ? QSizePolicy::Preferred : QSizePolicy::Expanding,
                             QSizePolicy::Preferred);
        if (label != m_title)
            layout->addWidget(label);
    }
    // Clicking the customer's name opens (or closes) the profile beside the conversation.
    m_title->setCursor(Qt::PointingHandCursor);
    m_title->setToolTip(tr("Show the customer's profile"));
    m_title->installEventFilter(this);

    m_assignButton = new QPushButton(tr("Assign"), this);
    m_assignButton->setAccessibleName(tr("Assign the conversation"));
    m_assignButton->setMenu(new QMenu(m_assignButton));
    connect(m_assignButton->menu(), &QMenu::aboutToShow, this, &ConversationHeader::fillAssignMenu);
    m_unreadButton = new QPushButton(tr("Mark as unread"), this);
    m_closeButton = new QPushButton(tr("✓ Close"), this);
    connect(m_unreadButton, &QPushButton::clicked, this, &ConversationHeader::markUnreadRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &ConversationHeader::toggleClosed);
    // The actions sit on their own row under the customer's name, so a long name or a German button label
    // never squeezes the other (at 1024 px with the profile dock open, too).
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    // Never narrower than their labels: the splitter takes the room from the list instead (down to its
    // minimum), so "Marquer comme non lu" is read whole.
    for (QPushButton *button : {m_assignButton, m_unreadButton, m_closeButton}) {
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        actions->addWidget(button);
    }
    layout->addLayout(actions);
    connect(m_details, &ConversationDetails::changed, this, &ConversationHeader::refresh);
    refresh();
}

void ConversationHeader::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    // The details follow the cache on their own: asked again for the same conversation, they are current,
    // and reading the four stores again would be the second read of the same change.
    if (m_details->conversationId() == conversationId)
        refresh();
    else
        m_details->setConversation(conversationId); // changed() refreshes
}

bool ConversationHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::MouseButtonRelease && m_conversationId) {
        emit profileToggleRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationHeader::setCanChat(bool canChat)
{
    if (canChat == m_canChat)
        return;
    m_canChat = canChat;
    refresh();
}

void ConversationHeader::refresh()
{
    const std::optional<Conversation> &conversation = m_details->conversation();
    for (QPushButton *button : {m_assignButton, m_unreadButton, m_closeButton}) {
        button->setEnabled(conversation.has_value() && m_canChat);
        button->setToolTip(m_canChat ? QString() : tr("Needs chat permission"));
    }
    if (!conversation) {
        m_title->setText(tr("No conversation selected"));
        m_online->hide();
        m_subtitle->clear();
        m_subtitle->hide();
        m_cart->hide();
        return;
    }
    const std::optional<Customer> &customer = m_details->customer();
    m_title->setText(customer ? customer->displayName() : tr("Customer"));
    // Who has it: on the Assign button itself.
    const std::optional<Staff> &assignee = m_details->assignee();
    m_assignButton->setText(!conversation->assigneeId ? tr("Assign")
                            : *conversation->assigneeId == m_session.account().staffId
                                ? tr("Assigned to you")
                                : tr("Assigned to %1").arg(assignee ? assignee->name : tr("someone else")));
    const bool online = customer && customer->online;
    m_online->setVisible(online);
    m_subtitle->setVisible(!online);
    if (customer && !customer->email.isEmpty() && m_details->emailReplies())
        m_subtitle->setText(tr("Left the store — replies will be emailed to %1").arg(customer->email));
    else
        m_subtitle->setText(tr("Left the store — they will see your reply when they come back"));
    // The live cart, when there is one: subtotal, then each line with its quantity (the first CartLines;
    // every line in the tooltip and the profile dock).
    const std::optional<Cart> &cart = m_details->cart();
    if (cart && cart->itemCount() > 0) {
        QStringList lines;
        for (const CartLine &line : cart->lines)
            lines.append(tr("%1 × %2").arg(line.quantity).arg(line.productTitle));
        QStringList shown = lines.mid(0, CartLines);
        if (lines.size() > CartLines)
            shown.append(tr("%n more", nullptr, int(lines.size()) - CartLines));
        m_cart->setText(
            tr("Cart: %n item(s), %1", nullptr, cart->itemCount()).arg(moneyText(cart->subtotal())) +
            QLatin1Char('\n') + shown.join(QStringLiteral(" · ")));
        m_cart->setToolTip(lines.join(QLatin1Char('\n')));
        m_cart->show();
    } else {
        m_cart->hide();
    }
    m_closeButton->setText(conversation->status == ConversationStatus::Closed ? tr("○ Reopen")
                                                                              : tr("✓ Close"));
}

void ConversationHeader::toggleClosed()
{
    const std::optional<Conversation> &conversation = m_details->conversation();
    if (conversation)
        m_session.actions().setStatus(m_conversationId, conversation->status == ConversationStatus::Closed
                                                            ? ConversationStatus::Open
                                                            : ConversationStatus::Closed);
}

QString ConversationHeader::title() const
{
    return m_title->text();
}

void ConversationHeader::showAssignMenu()
{
    if (m_assignButton->isEnabled())
        m_assignButton->showMenu();
}

void ConversationHeader::fillAssignMenu()
{
    QMenu *menu = m_assignButton->menu();
    menu->clear();
    const std::optional<Conversation> conversation = m_details->conversation();
    if (!conversation)
        return;
    // Only staff who may chat can be assigned; the server refuses anyone else too.
    const qint64 me = m_session.account().staffId;
    QAction *mine = menu->addAction(tr("Assign to me"), this,
                                    [this, me] { m_session.actions().assign(m_conversationId, me); });
    mine->setEnabled(conversation->assigneeId != me);
    menu->addSeparator();
    for (const Staff &member : m_details->assignableStaff()) {
        QAction *action = menu->addAction(
            member.name, this, [this, id = member.id] { m_session.actions().assign(m_conversationId, id); });
        action->setCheckable(true);
        action->setChecked(conversation->assigneeId == member.id);
    }
    menu->addSeparator();
    QAction *unassign = menu->addAction(
        tr("Unassign"), this, [this] { m_session.actions().assign(m_conversationId, std::nullopt); });
    unassign->setEnabled(conversation->assigneeId.has_value());
}

} // namespace shopinbox
