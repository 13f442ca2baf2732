#include "teampage.h"

#include "models/teammodel.h"
#include "sync/localactions.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace shopinbox {

namespace {

/** "Olivia Owner <owner@demo.shop> · Owner" (or what the member may do, or "deactivated"). */
class MemberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &, const QLocale &) const override { return {}; }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QStringList what;
        if (index.data(TeamModel::OwnerRole).toBool()) {
            what.append(TeamPage::tr("Owner"));
        } else {
            if (index.data(TeamModel::ChatPermissionRole).toBool())
                what.append(TeamPage::tr("chats with customers"));
            if (index.data(TeamModel::ManageShopPermissionRole).toBool())
                what.append(TeamPage::tr("manages the shop"));
            if (what.isEmpty())
                what.append(TeamPage::tr("reads conversations only"));
        }
        if (!index.data(TeamModel::ActiveRole).toBool())
            what = QStringList{TeamPage::tr("deactivated")};
        option->text = TeamPage::tr("%1 <%2> · %3")
                           .arg(index.data(TeamModel::NameRole).toString(),
                                index.data(TeamModel::EmailRole).toString(), what.join(QStringLiteral(", ")));
        option->textElideMode = Qt::ElideRight;
        if (!index.data(TeamModel::ActiveRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

TeamPage::TeamPage(TeamModel *team, LocalActions *actions, qint64 ownStaffId, QWidget *parent)
    : QWidget(parent)
    , m_team(team)
    , m_actions(actions)
    , m_ownStaffId(ownStaffId)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("team"));
    m_list->setAccessibleName(tr("Team"));
    m_list->setModel(m_team);
    m_list->setItemDelegate(new MemberDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    layout->addWidget(m_list, 1);

    auto *member = new QHBoxLayout;
    m_chat = new QCheckBox(tr("Chats with customers"), this);
    m_chat->setObjectName(QStringLiteral("memberChat"));
    m_manage = new QCheckBox(tr("Manages the shop"), this);
    m_manage->setObjectName(QStringLiteral("memberManage"));
    m_manage->setToolTip(tr("Settings, storefront chat, automated messages, saved replies and the team"));
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setObjectName(QStringLiteral("memberActive"));
    m_active->setToolTip(tr("A deactivated member is signed out everywhere and cannot sign in"));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyMember"));
    member->addWidget(m_chat);
    member->addWidget(m_manage);
    member->addWidget(m_active);
    member->addStretch(1);
    member->addWidget(m_apply);
    layout->addLayout(member);
    connect(m_apply, &QPushButton::clicked, this, &TeamPage::applyMember);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamPage::showMember);
    connect(m_team, &QAbstractItemModel::dataChanged, this, &TeamPage::showMember);

    auto *inviteBox = new QGroupBox(tr("Invite a member"), this);
    auto *form = new QFormLayout(inviteBox);
    m_name = new QLineEdit(inviteBox);
    m_name->setObjectName(QStringLiteral("inviteName"));
    m_name->setMaxLength(200);
    m_email = new QLineEdit(inviteBox);
    m_email->setObjectName(QStringLiteral("inviteEmail"));
    m_email->setMaxLength(254);
    m_inviteChat = new QCheckBox(tr("Chats with customers"), inviteBox);
    m_inviteChat->setChecked(true);
    m_inviteManage = new QCheckBox(tr("Manages the shop"), inviteBox);
    m_invite = new QPushButton(tr("&Invite"), inviteBox);
    m_invite->setObjectName(QStringLiteral("invite"));
    connect(m_invite, &QPushButton::clicked, this, &TeamPage::invite);
    auto *inviteRow = new QHBoxLayout;
    inviteRow->addWidget(m_inviteChat);
    inviteRow->addWidget(m_inviteManage);
    inviteRow->addStretch(1);
    inviteRow->addWidget(m_invite);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(inviteRow);
    layout->addWidget(inviteBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // the one-time password is copied from here
    layout->addWidget(m_status);
    selectRow(0);
}

QString TeamPage::statusText() const
{
    return m_status->text();
}

void TeamPage::selectRow(int row)
{
    m_list->setCurrentIndex(m_team->index(row, 0));
    showMember();
}

void TeamPage::showMember()
{
    const QModelIndex index = m_list->currentIndex();
    const bool owner = index.data(TeamModel::OwnerRole).toBool();
    const bool self = index.data(TeamModel::StaffIdRole).toLongLong() == m_ownStaffId;
    m_chat->setChecked(index.data(TeamModel::ChatPermissionRole).toBool());
    m_manage->setChecked(index.data(TeamModel::ManageShopPermissionRole).toBool());
    m_active->setChecked(index.data(TeamModel::ActiveRole).toBool());
    // The owner holds everything; nobody takes their own access away by a slip.
    const bool changeable = index.isValid() && !owner;
    m_chat->setEnabled(changeable);
    m_manage->setEnabled(changeable && !self);
    m_active->setEnabled(changeable && !self);
    m_apply->setEnabled(changeable);
}

void TeamPage::applyMember()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || index.data(TeamModel::OwnerRole).toBool())
        return;
    const QJsonObject changes{{QStringLiteral("chat_permission"), m_chat->isChecked()},
                              {QStringLiteral("manage_shop_permission"), m_manage->isChecked()},
                              {QStringLiteral("active"), m_active->isChecked()}};
    m_status->setText(tr("Saving…"));
    m_actions->updateMember(index.data(TeamModel::StaffIdRole).toLongLong(), changes,
                            [this, guard = QPointer(this)](const ServerAnswer &answer) {
                                if (!guard)
                                    return;
                                m_status->setText(answer.ok ? tr("Saved.")
                                                            : tr("Not saved: %1").arg(answer.error));
                            });
}

void TeamPage::invite()
{
    const QString name = m_name->text().trimmed();
    const QString email = m_email->text().trimmed();
    if (name.isEmpty() || email.isEmpty()) {
        m_status->setText(tr("Enter the new member's name and e-mail address."));
        return;
    }
    m_invite->setEnabled(false);
    m_status->setText(tr("Inviting…"));
    m_actions->inviteMember(
        name, email, m_inviteChat->isChecked(), m_inviteManage->isChecked(),
        [this, guard = QPointer(this), name, email](const ServerAnswer &answer, const QString &password) {
            if (!guard)
                return;
            m_invite->setEnabled(true);
            if (!answer.ok) {
                m_status->setText(tr("Not invited: %1").arg(answer.error));
                return;
            }
            m_password = password;
            m_name->clear();
            m_email->clear();
            m_status->setText(tr("%1 can now sign in as %2 with this one-time password, and will choose "
                                 "their own at once: %3\nIt is shown only now.")
                                  .arg(name, email, password));
        });
}

} // namespace shopinbox
