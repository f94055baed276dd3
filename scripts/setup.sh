#!/usr/bin/env bash
# Set up planwerk on a fresh Debian machine: check Node, install the system packages for PDF output
# (scripts/setup-pdf.sh; skipped with --node-only) and the npm dependencies, then compile the TypeScript into lib/.
# Safe to run again; it only does what is missing. (Compiling is a step of its own, not an npm prepare script: the
# packed planwerk that organisations install ships lib/ and must run no install script.)
set -euo pipefail
cd "$(dirname "$0")/.."

node_only=0
for arg in "$@"; do
  case "$arg" in
    --node-only) node_only=1 ;;
    *) echo "usage: bash scripts/setup.sh [--node-only]" >&2; exit 2 ;;
  esac
done

need_node="20.19.0"
if ! command -v node >/dev/null 2>&1; then
  echo "planwerk needs Node.js >= ${need_node} (apt-get install -y nodejs npm, or https://nodejs.org)" >&2
  exit 2
fi
if ! node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)"; then
  echo "planwerk needs Node.js >= ${need_node}; this is $(node --version)" >&2
  exit 2
fi

# The system packages for PDF printing (Chromium, fonts, poppler) come from setup-pdf.sh; --node-only skips
# them, for machines that only validate (CI's validation job).
if [ "$node_only" = 0 ]; then
  bash scripts/setup-pdf.sh
fi

# npm ci is reproducible (package-lock.json) and fast when node_modules is already in step.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
