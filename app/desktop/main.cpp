// shop-inbox: parses the command line, signs in and wires the session to the main window.
#include "appcontroller.h"
#include "appicons.h"
#include "auth/accountmanager.h"
#include "auth/keychaincredentialstore.h"
#include "auth/sessioncredentialstore.h"
#include "mainwindow.h"
#include "preferences.h"

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
    QApplication::setWindowIcon(AppIcons::app()); // windows, dialogs and About
    // The system's language when we have it (Dutch, French, German), English otherwise; Qt's own strings too.
    QTranslator appTranslator;
    QTranslator qtTranslator;
    // English when the system's language is none of ours (or the C locale): its file holds the plural forms.
    const auto loadApp = [&appTranslator](const QLocale &locale) {
        return appTranslator.load(locale, QStringLiteral("shop-inbox"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")) ||
               appTranslator.load(QStringLiteral("shop-inbox_en"), QStringLiteral(":/i18n"));
    };
    if (loadApp(QLocale()))
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
    const QCommandLineOption conversation(QStringLiteral("conversation"),
                                          QObject::tr("Open this conversation (its number) once signed in."),
                                          QStringLiteral("id"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QObject::tr("Open the window at this size, e.g. 1024x700."),
                                        QStringLiteral("WxH"));
    parser.addOptions({server, email, passwordStdin, profile, screenshot, conversation, windowSize});
    parser.process(app);
    const QStringList size = parser.value(windowSize).split(QLatin1Char('x'));
    const QSize requestedSize = size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize();
    if (parser.isSet(windowSize) && (requestedSize.width() < 320 || requestedSize.height() < 240))
        return fail(QObject::tr("--window-size needs WIDTHxHEIGHT, at least 320x240"), false);
    if (parser.isSet(conversation) && parser.value(conversation).toLongLong() <= 0)
        return fail(QObject::tr("--conversation needs a conversation number"), false);
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
    // Settings ▸ Language overrides the system's; QLocale's default then formats dates and money too.
    const QString language = Preferences(&settings).language();
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        QCoreApplication::removeTranslator(&appTranslator);
        QCoreApplication::removeTranslator(&qtTranslator);
        if (loadApp(QLocale(language)))
            QCoreApplication::installTranslator(&appTranslator);
        if (qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
    }
    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    SessionCredentialStore sessionOnly;
    // A screenshot run is unattended: it must never touch (or wait on a prompt of) the user's keychain.
    AccountManager accounts(&settings, interactive ? static_cast<CredentialStore *>(&keychain) : &sessionOnly,
                            &network);
    AppController controller(accounts, sessionOnly, settings, base, &network, interactive);
    // Dialogs already showed the reason where there was a merchant to see it; stderr always gets it.
    QObject::connect(&controller, &AppController::failed, &app, [](const QString &message) {
        fail(message, false);
        QCoreApplication::exit(1);
    });
    QObject::connect(&controller, &AppController::cancelled, &app, [] { QCoreApplication::exit(0); });
    if (requestedSize.isValid()) {
        QObject::connect(&controller, &AppController::opened, &app,
                         [&] { controller.window()->resize(requestedSize); });
    }
    if (parser.isSet(screenshot)) {
        QObject::connect(&controller, &AppController::opened, &app, [&] {
            QObject::connect(controller.window(), &MainWindow::screenshotSaved, &app,
                             [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
            controller.window()->saveScreenshotWhenSynced(parser.value(screenshot),
                                                          parser.value(conversation).toLongLong());
        });
    } else if (parser.isSet(conversation)) {
        QObject::connect(&controller, &AppController::opened, &app, [&] {
            controller.window()->showConversation(parser.value(conversation).toLongLong());
        });
    }

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
                            controller.open(result.account, result.token);
                        });
        return app.exec();
    }
    if (!interactive)
        return fail(QObject::tr("--screenshot needs --server, --email and --password-stdin"), false);
    QTimer::singleShot(0, &controller, [&] {
        controller.start(parser.isSet(server) ? QUrl(parser.value(server)) : QUrl(), parser.value(email));
    });
    return app.exec();
}
