#pragma once
// The desktop window offscreen against the real server (in process) with the demo shop (DemoShopFixture),
// signed in as the owner through the real AccountManager; shared by the widget tests of the main window.

#include "demoshopfixture.h"
#include "mainwindow.h"
#include "sync/clientsession.h"
#include "sync/syncengine.h"

#include <QListView>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

class MainWindowTest : public testsupport::DemoShopFixture
{
protected:
    void SetUp() override
    {
        DemoShopFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_signedIn = signIn(QStringLiteral("owner@demo.shop"), QStringLiteral("demo-owner"));
        ASSERT_TRUE(m_signedIn) << "the owner cannot sign in";
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

    std::optional<shopinbox::AccountManager::SignInResult> m_signedIn;
    std::unique_ptr<shopinbox::ClientSession> m_session;
    std::unique_ptr<shopinbox::MainWindow> m_window;
};
