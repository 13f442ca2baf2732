#include "serverprocess.h"

#include <QElapsedTimer>

namespace shopinbox::bench {

bool ServerProcess::start(const QString &binary, const QStringList &arguments)
{
    m_process.setProgram(binary);
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    m_process.start();
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(500);
        m_process.readAllStandardError();
        out += m_process.readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        const int end = at >= 0 ? out.indexOf('\n', at) : -1;
        if (end > 0) {
            m_url = QUrl(QString::fromUtf8(out.mid(at + 13, end - at - 13)).trimmed());
            // Keep draining the pipes so that a chatty server never blocks on a full one.
            QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                             [this] { m_process.readAllStandardError(); });
            QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                             [this] { m_process.readAllStandardOutput(); });
            return true;
        }
    }
    return false;
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

} // namespace shopinbox::bench
