#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace shopinbox {

class LocalActions;
class TeamModel;

/**
 * @brief Settings → Team, for staff who manage the shop: the members with their permissions (TeamModel),
 * changing a member's permissions or deactivating them, and inviting a new member with a one-time password
 * that is shown once, to hand over. Every change goes to the server at once through LocalActions; the owner
 * cannot be changed.
 */
class TeamPage : public QWidget
{
    Q_OBJECT
public:
    TeamPage(TeamModel *team, LocalActions *actions, qint64 ownStaffId, QWidget *parent = nullptr);

    /** What the page last said (a refusal, the one-time password, "Saved."). */
    QString statusText() const;
    /** The one-time password of the last invitation (empty until one succeeded). */
    QString lastPassword() const { return m_password; }

    /** Selects the member in @p row for changing. */
    void selectRow(int row);
    /** Sends the checkboxes of the selected member. */
    void applyMember();
    /** Sends the invitation form. */
    void invite();

private:
    void showMember();

    TeamModel *m_team;
    LocalActions *m_actions;
    qint64 m_ownStaffId;
    QListView *m_list = nullptr;
    QCheckBox *m_chat = nullptr;
    QCheckBox *m_manage = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_apply = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_inviteChat = nullptr;
    QCheckBox *m_inviteManage = nullptr;
    QPushButton *m_invite = nullptr;
    QLabel *m_status = nullptr;
    QString m_password;
};

} // namespace shopinbox
