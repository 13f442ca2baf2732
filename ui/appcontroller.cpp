#include "appcontroller.h"

#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "mainwindow.h"
#include "notifier.h"
#include "preferences.h"
#include "signindialog.h"
#include "storage/cache.h"
#include "storage/outboxstore.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>

#include <cstdio>

namespace shopinbox {

namespace {
const QString LastAccountKey = QStringLiteral("accounts/last");
} // namespace

AppController::AppController(AccountManager &accounts, SessionCredentialStore &sessionOnly,
                             QSettings &settings, QString baseDirectory, QNetworkAccessManager *network,
                             bool interactive, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_sessionOnly(sessionOnly)
    , m_settings(settings)
    , m_baseDirectory(std::move(baseDirectory))
    , m_network(network)
    , m_interactive(interactive)
{
}

AppController::~AppController()
{
    closeSession();
}

void AppController::start(const QUrl &server, const QString &email)
{
    const QList<Account> known = m_accounts.accounts();
    const QString last = m_settings.value(LastAccountKey).toString();
    std::optional<Account> chosen;
    for (const Account &account : known) {
        if (server.isEmpty() && (account.credentialKey() == last || !chosen))
            chosen = account;
    }
    if (!chosen) {
        if (!m_interactive) {
            emit failed(tr("no signed-in shop: sign in with --server, --email and --password-stdin"));
            return;
        }
        askToSignIn(server.isEmpty() && !known.isEmpty() ? known.constFirst().serverUrl : server,
                    email.isEmpty() && !known.isEmpty() ? known.constFirst().email : email, true);
        return;
    }
    switchTo(*chosen);
}

void AppController::switchTo(const Account &account)
{
    m_accounts.token(account, [this, account](std::optional<QString> token, const QString &error) {
        if (!token) {
            // Signed out elsewhere, expired or no keychain: ask again rather than fail.
            if (!error.isEmpty())
                std::fprintf(stderr, "shop-inbox: %s\n", qPrintable(error));
            if (!m_interactive) {
                emit failed(error.isEmpty() ? tr("no stored sign-in for %1").arg(account.email) : error);
                return;
            }
            askToSignIn(account.serverUrl, account.email, !m_session);
            return;
        }
        open(account, *token);
    });
}

void AppController::open(const Account &account, const QString &token)
{
    closeSession();
    m_session = std::make_unique<ClientSession>(account, token, m_baseDirectory, m_network);
    const Cache::OpenResult result = m_session->open();
    if (!result.ok()) {
        m_session.reset();
        if (m_interactive)
            QMessageBox::critical(nullptr, tr("Shop Inbox"), result.message);
        emit failed(result.message);
        return;
    }
    m_settings.setValue(LastAccountKey, account.credentialKey());
    m_window = std::make_unique<MainWindow>(*m_session, &m_settings);
    m_notifier = std::make_unique<Notifier>(*m_session, m_window.get());
    const Preferences preferences(&m_settings);
    m_notifier->setEnabled(preferences.notifications());
    m_window->setTrayAvailable(m_notifier->hasTray());
    refreshAccountsMenu();
    // Queued: these are triggered from the window's own menus, and the window goes away while switching.
    connect(m_window.get(), &MainWindow::switchAccountRequested, this, &AppController::switchTo,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::addAccountRequested, this, &AppController::addAccount,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::preferencesChanged, m_notifier.get(),
            [this] { m_notifier->setEnabled(Preferences(&m_settings).notifications()); });
    connect(&m_session->sync(), &SyncEngine::authenticationFailed, this, &AppController::reauthenticate,
            Qt::QueuedConnection);
    connect(m_notifier.get(), &Notifier::openConversation, m_window.get(), &MainWindow::showConversation);
    connect(m_notifier.get(), &Notifier::quitRequested, m_window.get(), &MainWindow::quit);
    if (result.status == Cache::Status::RebuiltAfterCorruption && m_interactive)
        QMessageBox::warning(m_window.get(), tr("Shop Inbox"), result.message);
    // Start minimised applies to the application's start, not to switching shops.
    if (m_interactive && !m_openedOnce && preferences.startMinimised()) {
        if (!m_notifier->hasTray())
            m_window->showMinimized();
    } else {
        m_window->show();
    }
    m_openedOnce = true;
    m_session->start();
    emit opened();
}

void AppController::closeSession()
{
    if (m_window)
        m_window->saveState();
    m_notifier.reset();
    m_window.reset();
    m_session.reset();
}

void AppController::refreshAccountsMenu()
{
    if (m_window && m_session)
        m_window->setAccounts(m_accounts.accounts(), m_session->account());
}

void AppController::askToSignIn(const QUrl &server, const QString &email, bool cancelQuits)
{
    SignInDialog dialog(m_accounts, m_window.get());
    dialog.setServer(server);
    dialog.setEmail(email);
    if (dialog.exec() != QDialog::Accepted) {
        if (cancelQuits)
            emit cancelled();
        return;
    }
    if (dialog.keepForThisSessionOnly())
        m_sessionOnly.write(dialog.account().credentialKey(), dialog.token(), [](bool, const QString &) {});
    open(dialog.account(), dialog.token());
}

void AppController::reauthenticate()
{
    if (!m_session || m_reauthenticating)
        return;
    const Account account = m_session->account();
    const QString message = tr("The sign-in to %1 as %2 has expired or was revoked. Sign in again to go on "
                               "syncing; the cached conversations stay available.")
                                .arg(account.shopName, account.email);
    emit signInExpired(message);
    if (!m_interactive)
        return;
    // The window stays open and offline meanwhile; what was queued is sent once signed in again.
    m_session->stop();
    QScopedValueRollback<bool> busy(m_reauthenticating, true);
    QMessageBox::information(m_window.get(), tr("Sign in again"), message);
    askToSignIn(account.serverUrl, account.email, false);
}

void AppController::addAccount()
{
    askToSignIn({}, {}, false);
}

void AppController::signOut()
{
    if (!m_session)
        return;
    const Account account = m_session->account();
    const int unsent = m_session->cache().outbox().count();
    if (m_interactive) {
        const QString question =
            unsent > 0 ? tr("%n change(s) to %1 have not reached the server yet and will be lost. Sign out "
                            "anyway?",
                            nullptr, unsent)
                             .arg(account.shopName)
                       : tr("Sign out of %1? The conversations cached on this computer are removed.")
                             .arg(account.shopName);
        if (QMessageBox::question(m_window.get(), tr("Sign out"), question) != QMessageBox::Yes)
            return;
    }
    const QString cachePath = m_session->cache().path();
    closeSession();
    // The cache holds customers' personal data: it leaves with the merchant's sign-in.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath + suffix);
    QDir(cachePath + QStringLiteral(".media")).removeRecursively();
    m_accounts.signOut(account, [this, account](bool ok, const QString &error) {
        if (!ok && !error.isEmpty())
            std::fprintf(stderr, "shop-inbox: %s\n", qPrintable(error));
        const QList<Account> rest = m_accounts.accounts();
        if (!rest.isEmpty()) {
            switchTo(rest.constFirst());
            return;
        }
        if (!m_interactive) {
            emit cancelled();
            return;
        }
        askToSignIn(account.serverUrl, account.email, true);
    });
}

} // namespace shopinbox
