#!/usr/bin/env bash
# Installs what is missing, builds Loket with warnings as errors, starts the real services the
# tests need and runs every test through CTest. Works as root and through sudo.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

scripts/install-deps.sh test
build=${LOKET_TEST_BUILD_DIR:-build-test}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOKET_WERROR=ON
cmake --build "$build" -j"$(nproc)"
scripts/start-test-services.sh
cd "$build"
# The tests that scan through the SANE test backend (label "sane") run on their own, until they
# pass, three tries at most: that backend can wedge its process (see tests/CMakeLists.txt). A real
# failure fails every try. Both runs always happen; the script fails if either failed.
status=0
ctest --output-on-failure -j"$(nproc)" --timeout 900 -LE sane || status=1
ctest --output-on-failure -j"$(nproc)" --timeout 900 -L sane --repeat until-pass:3 || status=1
exit $status
