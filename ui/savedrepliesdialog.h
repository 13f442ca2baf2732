#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace shopinbox {

class ClientSession;
class SavedReplyModel;

/**
 * @brief Create, edit and delete the shop's saved replies (shared by all staff; inserted in the composer by
 * typing `/` and the shortcut). Changes go through the outbox; a refusal by the server is shown here.
 */
class SavedRepliesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SavedRepliesDialog(ClientSession &session, QWidget *parent = nullptr);

    SavedReplyModel &model() { return *m_model; }
    /** Selects the reply in @p row for editing (-1: a new reply). */
    void editRow(int row);
    /** Saves the form: a new reply, or the changes to the selected one. False with statusText() if refused.
     */
    bool save();
    /** Deletes the selected reply. */
    bool remove();
    QString statusText() const;
    QLineEdit *shortcutEdit() const { return m_shortcut; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    ClientSession &m_session;
    SavedReplyModel *m_model;
    qint64 m_editingId = 0;
    QListView *m_list = nullptr;
    QLineEdit *m_shortcut = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace shopinbox
