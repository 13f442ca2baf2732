#include "replyaddress.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace shopinbox::server {

ReplyAddress::ReplyAddress(QByteArray key, QString domain)
    : m_key(std::move(key))
    , m_domain(std::move(domain))
{
}

QByteArray ReplyAddress::token(qint64 conversationId) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash("reply-to:" + QByteArray::number(conversationId),
                                                            m_key, QCryptographicHash::Sha256);
    return mac.left(16).toHex();
}

QString ReplyAddress::make(qint64 conversationId) const
{
    return QStringLiteral("reply+%1.%2@%3")
        .arg(conversationId)
        .arg(QString::fromLatin1(token(conversationId)), m_domain);
}

ReplyAddress::Match ReplyAddress::check(const QString &address, qint64 *conversationId) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^reply\\+([0-9]{1,18})\\.([0-9a-fA-F]{1,64})@(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(address.trimmed());
    if (!isValid() || !match.hasMatch() || match.captured(3).compare(m_domain, Qt::CaseInsensitive) != 0)
        return Match::NotAReplyAddress;
    bool ok = false;
    *conversationId = match.captured(1).toLongLong(&ok);
    if (!ok)
        return Match::NotAReplyAddress;
    const QByteArray expected = token(*conversationId);
    const QByteArray given = match.captured(2).toLower().toLatin1();
    // Constant time for equal lengths: the token must not be found byte by byte.
    if (given.size() != expected.size())
        return Match::BadToken;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return diff == 0 ? Match::Valid : Match::BadToken;
}

} // namespace shopinbox::server
