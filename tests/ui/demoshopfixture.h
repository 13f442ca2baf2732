#pragma once
// A fixture for widget tests: the real server in process with the demo shop on a loopback port, and a way to
// sign staff in through the real AccountManager.

#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "serverrunner.h"
#include "testhelpers.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace testsupport {

class DemoShopFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        shopinbox::server::ServerOptions options;
        options.dataDirectory = m_serverDir.path();
        options.port = 0;
        options.demo = true;
        ASSERT_EQ(m_server.start(options), QString());
        m_settings = std::make_unique<QSettings>(m_clientDir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_accounts =
            std::make_unique<shopinbox::AccountManager>(m_settings.get(), &m_credentials, &m_network);
    }

    /** Signs @p email in (token into m_credentials, account into m_settings); nullopt on failure. */
    std::optional<shopinbox::AccountManager::SignInResult> signIn(const QString &email,
                                                                  const QString &password)
    {
        std::optional<shopinbox::AccountManager::SignInResult> result;
        m_accounts->signIn(m_server.url(), email, password,
                           [&](const shopinbox::AccountManager::SignInResult &r) { result = r; });
        if (!waitFor([&] { return result.has_value(); }) || !result->ok)
            return std::nullopt;
        return result;
    }

    QTemporaryDir m_serverDir;
    QTemporaryDir m_clientDir;
    shopinbox::server::ServerRunner m_server;
    QNetworkAccessManager m_network;
    shopinbox::SessionCredentialStore m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<shopinbox::AccountManager> m_accounts;
};

} // namespace testsupport
