#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace shopinbox {

/**
 * @brief Where sign-in tokens live: the OS keychain in the product, memory for "this run only".
 *
 * The seam tests and the UI pass in. Operations are asynchronous because keychains are (D-Bus, prompts).
 * Implementations never write a token anywhere else.
 */
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(std::optional<QString> token, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    /** Token stored under @p key; nullopt with an empty error when there is none. */
    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &token, WriteCallback callback) = 0;
    /** Removing a key that does not exist succeeds. */
    virtual void remove(const QString &key, WriteCallback callback) = 0;
    /** A sentence for the user about where tokens are kept. */
    virtual QString description() const = 0;
};

} // namespace shopinbox
