#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace shopinbox::server {

/** @brief Where and how outgoing mail is handed over (from the --smtp-* options). */
struct SmtpSettings
{
    QString url;  ///< smtp://host:port (STARTTLS optional) or smtps://host:port (TLS); empty: no mail.
    QString user; ///< Empty: no AUTH.
    QString password;
    bool requireStartTls = false; ///< smtp:// only: refuse to send unless STARTTLS succeeds.
    int connectTimeoutMs = 10000;
    int timeoutMs = 60000;

    bool isEnabled() const { return !url.isEmpty(); }
};

/**
 * @brief Hands one message to an SMTP server with libcurl. Blocking: run it off the event loop.
 *
 * Thread-safe: every call uses its own curl handle. Call initialize() once in the main thread first.
 */
class SmtpSender
{
public:
    /** Initialises libcurl (once per process, before any thread sends). */
    static void initialize();
    /**
     * Sends @p message (CRLF lines, headers included) from envelope sender @p from to @p recipients.
     * Empty on success, else why it failed (curl's error text and the SMTP server's answer).
     */
    static QString send(const SmtpSettings &settings, const QString &from, const QStringList &recipients,
                        const QByteArray &message);
};

} // namespace shopinbox::server
