#!/bin/sh
# The two README commands: `npm start` (build and serve) and `npm test` (every test).
# Installs what a fresh machine lacks first, so both work from a clean clone.
set -eu
cd "$(dirname "$0")/.."
. tools/ensure-node.sh

# Install dependencies exactly as the committed lock file says (`npm ci`), when they are missing or older than it.
# `npm ci` never rewrites package-lock.json, so a test run leaves a clean checkout clean.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

case "${1:-}" in
  start)
    npm run build
    exec node tools/serve.ts "${PORT:-4321}"
    ;;
  test)
    if [ ! -x /usr/bin/chromium ]; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing Debian's chromium for the browser tests" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
      else
        echo "The browser tests need Debian's chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
        exit 1
      fi
    fi
    npm run test:all
    ;;
  *)
    echo "usage: sh tools/run.sh start|test" >&2
    exit 2
    ;;
esac
