// shop-inbox: parses the command line, signs in and wires the session to the main window.
#include "auth/accountmanager.h"
#include "auth/keychaincredentialstore.h"
#include "auth/sessioncredentialstore.h"
#include "mainwindow.h"
#include "notifier.h"
#include "signindialog.h"
#include "sync/clientsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace shopinbox;

namespace {

int fail(const QString &message, bool interactive)
{
    std::fprintf(stderr, "shop-inbox: %s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QObject::tr("Shop Inbox"), message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopInbox"));
    QApplication::setApplicationName(QStringLiteral("shop-inbox"));
    QApplication::setApplicationDisplayName(QObject::tr("Shop Inbox"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPINBOX_VERSION));
    // The system's language when we have it (Dutch, French, German), English otherwise; Qt's own strings too.
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("shop-inbox"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Answer the chats customers start in your online store."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QObject::tr("Shop server URL."),
                                    QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), QObject::tr("Staff e-mail address."),
                                   QStringLiteral("email"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QObject::tr("Read the password from standard input and sign in."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QObject::tr("Use a separate settings and cache directory."),
                                     QStringLiteral("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QObject::tr("Wait for the first sync, save the window with the first "
                                                    "conversation open as PNG, and exit."),
                                        QStringLiteral("file"));
    parser.addOptions({server, email, passwordStdin, profile, screenshot});
    parser.process(app);
    const bool interactive = !parser.isSet(screenshot);

    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(profile)) {
        const QString name = parser.value(profile);
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.startsWith(QLatin1Char('.')))
            return fail(QObject::tr("--profile must be a plain name"), false);
        base += QStringLiteral("/profiles/") + name;
    }
    QDir().mkpath(base);
    QSettings settings(base + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    SessionCredentialStore sessionOnly;
    // A screenshot run is unattended: it must never touch (or wait on a prompt of) the user's keychain.
    AccountManager accounts(&settings, interactive ? static_cast<CredentialStore *>(&keychain) : &sessionOnly,
                            &network);

    std::unique_ptr<ClientSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Notifier> notifier;
    auto openSession = [&](const Account &account, const QString &token) {
        session = std::make_unique<ClientSession>(account, token, base, &network);
        const Cache::OpenResult opened = session->open();
        if (!opened.ok()) {
            fail(opened.message, interactive);
            QCoreApplication::exit(1);
            return;
        }
        window = std::make_unique<MainWindow>(*session, &settings);
        if (opened.status == Cache::Status::RebuiltAfterCorruption && interactive)
            QMessageBox::warning(window.get(), QObject::tr("Shop Inbox"), opened.message);
        window->show();
        notifier = std::make_unique<Notifier>(*session, window.get());
        QObject::connect(notifier.get(), &Notifier::openConversation, window.get(),
                         &MainWindow::showConversation);
        session->start();
        if (parser.isSet(screenshot)) {
            QObject::connect(window.get(), &MainWindow::screenshotSaved, &app,
                             [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
            window->saveScreenshotWhenSynced(parser.value(screenshot));
        }
    };

    if (parser.isSet(passwordStdin)) {
        if (!parser.isSet(server) || !parser.isSet(email))
            return fail(QObject::tr("--password-stdin needs --server and --email"), false);
        const QString password = QTextStream(stdin).readLine();
        accounts.signIn(QUrl(parser.value(server)), parser.value(email), password,
                        [&](const AccountManager::SignInResult &result) {
                            if (!result.ok) {
                                fail(result.error, interactive);
                                QCoreApplication::exit(1);
                                return;
                            }
                            if (!result.credentialError.isEmpty()) {
                                // No keychain: keep the token for this run only, and say so.
                                std::fprintf(stderr, "shop-inbox: %s\n", qPrintable(result.credentialError));
                                sessionOnly.write(result.account.credentialKey(), result.token,
                                                  [](bool, const QString &) {});
                            }
                            openSession(result.account, result.token);
                        });
        return app.exec();
    }

    const QList<Account> known = accounts.accounts();
    auto askToSignIn = [&] {
        SignInDialog dialog(accounts);
        dialog.setServer(parser.isSet(server) ? QUrl(parser.value(server))
                                              : (known.isEmpty() ? QUrl() : known.constFirst().serverUrl));
        dialog.setEmail(parser.isSet(email) ? parser.value(email)
                                            : (known.isEmpty() ? QString() : known.constFirst().email));
        if (dialog.exec() != QDialog::Accepted) {
            QCoreApplication::exit(0);
            return;
        }
        if (dialog.keepForThisSessionOnly())
            sessionOnly.write(dialog.account().credentialKey(), dialog.token(), [](bool, const QString &) {});
        openSession(dialog.account(), dialog.token());
    };
    if (known.isEmpty() || !interactive) {
        if (!interactive)
            return fail(QObject::tr("--screenshot needs --server, --email and --password-stdin"), false);
        QTimer::singleShot(0, &app, askToSignIn);
        return app.exec();
    }
    accounts.token(known.constFirst(), [&](std::optional<QString> token, const QString &error) {
        if (!token) {
            // Signed out, expired or no keychain: ask again rather than fail.
            if (!error.isEmpty())
                std::fprintf(stderr, "shop-inbox: %s\n", qPrintable(error));
            askToSignIn();
            return;
        }
        openSession(known.constFirst(), *token);
    });
    return app.exec();
}
