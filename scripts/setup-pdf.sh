#!/usr/bin/env bash
# The system packages for PDF printing and the HTML checks: a Chromium, real fonts, poppler's pdfinfo and
# pdftotext. Only `plan build` (PDF) and the test suite need them; `plan validate` needs Node alone, so CI's
# validation job skips this script. Installed only when missing; needs root (or sudo) and Debian's or Ubuntu's apt.
set -euo pipefail

missing=()
# A Chrome already on the machine (GitHub's Ubuntu runners ship google-chrome) serves as well as Chromium,
# and Ubuntu's apt "chromium" is only a stub for the snap.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
  && ! command -v google-chrome >/dev/null 2>&1 && ! command -v google-chrome-stable >/dev/null 2>&1 \
  && [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -z "${CHROME_PATH:-}" ]; then
  missing+=(chromium)
fi
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/liberation2 ] || [ -e /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation2)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
    echo "Installing ${missing[*]} …" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: ${missing[*]} missing and no apt-get here; PDF output and browser checks need them." >&2
  fi
fi
