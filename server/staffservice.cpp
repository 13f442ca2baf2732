#include "staffservice.h"

#include "credentials.h"
#include "fieldcheck.h"
#include "serverdatabase.h"
#include "servicecontext.h"

#include <QRegularExpression>

namespace shopinbox::server {

namespace {

QString pairKey(const LoginAttempt &attempt)
{
    return QStringLiteral("p|") + attempt.address + QLatin1Char('|') + attempt.email;
}

QString emailKey(const LoginAttempt &attempt)
{
    return QStringLiteral("e|") + attempt.email;
}

QString addressKey(const LoginAttempt &attempt)
{
    return QStringLiteral("a|") + attempt.address;
}

} // namespace

StaffService::StaffService(ServiceContext &context)
    : m_context(context)
{
}

bool StaffService::loginRateLimited(const QString &key, int max) const
{
    const auto it = m_loginFailures.constFind(key);
    return it != m_loginFailures.cend() && it->count >= max &&
           it->windowStart.secsTo(m_context.now()) < LoginWindowSeconds;
}

void StaffService::recordLoginFailure(const QString &key)
{
    const QDateTime now = m_context.now();
    Failures &f = m_loginFailures[key];
    if (!f.windowStart.isValid() || f.windowStart.secsTo(now) >= LoginWindowSeconds)
        f = Failures{0, now};
    ++f.count;
}

void StaffService::forgiveLoginFailure(const QString &key)
{
    const auto it = m_loginFailures.find(key);
    if (it != m_loginFailures.end() && --it->count <= 0)
        m_loginFailures.erase(it);
}

ServiceResult<LoginAttempt> StaffService::beginLogin(const QJsonObject &body, const QHostAddress &peer)
{
    const QJsonValue emailValue = body.value(QStringLiteral("email"));
    const QJsonValue passwordValue = body.value(QStringLiteral("password"));
    if (!emailValue.isString() || !passwordValue.isString())
        return ServiceError::invalid(QStringLiteral("email and password are required strings"));
    LoginAttempt attempt;
    attempt.email = emailValue.toString().trimmed().toLower();
    attempt.address = peer.toString();
    attempt.password = passwordValue.toString();
    const QJsonValue device = body.value(QStringLiteral("device"));
    if (!device.isUndefined() && !device.isNull() && !device.isString())
        return ServiceError::invalid(QStringLiteral("device must be a string"));
    attempt.device = device.toString().trimmed().left(100);
    if (loginRateLimited(pairKey(attempt), MaxFailuresPerAddressAndEmail) ||
        loginRateLimited(emailKey(attempt), MaxFailuresPerEmail) ||
        loginRateLimited(addressKey(attempt), MaxFailuresPerAddress))
        return ServiceError::make(ServiceError::Kind::RateLimited, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many failed sign-ins; wait a minute and try again"));
    attempt.account = m_context.staff().staffByEmail(attempt.email);
    // A lookup that failed with the database is no wrong password: not counted, and 503.
    if (m_context.database().isLost())
        return ServiceError::unavailable();
    recordLoginFailure(pairKey(attempt));
    recordLoginFailure(emailKey(attempt));
    recordLoginFailure(addressKey(attempt));
    return attempt;
}

ServiceResult<SignedIn> StaffService::finishLogin(const LoginAttempt &attempt, bool passwordMatches)
{
    // A deactivated member's right password is refused like a wrong one: the account tells nothing.
    if (!attempt.account || !passwordMatches || !attempt.account->staff.active)
        return ServiceError::make(ServiceError::Kind::Unauthorized, QStringLiteral("invalid_credentials"),
                                  QStringLiteral("wrong email or password"));
    m_loginFailures.remove(pairKey(attempt));
    forgiveLoginFailure(emailKey(attempt));
    forgiveLoginFailure(addressKey(attempt));
    const StaffAccount &account = *attempt.account;
    const QString token = Credentials::newToken();
    if (!m_context.staff().insertToken(Credentials::tokenHash(token), account, m_context.now(),
                                       attempt.device))
        return ServiceError::unavailable();
    const std::optional<Shop> shop = m_context.shops().shop(account.shopId);
    if (!shop)
        return ServiceError::unavailable();
    return SignedIn{token, account.staff, *shop, account.passwordChangeRequired};
}

ServiceResult<SignedIn> StaffService::login(const QJsonObject &body, const QHostAddress &peer)
{
    const ServiceResult<LoginAttempt> attempt = beginLogin(body, peer);
    if (!attempt)
        return attempt.error();
    const bool matches = attempt->account
                             ? Credentials::verifyPassword(attempt->account->passwordHash, attempt->password)
                             : Credentials::verifyAgainstDecoy(attempt->password);
    return finishLogin(attempt.value(), matches);
}

ServiceStatus StaffService::logout(const QString &token)
{
    const QString hash = Credentials::tokenHash(token);
    const std::optional<StaffToken> stored = m_context.staff().token(hash);
    if (!m_context.staff().revokeToken(hash, m_context.now()))
        return ServiceError::unavailable();
    if (stored)
        m_context.announceRevoked(stored->staffId, hash);
    return std::monostate{};
}

std::optional<StaffAccount> StaffService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    return authenticateHash(Credentials::tokenHash(token));
}

std::optional<StaffAccount> StaffService::authenticateHash(const QString &tokenHash)
{
    const std::optional<StaffToken> token = m_context.staff().token(tokenHash);
    const QDateTime now = m_context.now();
    if (!token || token->revoked || token->lastUsedAt.addDays(TokenIdleDays) <= now)
        return std::nullopt;
    std::optional<StaffAccount> account = m_context.staff().staffById(token->staffId);
    if (!account || !account->staff.active)
        return std::nullopt;
    // A failed write of the last use does not refuse the request: the token stays valid, the use is
    // recorded by a later request.
    if (token->lastUsedAt.secsTo(now) >= TokenTouchSeconds)
        m_context.staff().touchToken(tokenHash, now);
    account->tokenHash = tokenHash;
    return account;
}

ServiceResult<QList<Staff>> StaffService::staffList(const StaffAccount &staff)
{
    return m_context.staff().staff(staff.shopId, true);
}

ServiceResult<SyncFrames> StaffService::sync(const StaffAccount &staff, const QString &sinceText,
                                             const QString &limitText)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const bool ok = sinceText.isEmpty() || digits.match(sinceText).hasMatch();
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong();
    if (!ok)
        return ServiceError::invalid(QStringLiteral("since must be a non-negative integer"));
    const std::optional<int> limit = fields::queryCount(limitText, EventLog::MaxPage, EventLog::MaxPage);
    if (!limit)
        return ServiceError::invalid(QStringLiteral("limit must be a positive integer"));
    const std::optional<EventLog::Page> page = m_context.eventLog().read(staff.shopId, since, *limit, false);
    if (!page)
        return ServiceError::unavailable();
    return SyncFrames{page->frames, page->hasMore, page->nextSince, m_context.email().outgoing};
}

} // namespace shopinbox::server
