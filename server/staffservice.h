#pragma once

#include "domain/shop.h"
#include "domain/staff.h"
#include "serviceresult.h"
#include "staffrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace shopinbox::server {

class ServiceContext;

/** @brief A staff sign-in: the new token (shown once), who signed in and their shop. */
struct SignedIn
{
    QString token;
    Staff staff;
    Shop shop;
    bool passwordChangeRequired = false; ///< Invited: only POST /api/v1/password (and sign-out) until then.
};

/**
 * @brief A sign-in between its two halves: checked and counted (beginLogin), waiting for the password hash
 * check on a worker (PasswordWorkers), then finished (finishLogin).
 */
struct LoginAttempt
{
    QString email;                       ///< Normalised.
    QString address;                     ///< The client address, as the rate limit counts it.
    std::optional<StaffAccount> account; ///< None for an unknown email (checked against the decoy).
    QString password;
    QString device; ///< What the client calls itself ("Shop Inbox on laptop"); shown in the device list.
};

/** @brief One page of the shop's event log for the staff's sync, each event already as its wire frame. */
struct SyncFrames
{
    QList<QByteArray> frames; ///< Each event as the JSON object the protocol sends.
    bool hasMore = false;
    qint64 nextSince = 0;
    bool emailReplies = false; ///< The server emails replies to customers who left the store.
};

/** @brief The shop's staff: sign-in (rate limited per address and email, per email, per address), sign-out,
 * tokens, the staff list and the event log pages of the sync. */
class StaffService
{
public:
    /** Failed sign-ins in a window that block the same address and email. */
    static constexpr int MaxFailuresPerAddressAndEmail = 5;
    /** ... that block an email from every address (a spray across addresses). */
    static constexpr int MaxFailuresPerEmail = 8;
    /** ... that block an address for every email (a spray across accounts). */
    static constexpr int MaxFailuresPerAddress = 30;
    /** The window's length; it starts at the first failure. */
    static constexpr int LoginWindowSeconds = 60;
    /** A token not used for this long has expired (an open staff stream counts as use). */
    static constexpr int TokenIdleDays = 30;
    /** A token's last use is written at most this often (not on every request). */
    static constexpr int TokenTouchSeconds = 60;

    explicit StaffService(ServiceContext &context);

    /**
     * The first half of a sign-in: the body checked, the rate limits asked, the account looked up. The
     * attempt counts as a failure from here on (so that concurrent guesses cannot pass the limit together)
     * until finishLogin() learns it succeeded.
     */
    ServiceResult<LoginAttempt> beginLogin(const QJsonObject &body, const QHostAddress &peer);
    /** The second half: @p passwordMatches is what the hash check on the worker said. */
    ServiceResult<SignedIn> finishLogin(const LoginAttempt &attempt, bool passwordMatches);
    /** Both halves with the hash check on this thread (tests and tools). */
    ServiceResult<SignedIn> login(const QJsonObject &body, const QHostAddress &peer);
    /** Revokes @p token; its streams on every server process are closed (ServiceContext::tokensRevoked). */
    ServiceStatus logout(const QString &token);
    /**
     * The staff member of a valid token: known, not revoked, used within TokenIdleDays, of an active member.
     * Records the use (at most every TokenTouchSeconds). The account's tokenHash is that token's.
     */
    std::optional<StaffAccount> authenticate(const QString &token);
    /** authenticate() for a token already hashed (the streams check theirs again). */
    std::optional<StaffAccount> authenticateHash(const QString &tokenHash);
    /** The shop's staff with chat permission. */
    ServiceResult<QList<Staff>> staffList(const StaffAccount &staff);
    /** Events after @p since (text of a non-negative integer; empty: 0), at most @p limit (empty: a full
     * page). */
    ServiceResult<SyncFrames> sync(const StaffAccount &staff, const QString &since, const QString &limit);

private:
    bool loginRateLimited(const QString &key, int max) const;
    void recordLoginFailure(const QString &key);
    void forgiveLoginFailure(const QString &key);

    ServiceContext &m_context;
    struct Failures
    {
        int count = 0;
        QDateTime windowStart;
    };
    QHash<QString, Failures> m_loginFailures;
};

} // namespace shopinbox::server
