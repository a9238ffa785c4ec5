#!/usr/bin/env bash
# Refreshes translations/loket_en.ts from the sources (Indonesian source strings; English is the
# translation). Fill new entries with Qt Linguist, then commit the .ts file.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete -source-language id -target-language en core ui app -ts translations/loket_en.ts
