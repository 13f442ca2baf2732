#include "accountmanager.h"

#include "api/shopapi.h"
#include "authlog.h"
#include "codec/jsoncodec.h"
#include "credentialstore.h"

#include <QSettings>

namespace shopinbox {

AccountManager::AccountManager(QSettings *settings, CredentialStore *credentials,
                               QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_network(network)
{
}

QList<Account> AccountManager::accounts() const
{
    QList<Account> result;
    const int count = m_settings->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Account account;
        account.serverUrl = QUrl(m_settings->value(QStringLiteral("server")).toString());
        account.email = m_settings->value(QStringLiteral("email")).toString();
        account.staffId = m_settings->value(QStringLiteral("staffId")).toLongLong();
        account.staffName = m_settings->value(QStringLiteral("staffName")).toString();
        account.shopId = m_settings->value(QStringLiteral("shopId")).toLongLong();
        account.shopName = m_settings->value(QStringLiteral("shopName")).toString();
        account.shopAdminUrl = m_settings->value(QStringLiteral("shopAdminUrl")).toString();
        if (account.serverUrl.isValid() && !account.email.isEmpty())
            result.append(account);
    }
    m_settings->endArray();
    return result;
}

void AccountManager::save(const Account &account)
{
    QList<Account> all = accounts();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Account &a) { return a.credentialKey() == account.credentialKey(); }),
              all.end());
    all.prepend(account);
    m_settings->beginWriteArray(QStringLiteral("accounts"), static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Account &a = all.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("server"), a.serverUrl.toString());
        m_settings->setValue(QStringLiteral("email"), a.email);
        m_settings->setValue(QStringLiteral("staffId"), a.staffId);
        m_settings->setValue(QStringLiteral("staffName"), a.staffName);
        m_settings->setValue(QStringLiteral("shopId"), a.shopId);
        m_settings->setValue(QStringLiteral("shopName"), a.shopName);
        m_settings->setValue(QStringLiteral("shopAdminUrl"), a.shopAdminUrl);
    }
    m_settings->endArray();
    m_settings->sync();
}

void AccountManager::forget(const Account &account)
{
    QList<Account> all = accounts();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Account &a) { return a.credentialKey() == account.credentialKey(); }),
              all.end());
    m_settings->remove(QStringLiteral("accounts"));
    for (const Account &a : std::as_const(all))
        save(a);
    m_settings->sync();
}

void AccountManager::signIn(const QUrl &serverUrl, const QString &email, const QString &password,
                            SignInCallback callback, const QString &newPassword)
{
    if (!serverUrl.isValid() ||
        (serverUrl.scheme() != QLatin1String("http") && serverUrl.scheme() != QLatin1String("https"))) {
        callback(SignInResult{
            false, {}, {}, tr("Enter the server address, for example https://shop.example.com"), {}});
        return;
    }
    auto *api = new ApiClient(m_network, this);
    api->setBaseUrl(serverUrl);
    ShopApi(*api).login(
        email.trimmed(), password,
        [this, api, serverUrl, email, password, newPassword,
         callback = std::move(callback)](const ApiResponse &response) mutable {
            SignInResult result;
            if (!response.ok()) {
                api->deleteLater();
                result.error =
                    response.status == 0 ? tr("The server cannot be reached: %1").arg(response.errorMessage)
                    : response.status == 401 ? tr("Wrong email address or password.")
                    : response.status == 429 ? tr("Too many attempts. Wait a minute and try again.")
                                             : response.errorMessage;
                callback(result);
                return;
            }
            const QJsonObject body = response.json();
            const Decoded<Staff> staff =
                json::decodeStaff(body.value(QStringLiteral("staff")), QStringLiteral("staff"));
            const Decoded<Shop> shop =
                json::decodeShop(body.value(QStringLiteral("shop")), QStringLiteral("shop"));
            const QString token = body.value(QStringLiteral("token")).toString();
            if (!staff || !shop || token.isEmpty()) {
                api->deleteLater();
                result.error = tr("The server's answer was not understood (%1).")
                                   .arg(!staff  ? staff.error().toString()
                                        : !shop ? shop.error().toString()
                                                : QStringLiteral("token missing"));
                callback(result);
                return;
            }
            if (body.value(QStringLiteral("password_change_required")).toBool()) {
                api->setToken(token);
                if (newPassword.isEmpty()) {
                    // Not kept: this token can do nothing until the password is chosen.
                    ShopApi(*api).logout([api](const ApiResponse &) { api->deleteLater(); });
                    result.passwordChangeRequired = true;
                    result.error = tr("This was a one-time password: choose your own password to go on.");
                    callback(result);
                    return;
                }
                ShopApi(*api).changePassword(
                    password, newPassword,
                    [this, api, serverUrl, email, newPassword, callback](const ApiResponse &changed) {
                        api->deleteLater();
                        if (!changed.ok()) {
                            SignInResult refused;
                            refused.passwordChangeRequired = true;
                            refused.error =
                                changed.status == 0
                                    ? tr("The server cannot be reached: %1").arg(changed.errorMessage)
                                    : changed.errorMessage;
                            callback(refused);
                            return;
                        }
                        // The one-time password is spent: sign in with the new one.
                        signIn(serverUrl, email, newPassword, callback);
                    });
                return;
            }
            api->deleteLater();
            result.ok = true;
            result.token = token;
            result.account = Account{serverUrl.adjusted(QUrl::StripTrailingSlash),
                                     email.trimmed(),
                                     staff.value().id,
                                     staff.value().name,
                                     shop.value().id,
                                     shop.value().name,
                                     shop.value().adminUrl};
            save(result.account);
            m_credentials->write(result.account.credentialKey(), token,
                                 [result, callback](bool stored, const QString &error) mutable {
                                     if (!stored)
                                         result.credentialError = error;
                                     callback(result);
                                 });
        });
}

void AccountManager::signOut(const Account &account, DoneCallback callback)
{
    m_credentials->read(account.credentialKey(), [this, account, callback = std::move(callback)](
                                                     std::optional<QString> token, const QString &) {
        auto finish = [this, account, callback] {
            m_credentials->remove(account.credentialKey(),
                                  [this, account, callback](bool ok, const QString &error) {
                                      forget(account);
                                      callback(ok, error);
                                  });
        };
        if (!token) {
            finish();
            return;
        }
        auto *api = new ApiClient(m_network, this);
        api->setBaseUrl(account.serverUrl);
        api->setToken(*token);
        // Revoking is best effort: signing out offline still deletes the local token.
        ShopApi(*api).logout([api, finish](const ApiResponse &response) {
            api->deleteLater();
            if (!response.ok())
                qCInfo(lcAuth) << "could not revoke the token on the server:" << response.errorMessage;
            finish();
        });
    });
}

void AccountManager::token(const Account &account,
                           std::function<void(std::optional<QString>, const QString &)> callback)
{
    m_credentials->read(account.credentialKey(), std::move(callback));
}

} // namespace shopinbox
