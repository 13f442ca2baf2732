#pragma once

#include "credentialstore.h"

namespace shopinbox {

/**
 * @brief Tokens in the operating system's keychain through QtKeychain (service "shop-inbox").
 *
 * On Linux that is the Secret Service (GNOME Keyring, KWallet); where none is reachable, every operation
 * fails with a message that says so, and nothing is written to disk instead.
 */
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr const char *Service = "shop-inbox";

    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &token, WriteCallback callback) override;
    void remove(const QString &key, WriteCallback callback) override;
    QString description() const override;
};

} // namespace shopinbox
