#pragma once
// A real SMTP server for tests: tests/support/smtp-sink.py (Python's aiosmtpd, Debian's python3-aiosmtpd) on
// 127.0.0.1, started with QProcess, storing each mail it receives as a file.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace testsupport {

/** One mail as the SMTP server received it. */
struct SinkMail
{
    QByteArray raw;
    QString mailFrom;
    QStringList recipients;
};

class SmtpSink
{
public:
    ~SmtpSink() { stop(); }
    /** Listens on @p port; @p credentials (user, password) make it require SMTP AUTH. */
    bool start(quint16 port, const QStringList &credentials = {});
    void stop();
    /** Every mail received so far, oldest first. */
    QList<SinkMail> mails() const;
    bool waitForMails(qsizetype count, int timeoutMs = 15000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace testsupport
