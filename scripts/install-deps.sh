#!/usr/bin/env bash
# Installs the Debian 12 packages Loket needs to build, run and test, only when missing.
# Usage: scripts/install-deps.sh [build|run|test]   (default: test, which is everything)
set -euo pipefail

what=${1:-test}

build_pkgs=(cmake g++ make pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
            qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
            libqt6sql6-psql libqt6svg6 libgl-dev libspdlog-dev catch2 libsodium-dev libsqlite3-dev zlib1g-dev libqrencode-dev libsane-dev
            libtesseract-dev libpoppler-cpp-dev libzxing-dev libcups2-dev)
run_pkgs=(fonts-dejavu-core tesseract-ocr-ind qt6-image-formats-plugins)
test_pkgs=(sqlite3 xauth poppler-utils zbar-tools tesseract-ocr sane-utils cups cups-bsd printer-driver-cups-pdf
           postgresql chromium)

pkgs=("${build_pkgs[@]}" "${run_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
