#!/usr/bin/env bash
# Starts the real services the tests use: a CUPS scheduler with a queue "LoketPDF" that prints to
# PDF files (cups-pdf writes them to ~/PDF of the user who printed). The SANE test backend needs
# no service: the tests give libsane their own SANE_CONFIG_DIR. Safe to run more than once.
set -euo pipefail

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to start cupsd" >&2; exit 1; }
    sudo_cmd=(sudo)
fi

# CUPS: start the scheduler unless one already answers, then wait until it does.
# (lpstat -r exits 0 either way; its text tells.)
running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }
if ! running; then
    "${sudo_cmd[@]}" cupsd
fi
for _ in $(seq 1 50); do
    running && break
    sleep 0.2
done
running || { echo "cupsd did not start" >&2; exit 1; }

if ! lpstat -p LoketPDF >/dev/null 2>&1; then
    "${sudo_cmd[@]}" lpadmin -p LoketPDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
fi
lpstat -p LoketPDF
