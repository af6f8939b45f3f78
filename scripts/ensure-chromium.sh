#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core (never a downloaded browser).
# Install it when missing and we can (root, apt); otherwise say how.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "spotter: installing Debian's chromium for the end-to-end tests (one time)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "spotter: the end-to-end tests need Chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
  exit 1
fi
