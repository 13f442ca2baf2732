// The widget tests' main: a QApplication (offscreen) around the GoogleTest run, except when CTest only lists
// the tests at build time, where there is no display and no application is needed.
#include <QApplication>

#include <gtest/gtest.h>

#include <cstring>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0)
            return RUN_ALL_TESTS(); // listing at build time: no display, no application
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
