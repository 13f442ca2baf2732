#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace shopinbox::server {

/**
 * @brief Checks passwords (argon2id, tens of milliseconds and 64 MiB each) on a small pool of worker threads,
 * so that a burst of sign-ins never stalls the event loop, with a bounded queue so that it cannot grow
 * without limit either.
 */
class PasswordWorkers : public QObject
{
    Q_OBJECT
public:
    /** Checks waiting or running at most; more are refused (the sign-in answers 503). */
    static constexpr int MaxQueued = 64;

    /** @p threads workers (at least one). */
    explicit PasswordWorkers(int threads, QObject *parent = nullptr);
    ~PasswordWorkers() override;

    /**
     * Checks @p password against @p hash — or against the decoy when @p hash is empty (unknown email, same
     * cost) — and calls @p done with the answer on this object's thread. False (and @p done is not called)
     * when MaxQueued checks are already waiting.
     */
    bool verify(const QString &hash, const QString &password, std::function<void(bool)> done);

    /**
     * Makes the hash of a new password: @p current is checked against @p currentHash first unless
     * @p currentHash is empty (an invitation has no current password). @p done gets the new hash, or an
     * empty string when the current password is wrong. False (and @p done is not called) when full.
     */
    bool rehash(const QString &currentHash, const QString &current, const QString &newPassword,
                std::function<void(QString)> done);

    int pending() const { return m_pending.load(); }

private:
    QThreadPool m_pool;
    std::atomic<int> m_pending{0};
};

} // namespace shopinbox::server
