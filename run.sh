#!/usr/bin/env bash
# Installs what is missing, builds Loket and starts the desktop app on its embedded SQLite
# database (demo data on the very first run). Works as root and through sudo: under sudo the
# packages are installed as root, the build and the app run as the user who called sudo.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

scripts/install-deps.sh run

as_user=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    as_user=(sudo -u "$SUDO_USER" --preserve-env=DISPLAY,WAYLAND_DISPLAY,XAUTHORITY,XDG_RUNTIME_DIR,QT_QPA_PLATFORM,LOKET_DB)
fi

"${as_user[@]}" cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DLOKET_BUILD_TESTS=OFF
"${as_user[@]}" cmake --build build -j"$(nproc)" --target loket loket-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting Loket with the offscreen platform (nothing will be shown)." >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec "${as_user[@]}" build/app/loket "$@"
