#pragma once

#include "auth/account.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QFormLayout;
class QLineEdit;

namespace shopinbox {

class AccountManager;

/**
 * @brief Server address, e-mail and password; signs in through AccountManager and shows its errors in place.
 *
 * When the keychain cannot store the token, it asks whether to stay signed in for this session only.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(AccountManager &accounts, QWidget *parent = nullptr);

    void setServer(const QUrl &url);
    void setEmail(const QString &email);

    /** After accept(): the account and its token. */
    QString token() const { return m_token; }
    bool keepForThisSessionOnly() const { return m_sessionOnly; }
    QUrl server() const;
    QString email() const;
    const Account &account() const { return m_account; }
    /** Signs in with what the fields hold (the dialog's button does this). */
    void signIn();

private:
    AccountManager &m_accounts;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_token;
    bool m_sessionOnly = false;
    Account m_account;
};

} // namespace shopinbox
