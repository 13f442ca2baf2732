#include "signindialog.h"

#include "auth/accountmanager.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shopinbox {

SignInDialog::SignInDialog(AccountManager &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setWindowTitle(tr("Sign in to your shop"));
    auto *layout = new QVBoxLayout(this);
    // The title also inside the dialog, and a width that never cuts it in the title bar (German is longest).
    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    setMinimumWidth(std::max(420, QFontMetrics(headingFont).horizontalAdvance(windowTitle()) + 160));
    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("https://shop.example.com"));
    m_server->setAccessibleName(tr("Server address"));
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("E-mail address"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    // An invited member signs in once with a one-time password and chooses their own: shown when the
    // server says so.
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setAccessibleName(tr("Your new password"));
    m_newPassword->setPlaceholderText(tr("At least 10 characters"));
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&New password:"), m_newPassword);
    form->setRowVisible(m_newPassword, false);
    m_form = form;
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void SignInDialog::setServer(const QUrl &url)
{
    m_server->setText(url.toString());
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    m_password->setFocus();
}

QUrl SignInDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

void SignInDialog::signIn()
{
    if (m_server->text().trimmed().isEmpty() || email().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter the server address, your e-mail address and your password."));
        m_error->show();
        return;
    }
    m_buttons->setEnabled(false);
    m_error->hide();
    m_accounts.signIn(
        server(), email(), m_password->text(),
        [this](const AccountManager::SignInResult &result) {
            m_buttons->setEnabled(true);
            if (!result.ok) {
                if (result.passwordChangeRequired) {
                    m_form->setRowVisible(m_newPassword, true);
                    m_newPassword->setFocus();
                }
                m_error->setText(result.error);
                m_error->show();
                return;
            }
            m_account = result.account;
            m_token = result.token;
            if (!result.credentialError.isEmpty()) {
                // Nothing is written to disk instead of the keychain: the choice is this session or not at
                // all.
                const auto answer = QMessageBox::question(this, tr("No keychain"),
                                                          tr("%1\n\nStay signed in for this session only? "
                                                             "You will need to sign in again next time.")
                                                              .arg(result.credentialError));
                if (answer != QMessageBox::Yes) {
                    reject();
                    return;
                }
                m_sessionOnly = true;
            }
            accept();
        },
        m_form->isRowVisible(m_newPassword) ? m_newPassword->text() : QString());
}

} // namespace shopinbox
