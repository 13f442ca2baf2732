#pragma once

#include "auth/account.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace shopinbox {

class AccountManager;
class ClientSession;
class MainWindow;
class Notifier;
class SessionCredentialStore;

/**
 * @brief The desktop application's life cycle: which shop is open, signing in, switching between shops,
 * signing out. Owns the open ClientSession with its MainWindow and Notifier; app/desktop/main.cpp only
 * parses the command line and wires this up.
 *
 * Switching closes the current session (window state saved) and opens the other shop's cache at once, with
 * its token from the credential store, or asks to sign in again when there is none. The last shop used is
 * opened on the next start.
 */
class AppController : public QObject
{
    Q_OBJECT
public:
    /** @p interactive false (screenshots, tests): never a dialog; a missing token is a failure. */
    AppController(AccountManager &accounts, SessionCredentialStore &sessionOnly, QSettings &settings,
                  QString baseDirectory, QNetworkAccessManager *network, bool interactive,
                  QObject *parent = nullptr);
    ~AppController() override;

    /** Opens the last used shop (or the first), else asks to sign in, prefilled with @p server and @p email.
     */
    void start(const QUrl &server = {}, const QString &email = {});
    /** Opens @p account's cache and window with @p token, closing any open shop first. */
    void open(const Account &account, const QString &token);
    /** Closes the open shop and opens @p account (asks to sign in when its token is gone). */
    void switchTo(const Account &account);
    /** Signs in to another shop (the sign-in dialog) and opens it; the current one stays if cancelled. */
    void addAccount();
    /** Revokes the open shop's token, forgets it and removes its cache; opens another shop or asks to sign
     * in. */
    void signOut();

    ClientSession *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }
    Notifier *notifier() const { return m_notifier.get(); }

signals:
    /** A shop was opened: session(), window() and notifier() are set. */
    void opened();
    /** Nothing could be opened (the reason was printed or shown); the application should exit with 1. */
    void failed(const QString &message);
    /** The server refused the open shop's token (revoked, expired): @p message says so. Interactive runs
     * then ask to sign in again; the window stays usable offline meanwhile. */
    void signInExpired(const QString &message);
    /** The merchant cancelled signing in with no shop open; the application should exit. */
    void cancelled();

private:
    void closeSession();
    void askToSignIn(const QUrl &server, const QString &email, bool cancelQuits);
    void refreshAccountsMenu();
    void reauthenticate();

    AccountManager &m_accounts;
    SessionCredentialStore &m_sessionOnly;
    QSettings &m_settings;
    QString m_baseDirectory;
    QNetworkAccessManager *m_network;
    bool m_interactive;
    bool m_openedOnce = false;
    bool m_reauthenticating = false;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Notifier> m_notifier;
};

} // namespace shopinbox
