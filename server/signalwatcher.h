#pragma once

#include <QObject>

class QSocketNotifier;

namespace shopinbox::server {

/**
 * @brief Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so shutdown runs in the event loop:
 * the request being handled finishes, sockets close, the database closes.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace shopinbox::server
