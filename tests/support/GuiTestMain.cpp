// Catch2 main for GUI tests: an offscreen QApplication, set here because CTest properties are
// not applied when catch_discover_tests lists the tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("LOKET_TEST_KEEP_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
