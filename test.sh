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
ctest --output-on-failure -j"$(nproc)" --timeout 900
