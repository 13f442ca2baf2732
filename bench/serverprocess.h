#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace shopinbox::bench {

/**
 * @brief A shop-inbox-server child process on a loopback port: started with "--port 0" plus the given
 * arguments, its URL read from the "listening on" line it prints; terminated when destroyed.
 */
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /** Starts @p binary with @p arguments (besides "--port 0"); false if it printed no URL in 30 s. */
    bool start(const QString &binary, const QStringList &arguments);
    QUrl url() const { return m_url; }
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace shopinbox::bench
