#pragma once

#include "account.h"

#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace shopinbox {

class CredentialStore;

/**
 * @brief The configured accounts (in QSettings, without secrets) and signing in and out.
 *
 * The token from `POST /api/v1/login` goes to the CredentialStore and nowhere else. When the store fails
 * (no keychain), the result says so and carries the token, so the caller can offer to keep it for this run
 * only (SessionCredentialStore).
 */
class AccountManager : public QObject
{
    Q_OBJECT
public:
    struct SignInResult
    {
        bool ok = false;
        Account account;
        QString token;           ///< For this run; already stored unless credentialError is set.
        QString error;           ///< Why sign-in failed (wrong password, server unreachable, ...).
        QString credentialError; ///< Signed in, but the token could not be stored.
        /** The password was a one-time password of an invitation: sign in again with a new password. */
        bool passwordChangeRequired = false;
    };
    using SignInCallback = std::function<void(const SignInResult &)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    AccountManager(QSettings *settings, CredentialStore *credentials, QNetworkAccessManager *network,
                   QObject *parent = nullptr);

    QList<Account> accounts() const;
    /**
     * Signs in. An invited member's one-time @p password works only with @p newPassword, their own, which is
     * set first (`POST /api/v1/password`); without it the result says passwordChangeRequired.
     */
    void signIn(const QUrl &serverUrl, const QString &email, const QString &password, SignInCallback callback,
                const QString &newPassword = {});
    /** Revokes the token on the server (best effort), deletes it from the store, forgets the account. */
    void signOut(const Account &account, DoneCallback callback);
    /** The stored token of @p account, if any. */
    void token(const Account &account, std::function<void(std::optional<QString>, const QString &)> callback);

private:
    void save(const Account &account);
    void forget(const Account &account);

    QSettings *m_settings;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_network;
};

} // namespace shopinbox
