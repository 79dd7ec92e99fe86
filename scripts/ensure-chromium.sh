#!/usr/bin/env bash
# The browser tests drive a real Chromium with playwright-core, which never downloads a browser: make sure Debian's
# chromium is there (installed with apt-get when running as root on Debian), or say how to get it.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
