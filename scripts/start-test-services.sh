#!/usr/bin/env bash
# Starts the real services the tests use: a CUPS scheduler with a queue "LoketPDF" that prints to
# PDF files (cups-pdf writes them to ~/PDF of the user who printed), and PostgreSQL 15 (the hub)
# on 127.0.0.1:5432 with a role "loket" (password "loket-test", may create databases: each hub
# test makes its own and drops it). The SANE test backend needs no service: the tests give libsane
# their own SANE_CONFIG_DIR. Safe to run more than once.
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

# PostgreSQL: Debian creates cluster 15/main but nothing starts it in CI.
pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432; }
if ! pg_ready; then
    "${sudo_cmd[@]}" pg_ctlcluster 15 main start
fi
for _ in $(seq 1 50); do
    pg_ready && break
    sleep 0.2
done
pg_ready || { echo "PostgreSQL did not start" >&2; exit 1; }
as_postgres() { (cd / && "${sudo_cmd[@]}" runuser -u postgres -- "$@"); }
as_postgres psql -q -v ON_ERROR_STOP=1 -c "DO \$\$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'loket') THEN
        CREATE ROLE loket LOGIN CREATEDB PASSWORD 'loket-test';
    END IF; END \$\$;"
echo "PostgreSQL ready on 127.0.0.1:5432 (role loket)"
