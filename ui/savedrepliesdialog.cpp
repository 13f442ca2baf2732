#include "savedrepliesdialog.h"
#include "models/staffpermissions.h"

#include "models/savedreplymodel.h"
#include "sync/clientsession.h"
#include "sync/localactions.h"
#include "sync/outboxsender.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopinbox {

SavedRepliesDialog::SavedRepliesDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new SavedReplyModel(&session.cache(), this))
{
    setWindowTitle(tr("Saved replies"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Saved replies"));
    m_list->setModel(m_model);
    auto *add = new QPushButton(tr("&New reply"), this);
    connect(add, &QPushButton::clicked, this, [this] { editRow(-1); });
    left->addWidget(m_list, 1);
    left->addWidget(add);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_shortcut = new QLineEdit(this);
    m_shortcut->setAccessibleName(tr("Shortcut"));
    m_shortcut->setPlaceholderText(tr("e.g. shipping"));
    m_shortcut->setMaxLength(MaxSavedReplyShortcutLength);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Reply text"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Shortcut: /"), m_shortcut);
    form->addRow(tr("&Text:"), m_text);
    right->addLayout(form, 1);
    auto *hint = new QLabel(tr("Lower-case letters, digits, - and _. Type /shortcut in a reply to insert the "
                               "text. Saved replies are shared with all staff of the shop."),
                            this);
    hint->setWordWrap(true);
    right->addWidget(hint);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    connect(saveButton, &QPushButton::clicked, this, &SavedRepliesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedRepliesDialog::remove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { editRow(current.isValid() ? current.row() : -1); });
    connect(&m_session.outbox(), &OutboxSender::actionFailed, this,
            [this](OutboxAction action, const QString &why) {
                if (action == OutboxAction::CreateSavedReply || action == OutboxAction::UpdateSavedReply ||
                    action == OutboxAction::DeleteSavedReply)
                    m_status->setText(tr("The server refused the change: %1").arg(why));
            });
    // Everyone reads (and inserts) saved replies; staff who manage the shop change them.
    const bool canManage = m_session.permissions().canManageShop();
    add->setVisible(canManage);
    saveButton->setVisible(canManage);
    m_delete->setVisible(canManage);
    m_shortcut->setReadOnly(!canManage);
    m_text->setReadOnly(!canManage);
    if (!canManage)
        hint->setText(tr("Type /shortcut in a reply to insert the text. Only staff who manage the shop can "
                         "change saved replies."));
    resize(720, 420);
    editRow(m_model->rowCount() > 0 ? 0 : -1);
}

void SavedRepliesDialog::editRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_editingId = index.isValid() ? index.data(SavedReplyModel::IdRole).toLongLong() : 0;
    m_shortcut->setText(index.data(SavedReplyModel::ShortcutRole).toString());
    m_text->setPlainText(index.data(SavedReplyModel::TextRole).toString());
    m_delete->setEnabled(m_editingId != 0);
    if (!index.isValid()) {
        m_list->clearSelection();
        m_shortcut->setFocus();
    } else if (m_list->currentIndex() != index) {
        m_list->setCurrentIndex(index);
    }
    m_status->clear();
}

bool SavedRepliesDialog::save()
{
    LocalActions &actions = m_session.actions();
    const QString shortcut = m_shortcut->text().trimmed();
    const bool ok = m_editingId ? actions.updateSavedReply(m_editingId, shortcut, m_text->toPlainText())
                                : actions.createSavedReply(shortcut, m_text->toPlainText());
    m_status->setText(
        ok ? (m_editingId ? tr("Saved.") : tr("Added: it appears in the list once the server has it."))
           : actions.lastError());
    return ok;
}

bool SavedRepliesDialog::remove()
{
    if (!m_editingId)
        return false;
    if (!m_session.actions().deleteSavedReply(m_editingId)) {
        m_status->setText(m_session.actions().lastError());
        return false;
    }
    editRow(-1);
    m_status->setText(tr("Deleted."));
    return true;
}

QString SavedRepliesDialog::statusText() const
{
    return m_status->text();
}

} // namespace shopinbox
