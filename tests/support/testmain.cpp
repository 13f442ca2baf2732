// Shared main for the test executables: a QCoreApplication so that Qt's event loop, timers and
// QStandardPaths work, except while ctest lists the tests at build time.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstring>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    bool listing = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0)
            listing = true;
    }
    if (listing)
        return RUN_ALL_TESTS();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopInboxTests"));
    QCoreApplication::setApplicationName(QStringLiteral("shop-inbox-tests"));
    return RUN_ALL_TESTS();
}
