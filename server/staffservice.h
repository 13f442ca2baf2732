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
};

/** @brief One page of the shop's event log for the staff's sync, each event already as its wire frame. */
struct SyncFrames
{
    QList<QByteArray> frames; ///< Each event as the JSON object the protocol sends.
    bool hasMore = false;
    qint64 nextSince = 0;
    bool emailReplies = false; ///< The server emails replies to customers who left the store.
};

/** @brief The shop's staff: sign-in (rate limited per address and account), sign-out, tokens, the staff
 * list and the event log pages of the sync. */
class StaffService
{
public:
    explicit StaffService(ServiceContext &context);

    ServiceResult<SignedIn> login(const QJsonObject &body, const QHostAddress &peer);
    ServiceStatus logout(const QString &token);
    /** The staff member of a valid (not revoked) token. */
    std::optional<StaffAccount> authenticate(const QString &token);
    /** The shop's staff with chat permission. */
    ServiceResult<QList<Staff>> staffList(const StaffAccount &staff);
    /** Events after @p since (text of a non-negative integer; empty: 0), at most @p limit (empty: a full
     * page). */
    ServiceResult<SyncFrames> sync(const StaffAccount &staff, const QString &since, const QString &limit);

private:
    bool loginRateLimited(const QString &key) const;
    void recordLoginFailure(const QString &key);

    ServiceContext &m_context;
    struct Failures
    {
        int count = 0;
        QDateTime windowStart;
    };
    QHash<QString, Failures> m_loginFailures;
};

} // namespace shopinbox::server
