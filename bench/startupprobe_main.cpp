// shop-inbox-startup-probe: the desktop client's start-up path, instrumented for bench_ui.
//
// Does what app/desktop/main.cpp does once it has an account and a token (openSession): QApplication,
// ClientSession on the account's cache under the application data directory, MainWindow with the settings
// file, show, Notifier, start syncing (to an unreachable server: offline). When the conversation list's
// viewport has painted for the first time it prints
//   painted <ms since main()> rows=<n> app=<ms> open=<ms> window=<ms> shown=<ms>
// on stdout and quits cleanly (closing the cache removes its "open" marker).
#include "mainwindow.h"
#include "models/conversationlistmodel.h"
#include "notifier.h"
#include "startupaccount.h"
#include "sync/clientsession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace shopinbox;

namespace {

QElapsedTimer sinceMain;
qint64 appMs = 0;
qint64 openMs = 0;
qint64 windowMs = 0;
qint64 shownMs = 0;

/** On the list viewport's first Paint event: lets the viewport paint, then reports and quits. */
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        // Deliver the event now (we are inside the backing store's paint of this widget), so that the time
        // printed is after the rows were drawn, not before.
        QCoreApplication::sendEvent(watched, event);
        const qint64 painted = sinceMain.elapsed();
        auto *view = qobject_cast<QListView *>(watched->parent());
        const int rows = view && view->model() ? view->model()->rowCount() : -1;
        std::printf("painted %lld rows=%d app=%lld open=%lld window=%lld shown=%lld\n",
                    static_cast<long long>(painted), rows, static_cast<long long>(appMs),
                    static_cast<long long>(openMs), static_cast<long long>(windowMs),
                    static_cast<long long>(shownMs));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return true;
    }
};

} // namespace

int main(int argc, char **argv)
{
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopInbox"));
    QApplication::setApplicationName(QStringLiteral("shop-inbox"));
    appMs = sinceMain.elapsed();

    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(base);
    QSettings settings(base + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QNetworkAccessManager network;

    ClientSession session(bench::startupAccount(), QStringLiteral("bench-token"), base, &network);
    const Cache::OpenResult opened = session.open();
    if (!opened.ok()) {
        std::fprintf(stderr, "startup-probe: %s\n", qPrintable(opened.message));
        return 1;
    }
    openMs = sinceMain.elapsed();
    MainWindow window(session, &settings);
    windowMs = sinceMain.elapsed();
    FirstPaint firstPaint;
    QListView *list = nullptr;
    for (QListView *view : window.findChildren<QListView *>()) {
        if (qobject_cast<ConversationListModel *>(view->model()))
            list = view;
    }
    if (!list) {
        std::fprintf(stderr, "startup-probe: no conversation list in the main window\n");
        return 1;
    }
    list->viewport()->installEventFilter(&firstPaint);
    window.show();
    Notifier notifier(session, &window);
    QObject::connect(&notifier, &Notifier::openConversation, &window, &MainWindow::showConversation);
    session.start();
    shownMs = sinceMain.elapsed();
    return app.exec();
}
