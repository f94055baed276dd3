#!/usr/bin/env bash
# Set up planwerk on a fresh Debian machine: check Node, install the npm dependencies (which also compiles
# the TypeScript through the prepare script). Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_node="20.19.0"
if ! command -v node >/dev/null 2>&1; then
  echo "planwerk needs Node.js >= ${need_node} (apt-get install -y nodejs npm, or https://nodejs.org)" >&2
  exit 2
fi
if ! node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)"; then
  echo "planwerk needs Node.js >= ${need_node}; this is $(node --version)" >&2
  exit 2
fi

# System packages for PDF printing and the HTML checks: Debian's Chromium, real fonts, poppler's pdfinfo and
# pdftotext. Installed only when missing; needs root (or sudo) and Debian's apt.
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] || missing+=(chromium)
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

# npm ci is reproducible (package-lock.json) and fast when node_modules is already in step.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm run --silent build
fi
