#pragma once

#include "credentialstore.h"

#include <QHash>

namespace shopinbox {

/**
 * @brief Tokens kept in memory for this run only: the choice offered when no keychain is reachable.
 * Nothing is written to disk; quitting signs out.
 */
class SessionCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, ReadCallback callback) override
    {
        const auto it = m_tokens.constFind(key);
        callback(it == m_tokens.cend() ? std::nullopt : std::optional<QString>(it.value()), QString());
    }
    void write(const QString &key, const QString &token, WriteCallback callback) override
    {
        m_tokens.insert(key, token);
        callback(true, QString());
    }
    void remove(const QString &key, WriteCallback callback) override
    {
        m_tokens.remove(key);
        callback(true, QString());
    }
    QString description() const override { return tr("memory, for this session only"); }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace shopinbox
