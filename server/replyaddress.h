#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace shopinbox::server {

/**
 * @brief The per-conversation Reply-To address of outgoing mail: `reply+<conversation>.<token>@<domain>`.
 *
 * The token is an HMAC-SHA256 of the conversation id under the server's secret key (truncated to 128 bits,
 * hex), so an address cannot be guessed or moved to another conversation without the key.
 */
class ReplyAddress
{
public:
    ReplyAddress() = default;
    ReplyAddress(QByteArray key, QString domain);

    bool isValid() const { return !m_key.isEmpty() && !m_domain.isEmpty(); }
    QString domain() const { return m_domain; }

    /** The address for @p conversationId. */
    QString make(qint64 conversationId) const;

    enum class Match { NotAReplyAddress, BadToken, Valid };
    /** Checks @p address; @p conversationId is set for BadToken and Valid. */
    Match check(const QString &address, qint64 *conversationId) const;

private:
    QByteArray token(qint64 conversationId) const;

    QByteArray m_key;
    QString m_domain;
};

} // namespace shopinbox::server
