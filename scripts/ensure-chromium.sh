#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (Playwright's own
# browser download does not work on these machines), and the debrief's test reads
# the PDF Chromium prints with pdftotext (Debian's poppler-utils). Install them if missing.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && command -v pdftotext >/dev/null; then exit 0; fi
echo "ensure-chromium: installing Debian's chromium and poppler-utils for the browser tests (about 40 s, once)…" >&2
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "ensure-chromium: run as root, or install them yourself: apt-get install chromium poppler-utils" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium poppler-utils >/dev/null
