#pragma once

#include <QByteArray>
#include <QString>

namespace shopinbox::server {

/**
 * @brief Password hashing (argon2id, libsodium) and bearer tokens (32 random bytes, stored hashed).
 */
class Credentials
{
public:
    /** False when libsodium cannot initialise (no entropy source); nothing else may then be used. */
    static bool initialize();

    /** An argon2id hash string (salt and parameters included). Empty on failure (out of memory). */
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    /**
     * Checks @p password against a hash of a random password made once per process: what a sign-in for an
     * unknown email costs, so that the answer's timing does not tell whether the email has an account.
     * Always false.
     */
    static bool verifyAgainstDecoy(const QString &password);

    /** 32 random bytes, base64url without padding: what the client holds. */
    static QString newToken();
    /** What the database stores instead of the token: hex SHA-256. */
    static QString tokenHash(const QString &token);
};

} // namespace shopinbox::server
