// Tokens in the operating system's keychain (KeychainCredentialStore over QtKeychain).
//
// Keychain.* needs a real Secret Service: CTest runs it through tests/support/with-secret-service (a private
// D-Bus session with a throwaway, unlocked gnome-keyring). KeychainUnavailable.* runs without any reachable
// D-Bus (DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent). Both sign in against the in-process server and
// then search every file the client wrote for the token.
#include "syncsupport.h"

#include "auth/accountmanager.h"
#include "auth/keychaincredentialstore.h"
#include "storage/syncstatestore.h"
#include "sync/syncengine.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>

using namespace shopinbox;
using namespace synctest;

namespace {

std::optional<AccountManager::SignInResult> signIn(AccountManager &accounts, const QUrl &server)
{
    std::optional<AccountManager::SignInResult> result;
    accounts.signIn(server, QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword),
                    [&](const AccountManager::SignInResult &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }, 30000))
        ADD_FAILURE() << "sign-in did not finish";
    return result;
}

struct ReadResult
{
    std::optional<QString> token;
    QString error;
};

std::optional<ReadResult> readToken(CredentialStore &store, const QString &key)
{
    std::optional<ReadResult> result;
    store.read(key, [&](std::optional<QString> token, const QString &error) {
        result = ReadResult{token, error};
    });
    if (!waitFor([&] { return result.has_value(); }, 30000))
        ADD_FAILURE() << "reading the keychain did not finish";
    return result;
}

/** Every form in which the token could have ended up in a file. */
QList<std::pair<QByteArray, QByteArray>> tokenForms(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    const QByteArray raw = QByteArray::fromBase64(utf8, QByteArray::Base64UrlEncoding);
    QList<std::pair<QByteArray, QByteArray>> forms{
        {"the token", utf8},
        {"the token in UTF-16", QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2)},
        {"the token base64-encoded", utf8.toBase64()},
        // The token's body: the random bytes it encodes, raw and in standard base64 (without padding).
        {"the token's bytes", raw},
        {"the token's bytes in base64", raw.toBase64(QByteArray::OmitTrailingEquals)},
    };
    return forms;
}

/** Files under @p directory holding the token in any form; empty when none does. */
QStringList filesWithToken(const QString &directory, const QString &token, int *filesSearched)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "cannot read " << path.toStdString();
            continue;
        }
        ++*filesSearched;
        const QByteArray bytes = file.readAll();
        for (const auto &[what, form] : tokenForms(token)) {
            if (form.size() >= 16 && bytes.contains(form))
                found.append(path + QStringLiteral(": ") + QString::fromLatin1(what));
        }
    }
    return found;
}

/** Signs in, then syncs a cache in @p directory, so that the files on disk are those of a real session. */
void syncCache(const QString &directory, const Account &account, const QString &token)
{
    Cache cache;
    ASSERT_TRUE(
        cache.open(Cache::pathForAccount(account.serverUrl.toString(), account.email, directory)).ok());
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(account.serverUrl);
    api.setToken(token);
    SyncEngine engine(cache, api);
    engine.start();
    ASSERT_TRUE(waitFor([&] { return engine.state() == SyncEngine::State::Online; }, 20000))
        << engine.lastError().toStdString();
    EXPECT_GT(cache.syncState().cursor(), 0);
    engine.stop();
    cache.close();
}

int statusWith(const QUrl &server, const QString &token)
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(server);
    api.setToken(token);
    return call(api, "GET", QStringLiteral("/api/v1/sync?since=0&limit=1")).status;
}

} // namespace

TEST(Keychain, TokenLivesOnlyInTheKeychainAndSignOutRemovesAndRevokesIt)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    QTemporaryDir profile; // settings and caches of this "installation"
    ASSERT_TRUE(profile.isValid());
    const QString settingsPath = profile.filePath(QStringLiteral("ShopInbox.ini"));

    QString token;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        KeychainCredentialStore store;
        QNetworkAccessManager network;
        AccountManager accounts(&settings, &store, &network);
        const std::optional<AccountManager::SignInResult> result = signIn(accounts, server.url());
        ASSERT_TRUE(result);
        ASSERT_TRUE(result->ok) << result->error.toStdString();
        ASSERT_EQ(result->credentialError, QString()) << "is a Secret Service running? (with-secret-service)";
        token = result->token;
        ASSERT_EQ(token.size(), 43);
        syncCache(profile.path(), result->account, token);
        if (HasFatalFailure())
            return;
    }

    // "After a restart": new settings, store and manager objects find the account and its token.
    QSettings settings(settingsPath, QSettings::IniFormat);
    KeychainCredentialStore store;
    QNetworkAccessManager network;
    AccountManager accounts(&settings, &store, &network);
    ASSERT_EQ(accounts.accounts().size(), 1);
    const Account account = accounts.accounts().constFirst();
    EXPECT_EQ(account.email, QString::fromLatin1(OwnerEmail));
    EXPECT_EQ(account.staffId, 1);
    {
        KeychainCredentialStore fresh;
        const std::optional<ReadResult> read = readToken(fresh, account.credentialKey());
        ASSERT_TRUE(read);
        EXPECT_EQ(read->error, QString());
        ASSERT_TRUE(read->token.has_value());
        EXPECT_EQ(*read->token, token);
    }
    EXPECT_EQ(statusWith(account.serverUrl, token), 200);

    // Nothing the client wrote holds the token: not the settings, not the cache (with its WAL).
    settings.sync();
    int searched = 0;
    EXPECT_EQ(filesWithToken(profile.path(), token, &searched), QStringList());
    EXPECT_GE(searched, 2) << "the settings file and the cache should have been searched";
    EXPECT_TRUE(QFile::exists(settingsPath));
    // Under with-secret-service, HOME and the XDG directories are throwaway: the keyring file is there
    // (encrypted), and no plain-text fallback of QtKeychain may be.
    if (qEnvironmentVariable("WITH_SECRET_SERVICE_INNER") == QLatin1String("1")) {
        for (const char *variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            const QString directory = qEnvironmentVariable(variable);
            ASSERT_FALSE(directory.isEmpty()) << variable;
            EXPECT_EQ(filesWithToken(directory, token, &searched), QStringList()) << variable;
        }
        EXPECT_TRUE(
            QFile::exists(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings/login.keyring")))
            << "the token should be in gnome-keyring's login keyring";
    }

    // Signing out deletes the token from the keychain and revokes it on the server.
    std::optional<std::pair<bool, QString>> signedOut;
    accounts.signOut(account, [&](bool ok, const QString &error) { signedOut = std::pair(ok, error); });
    ASSERT_TRUE(waitFor([&] { return signedOut.has_value(); }, 30000));
    EXPECT_TRUE(signedOut->first) << signedOut->second.toStdString();
    EXPECT_TRUE(accounts.accounts().isEmpty());
    {
        KeychainCredentialStore fresh;
        const std::optional<ReadResult> read = readToken(fresh, account.credentialKey());
        ASSERT_TRUE(read);
        EXPECT_FALSE(read->token.has_value());
        EXPECT_EQ(read->error, QString()) << "a missing entry is not an error";
    }
    EXPECT_EQ(statusWith(account.serverUrl, token), 401);
    settings.sync();
    EXPECT_EQ(filesWithToken(profile.path(), token, &searched), QStringList());
}

TEST(KeychainUnavailable, SignInWorksButSaysTheTokenWasNotStoredAndWritesNothing)
{
    if (qgetenv("DBUS_SESSION_BUS_ADDRESS") != "unix:path=/nonexistent") {
        // CTest sets this; make sure a developer's own keychain is not used when run by hand either.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    QTemporaryDir profile;
    ASSERT_TRUE(profile.isValid());
    QSettings settings(profile.filePath(QStringLiteral("ShopInbox.ini")), QSettings::IniFormat);
    KeychainCredentialStore store;
    QNetworkAccessManager network;
    AccountManager accounts(&settings, &store, &network);
    const std::optional<AccountManager::SignInResult> result = signIn(accounts, server.url());
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->ok) << result->error.toStdString();
    EXPECT_FALSE(result->credentialError.isEmpty());
    std::printf("[ keychain ] %s\n", qPrintable(result->credentialError));
    ASSERT_EQ(result->token.size(), 43) << "the token is handed to the caller for this run";
    EXPECT_EQ(statusWith(server.url(), result->token), 200);

    const std::optional<ReadResult> read = readToken(store, result->account.credentialKey());
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->token.has_value());
    EXPECT_FALSE(read->error.isEmpty());

    settings.sync();
    int searched = 0;
    EXPECT_EQ(filesWithToken(profile.path(), result->token, &searched), QStringList());
    EXPECT_GE(searched, 1);
}
