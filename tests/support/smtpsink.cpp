#include "smtpsink.h"

#include "testhelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace testsupport {

bool SmtpSink::start(quint16 port, const QStringList &credentials)
{
    // The system interpreter: python3-aiosmtpd is a Debian package (a pyenv python3 first in PATH would not
    // have it).
    m_process.setProgram(QFile::exists(QStringLiteral("/usr/bin/python3"))
                             ? QStringLiteral("/usr/bin/python3")
                             : QStringLiteral("python3"));
    m_process.setArguments(QStringList{QStringLiteral(SHOPINBOX_SOURCE_DIR "/tests/support/smtp-sink.py"),
                                       QString::number(port), m_dir.path()} +
                           credentials);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_process.canReadLine() && m_process.readLine().startsWith("ready"))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(100);
    }
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QList<SinkMail> SmtpSink::mails() const
{
    QList<SinkMail> result;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile data(dir.filePath(name));
        QFile meta(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (!data.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(meta.readAll()).object();
        SinkMail mail{data.readAll(), envelope.value(QStringLiteral("mail_from")).toString(), {}};
        for (const QJsonValue &to : envelope.value(QStringLiteral("rcpt_tos")).toArray())
            mail.recipients.append(to.toString());
        result.append(mail);
    }
    return result;
}

bool SmtpSink::waitForMails(qsizetype count, int timeoutMs) const
{
    return waitFor([&] { return mails().size() >= count; }, timeoutMs);
}

} // namespace testsupport
