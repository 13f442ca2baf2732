#pragma once
// The desktop window offscreen against the real server (in process) with the demo shop, signed in as the
// owner through the real AccountManager; shared by the widget tests of the main window.

#include "auth/accountmanager.h"
#include "auth/sessioncredentialstore.h"
#include "mainwindow.h"
#include "serverrunner.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"
#include "testhelpers.h"

#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        shopinbox::server::ServerOptions options;
        options.dataDirectory = m_serverDir.path();
        options.port = 0;
        options.demo = true;
        ASSERT_EQ(m_server.start(options), QString());
        QSettings settings(m_clientDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        shopinbox::AccountManager accounts(&settings, &m_credentials, &m_network);
        accounts.signIn(m_server.url(), QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"),
                        [&](const shopinbox::AccountManager::SignInResult &result) { m_signedIn = result; });
        ASSERT_TRUE(testsupport::waitFor([&] { return m_signedIn.has_value(); }));
        ASSERT_TRUE(m_signedIn->ok) << m_signedIn->error.toStdString();
        openWindow();
    }

    /** A new session on the same cache and a new window, as after quitting and starting again. */
    void openWindow()
    {
        m_window.reset();
        m_session.reset();
        m_session = std::make_unique<shopinbox::ClientSession>(m_signedIn->account, m_signedIn->token,
                                                               m_clientDir.path(), &m_network);
        ASSERT_TRUE(m_session->open().ok());
        m_window = std::make_unique<shopinbox::MainWindow>(*m_session);
        m_window->show();
        m_session->start();
        ASSERT_TRUE(testsupport::waitFor(
            [&] { return m_session->sync().state() == shopinbox::SyncEngine::State::Online; }, 30000));
    }

    QListView *view(const QString &accessibleName) const
    {
        for (QListView *candidate : m_window->findChildren<QListView *>()) {
            if (candidate->accessibleName() == accessibleName)
                return candidate;
        }
        return nullptr;
    }

    QTemporaryDir m_serverDir;
    QTemporaryDir m_clientDir;
    shopinbox::server::ServerRunner m_server;
    QNetworkAccessManager m_network;
    shopinbox::SessionCredentialStore m_credentials;
    std::optional<shopinbox::AccountManager::SignInResult> m_signedIn;
    std::unique_ptr<shopinbox::ClientSession> m_session;
    std::unique_ptr<shopinbox::MainWindow> m_window;
};
