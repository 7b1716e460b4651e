#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: $CHROMIUM_PATH or /usr/bin/chromium if present,
# else Debian's package via apt (when root), else Playwright's own installer.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "dateline: installing Debian's chromium for the browser tests..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "dateline: no system Chromium; trying Playwright's installer..." >&2
npx playwright install chromium
