#include "customerprofiledock.h"
#include "models/staffpermissions.h"

#include "domain/topic.h"

#include "conversationdelegate.h"
#include "domain/clock.h"
#include "models/cartlinesmodel.h"
#include "models/customerprofile.h"
#include "models/orderlistmodel.h"
#include "moneytext.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/outboxsender.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace shopinbox {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    // Customer data is shown as the text it is, never as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(objectName);
    return label;
}

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString orderStatusText(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Paid")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Payment pending")},
        {QStringLiteral("authorized"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Authorized")},
        {QStringLiteral("refunded"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Refunded")},
        {QStringLiteral("partially_refunded"),
         QT_TRANSLATE_NOOP("CustomerProfileDock", "Partially refunded")},
        {QStringLiteral("voided"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Voided")},
        {QStringLiteral("fulfilled"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Fulfilled")},
        {QStringLiteral("unfulfilled"), QT_TRANSLATE_NOOP("CustomerProfileDock", "Unfulfilled")},
        {QStringLiteral("partially_fulfilled"),
         QT_TRANSLATE_NOOP("CustomerProfileDock", "Partially fulfilled")},
    };
    const auto it = names.constFind(status);
    if (it != names.cend())
        return QCoreApplication::translate("CustomerProfileDock", it.value());
    QString text = status;
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

CustomerProfileDock::CustomerProfileDock(ClientSession &session, const Clock &clock, QWidget *parent)
    : QDockWidget(tr("Customer"), parent)
    , m_session(session)
    , m_clock(clock)
    , m_profile(new CustomerProfile(session.cache(), clock, this))
    , m_cartLines(new CartLinesModel(session.cache(), this))
    , m_openOrders(new OrderListModel(session.cache(), this))
{
    setObjectName(QStringLiteral("customerProfileDock")); // for saveState()
    setAccessibleName(tr("Customer profile"));
    m_openOrders->setOpenOnly(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // labels wrap instead
    setMinimumWidth(260);
    m_content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(m_content);
    m_empty = plainLabel(m_content, QStringLiteral("empty"));
    m_empty->setText(tr("Open a conversation to see the customer."));
    layout->addWidget(m_empty);

    QVBoxLayout *body = nullptr;
    layout->addWidget(section(tr("Details"), &body));
    auto *nameRow = new QHBoxLayout;
    m_name = plainLabel(m_content, QStringLiteral("name"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_manage = new QPushButton(tr("Manage ↗"), m_content);
    m_manage->setFlat(true);
    m_manage->setAccessibleName(tr("Manage the customer in the shop admin"));
    connect(m_manage, &QPushButton::clicked, this, [this] {
        const QString admin = m_session.account().shopAdminUrl;
        if (m_profile->customer() && !admin.isEmpty())
            QDesktopServices::openUrl(
                QUrl(admin + QStringLiteral("/customers/%1").arg(m_profile->customer()->id)));
    });
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_manage);
    body->addLayout(nameRow);
    m_status = plainLabel(m_content, QStringLiteral("status"));
    body->addWidget(m_status);
    m_details = plainLabel(m_content, QStringLiteral("details"));
    body->addWidget(m_details);
    m_localTime = plainLabel(m_content, QStringLiteral("localTime"));
    body->addWidget(m_localTime);

    layout->addWidget(section(tr("Note"), &body));
    m_note = new QPlainTextEdit(m_content);
    m_note->setAccessibleName(tr("Internal note"));
    m_note->setPlaceholderText(tr("Only staff see this note"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    auto *save =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note, nullptr, nullptr, Qt::WidgetShortcut);
    connect(save, &QShortcut::activated, this, &CustomerProfileDock::saveNote);
    m_saveNote = new QPushButton(tr("Save note"), m_content);
    m_saveNote->setEnabled(false);
    connect(m_saveNote, &QPushButton::clicked, this, &CustomerProfileDock::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_saveNote->setEnabled(m_profile->customer() && m_note->toPlainText() != m_noteBase); });
    m_noteStatus = plainLabel(m_content, QStringLiteral("noteStatus"));
    body->addWidget(m_note);
    // Without chat permission the note is read, not written (the server would refuse it).
    const auto applyPermission = [this] {
        const bool canChat = m_session.permissions().canChat();
        m_note->setReadOnly(!canChat);
        m_saveNote->setVisible(canChat);
        m_note->setPlaceholderText(canChat ? tr("Only staff see this note") : tr("No note"));
    };
    applyPermission();
    connect(&m_session.permissions(), &StaffPermissions::changed, this, applyPermission);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteStatus, 1);
    noteRow->addWidget(m_saveNote);
    body->addLayout(noteRow);
    connect(&m_session.outbox(), &OutboxSender::actionFailed, this,
            [this](OutboxAction action, const QString &reason) {
                if (action == OutboxAction::SaveNote)
                    m_noteStatus->setText(tr("The note was not saved: %1").arg(reason));
            });

    layout->addWidget(section(tr("Cart"), &body));
    m_cart = plainLabel(m_content, QStringLiteral("cart"));
    body->addWidget(m_cart);
    m_cartAll = new QPushButton(m_content);
    m_cartAll->setFlat(true);
    connect(m_cartAll, &QPushButton::clicked, this, &CustomerProfileDock::showAllCartLines);
    body->addWidget(m_cartAll, 0, Qt::AlignLeft);

    layout->addWidget(section(tr("Last order placed"), &body));
    m_orderLink = new QPushButton(m_content);
    m_orderLink->setFlat(true);
    m_orderLink->setAccessibleName(tr("Open the order in the shop admin"));
    connect(m_orderLink, &QPushButton::clicked, this, [this] {
        const std::optional<Order> order = m_profile->lastOrder();
        const QString admin = m_session.account().shopAdminUrl;
        if (order && !admin.isEmpty())
            QDesktopServices::openUrl(QUrl(admin + QStringLiteral("/orders/%1").arg(order->id)));
    });
    body->addWidget(m_orderLink, 0, Qt::AlignLeft);
    m_order = plainLabel(m_content, QStringLiteral("order"));
    body->addWidget(m_order);
    m_ordersAll = new QPushButton(m_content);
    m_ordersAll->setFlat(true);
    connect(m_ordersAll, &QPushButton::clicked, this, &CustomerProfileDock::showAllOpenOrders);
    body->addWidget(m_ordersAll, 0, Qt::AlignLeft);

    layout->addWidget(section(tr("Conversation"), &body));
    m_conversation = plainLabel(m_content, QStringLiteral("conversation"));
    body->addWidget(m_conversation);

    // The customer's other conversations, one click away.
    m_othersSection = section(tr("Other conversations"), &m_othersBody);
    m_othersSection->setObjectName(QStringLiteral("otherConversations"));
    layout->addWidget(m_othersSection);
    layout->addStretch(1);
    scroll->setWidget(m_content);
    setWidget(scroll);

    connect(m_profile, &CustomerProfile::changed, this, &CustomerProfileDock::refresh);
    // The panel models follow the cache on their own; whichever hears a change last redraws its panel.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_cartLines), static_cast<QAbstractItemModel *>(m_openOrders)}) {
        auto redraw = [this, model] {
            if (!m_profile->customer())
                return;
            if (model == m_cartLines)
                refreshCart();
            else
                refreshOrder();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, redraw);
        connect(model, &QAbstractItemModel::rowsRemoved, this, redraw);
        connect(model, &QAbstractItemModel::dataChanged, this, redraw);
    }
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &CustomerProfileDock::refreshDetails);
    m_tick.start();
    refresh();
}

CustomerProfileDock::~CustomerProfileDock() = default;

QWidget *CustomerProfileDock::section(const QString &title, QVBoxLayout **body)
{
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    auto *heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setStyleSheet(QStringLiteral("color:#5c5f62"));
    layout->addWidget(heading);
    *body = layout;
    return box;
}

void CustomerProfileDock::setConversation(qint64 conversationId)
{
    m_profile->setConversation(conversationId);
    const qint64 customerId = m_profile->customer() ? m_profile->customer()->id : 0;
    m_cartLines->setCustomer(customerId);
    m_openOrders->setCustomer(customerId);
    // An unsaved edit stays with its customer (never thrown away, never shown under another customer).
    if (m_noteCustomerId && customerId != m_noteCustomerId) {
        if (m_note->toPlainText() != m_noteBase)
            m_unsavedNotes.insert(m_noteCustomerId, m_note->toPlainText());
        else
            m_unsavedNotes.remove(m_noteCustomerId);
    }
    const bool switched = customerId != m_noteCustomerId;
    m_noteCustomerId = customerId;
    if (switched) {
        m_noteBase = m_profile->customer() ? m_profile->customer()->note : QString();
        m_note->setPlainText(m_unsavedNotes.value(customerId, m_noteBase));
        m_noteStatus->setText(
            m_unsavedNotes.contains(customerId)
                ? tr("Your unsaved changes to this note are kept: save the note to store them.")
                : QString());
    }
    refresh();
}

void CustomerProfileDock::refresh()
{
    const bool shown = m_profile->customer().has_value();
    for (QObject *child : m_content->children()) {
        if (auto *widget = qobject_cast<QWidget *>(child); widget && widget != m_empty)
            widget->setVisible(shown);
    }
    m_empty->setVisible(!shown);
    if (!shown)
        return;
    refreshDetails();
    refreshNote();
    refreshCart();
    refreshOrder();
    refreshConversation();
    refreshOthers();
}

void CustomerProfileDock::refreshOthers()
{
    // One flat button per conversation: status, last activity and its newest topic.
    qDeleteAll(m_othersButtons);
    m_othersButtons.clear();
    for (const Conversation &other : m_profile->otherConversations()) {
        QString text = other.status == ConversationStatus::Closed
                           ? tr("Closed · %1").arg(when(other.lastActivityAt))
                           : tr("Open · %1").arg(when(other.lastActivityAt));
        if (!other.topics.isEmpty())
            text += QStringLiteral(" · ") + topicDisplayName(other.topics.constFirst());
        auto *button = new QPushButton(text, m_othersSection);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleName(tr("Open the conversation: %1").arg(text));
        button->setStyleSheet(QStringLiteral("text-align:left;color:palette(link);padding:2px 0"));
        const qint64 id = other.id;
        connect(button, &QPushButton::clicked, this, [this, id] { emit conversationRequested(id); });
        m_othersBody->addWidget(button);
        m_othersButtons.append(button);
    }
    m_othersSection->setVisible(!m_othersButtons.isEmpty());
}

void CustomerProfileDock::refreshDetails()
{
    const std::optional<Customer> &customer = m_profile->customer();
    if (!customer)
        return;
    m_name->setText(customer->displayName());
    m_status->setText(m_profile->isReturning() ? tr("Returning customer") : tr("New customer"));
    m_manage->setVisible(!m_session.account().shopAdminUrl.isEmpty());
    QStringList lines;
    const QDateTime now = m_clock.nowUtc();
    if (customer->customerSince.isValid()) {
        const qint64 days = customer->customerSince.daysTo(now);
        if (days >= 365)
            lines.append(tr("Customer for %n year(s)", nullptr, int(days / 365)));
        else if (days >= 31)
            lines.append(tr("Customer for %n month(s)", nullptr, int(days / 30)));
        else
            lines.append(tr("Customer for %n day(s)", nullptr, int(qMax<qint64>(days, 0))));
    } else {
        lines.append(tr("No orders yet"));
    }
    lines.append(tr("Lifetime spend: %1 (%n order(s))", nullptr, customer->orderCount)
                     .arg(moneyText(customer->lifetimeSpend)));
    for (const QString &value : {customer->email, customer->phone, customer->location}) {
        if (!value.isEmpty())
            lines.append(value);
    }
    lines.append(customer->emailMarketing ? tr("Email marketing: Subscribed")
                                          : tr("Email marketing: Not subscribed"));
    lines.append(customer->smsMarketing ? tr("SMS marketing: Subscribed")
                                        : tr("SMS marketing: Not subscribed"));
    m_details->setText(lines.join(QLatin1Char('\n')));
    const QDateTime local = m_profile->localTime();
    if (local.isValid())
        m_localTime->setText(tr("Local time: %1 %2 (%3)")
                                 .arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                                      QLocale().toString(local.time(), QLocale::ShortFormat),
                                      local.timeZoneAbbreviation()));
    else
        m_localTime->setText(tr("Local time: unknown"));
}

void CustomerProfileDock::refreshNote()
{
    const QString note = m_profile->customer()->note;
    if (note == m_noteBase)
        return;
    if (m_note->toPlainText() == m_noteBase) {
        // Not being edited: simply show the newer note.
        m_noteBase = note;
        m_note->setPlainText(note);
        return;
    }
    // Edited here and changed elsewhere meanwhile: keep the merchant's text, and say so.
    m_noteBase = note;
    m_noteStatus->setText(tr("Someone else changed this note meanwhile. Saving replaces their version: %1")
                              .arg(note.isEmpty() ? tr("(empty)") : note.left(200)));
}

bool CustomerProfileDock::saveNote()
{
    if (!m_profile->customer())
        return false;
    const QString text = m_note->toPlainText();
    if (!m_session.actions().saveNote(m_profile->customer()->id, text)) {
        m_noteStatus->setText(m_session.actions().lastError());
        return false;
    }
    m_noteBase = text;
    m_unsavedNotes.remove(m_profile->customer()->id);
    m_saveNote->setEnabled(false);
    m_noteStatus->setText(tr("Saved"));
    return true;
}

QString CustomerProfileDock::cartLineText(int row) const
{
    const QModelIndex index = m_cartLines->index(row, 0);
    const QString variant = index.data(CartLinesModel::VariantRole).toString();
    const QString currency = index.data(CartLinesModel::CurrencyRole).toString();
    return tr("%1 × %2%3 — %4 · %5 in stock")
        .arg(index.data(CartLinesModel::QuantityRole).toInt())
        .arg(index.data(CartLinesModel::TitleRole).toString(),
             variant.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(variant),
             moneyText(index.data(CartLinesModel::LineTotalMinorRole).toLongLong(), currency))
        .arg(index.data(CartLinesModel::AvailableRole).toInt());
}

void CustomerProfileDock::refreshCart()
{
    const std::optional<Cart> &cart = m_profile->cart();
    const int rows = m_cartLines->rowCount();
    if (!cart || rows == 0) {
        m_cart->setText(tr("The cart is empty."));
        m_cartAll->hide();
        return;
    }
    QStringList lines{
        tr("%n item(s), subtotal %1", nullptr, cart->itemCount()).arg(moneyText(cart->subtotal()))};
    for (int row = 0; row < qMin(rows, CartPreviewLines); ++row)
        lines.append(cartLineText(row));
    if (cart->updatedAt.isValid())
        lines.append(tr("Last cart activity: %1").arg(when(cart->updatedAt)));
    m_cart->setText(lines.join(QLatin1Char('\n')));
    m_cartAll->setText(tr("View all (%1)").arg(rows));
    m_cartAll->setVisible(rows > CartPreviewLines);
}

QString CustomerProfileDock::orderText(int row) const
{
    const QModelIndex index = m_openOrders->index(row, 0);
    return tr("%1 · %2 · %3 · %4")
        .arg(index.data(OrderListModel::NumberRole).toString(),
             when(index.data(OrderListModel::PlacedAtRole).toDateTime()),
             moneyText(index.data(OrderListModel::TotalMinorRole).toLongLong(),
                       index.data(OrderListModel::CurrencyRole).toString()),
             orderStatusText(index.data(OrderListModel::FulfillmentStatusRole).toString()));
}

void CustomerProfileDock::refreshOrder()
{
    const std::optional<Order> order = m_profile->lastOrder();
    if (!order) {
        m_orderLink->hide();
        m_order->setText(tr("No orders in the last %1 days.").arg(CustomerProfile::LastOrderDays));
        m_ordersAll->hide();
        return;
    }
    m_orderLink->setText(tr("Order %1").arg(order->number));
    m_orderLink->setEnabled(!m_session.account().shopAdminUrl.isEmpty());
    m_orderLink->show();
    QStringList lines{tr("Placed %1").arg(when(order->placedAt)), moneyText(order->total),
                      QStringLiteral("%1 · %2").arg(orderStatusText(order->financialStatus),
                                                    orderStatusText(order->fulfillmentStatus))};
    if (!order->open)
        lines.append(tr("Archived"));
    m_order->setText(lines.join(QLatin1Char('\n')));
    const int open = m_openOrders->rowCount();
    m_ordersAll->setText(tr("View all (%n open)", nullptr, open));
    m_ordersAll->setVisible(open > 1);
}

void CustomerProfileDock::refreshConversation()
{
    const std::optional<Conversation> &conversation = m_profile->conversation();
    if (!conversation)
        return;
    QStringList lines;
    // Up to two topics, newest first, as the list shows them.
    QStringList topics;
    for (const QString &key : conversation->topics.mid(0, 2))
        topics.append(topicDisplayName(key));
    if (!topics.isEmpty())
        lines.append(tr("Topic(s): %1", nullptr, int(topics.size())).arg(topics.join(QStringLiteral(", "))));
    lines.append(conversation->status == ConversationStatus::Closed ? tr("Status: Closed")
                                                                    : tr("Status: Open"));
    const QString platform = conversation->platform == QLatin1String("online_store") ? tr("Online store")
                             : conversation->platform == QLatin1String("email")      ? tr("Email")
                                                                                     : conversation->platform;
    if (!platform.isEmpty())
        lines.append(tr("Platform: %1").arg(platform));
    lines.append(tr("Began %1").arg(when(conversation->startedAt)));
    m_conversation->setText(lines.join(QLatin1Char('\n')));
}

QString CustomerProfileDock::sectionText(const QString &section) const
{
    if (section == QLatin1String("details"))
        return QStringList{m_name->text(), m_status->text(), m_details->text(), m_localTime->text()}.join(
            QLatin1Char('\n'));
    if (section == QLatin1String("cart"))
        return m_cart->text() +
               (m_cartAll->isVisibleTo(this) ? QLatin1Char('\n') + m_cartAll->text() : QString());
    if (section == QLatin1String("order"))
        return (m_orderLink->isVisibleTo(this) ? m_orderLink->text() + QLatin1Char('\n') : QString()) +
               m_order->text() +
               (m_ordersAll->isVisibleTo(this) ? QLatin1Char('\n') + m_ordersAll->text() : QString());
    if (section == QLatin1String("conversation"))
        return m_conversation->text();
    if (section == QLatin1String("others")) {
        QStringList texts;
        for (const QPushButton *button : m_othersButtons)
            texts.append(button->text());
        return texts.join(QLatin1Char('\n'));
    }
    return {};
}

QString CustomerProfileDock::noteStatus() const
{
    return m_noteStatus->text();
}

namespace {
QWidget *listDialog(QWidget *parent, const QString &title, const QStringList &lines)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *text = plainLabel(dialog, QStringLiteral("lines"));
    text->setText(lines.join(QLatin1Char('\n')));
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidgetResizable(true);
    scroll->setWidget(text);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(460, 320);
    dialog->show();
    return dialog;
}
} // namespace

QWidget *CustomerProfileDock::showAllCartLines()
{
    QStringList lines;
    for (int row = 0; row < m_cartLines->rowCount(); ++row)
        lines.append(cartLineText(row));
    return listDialog(this, tr("Cart of %1").arg(m_name->text()), lines);
}

QWidget *CustomerProfileDock::showAllOpenOrders()
{
    QStringList lines;
    for (int row = 0; row < m_openOrders->rowCount(); ++row)
        lines.append(orderText(row));
    return listDialog(this, tr("Open orders of %1").arg(m_name->text()), lines);
}

} // namespace shopinbox
