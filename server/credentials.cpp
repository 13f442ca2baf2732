#include "credentials.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace shopinbox::server {

bool Credentials::initialize()
{
    return sodium_init() >= 0;
}

QString Credentials::hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    // Interactive limits: a login costs tens of milliseconds, which is also what makes guessing expensive.
    if (crypto_pwhash_str_alg(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool Credentials::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return !stored.isEmpty() && crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                                         static_cast<unsigned long long>(utf8.size())) == 0;
}

bool Credentials::verifyAgainstDecoy(const QString &password)
{
    static const QString decoy = hashPassword(newToken()); // thread-safe initialisation, once
    verifyPassword(decoy, password);
    return false;
}

QString Credentials::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Credentials::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace shopinbox::server
