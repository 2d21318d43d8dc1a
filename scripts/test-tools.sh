#!/bin/sh
# What `npm test` needs besides Node packages: Debian's Chromium (browser tests), a Java runtime
# (the W3C HTML checker, vnu-jar) and nginx (the deploy/nginx/ configurations run for real).
# Installs the missing ones with apt-get where this user may (root, or sudo without a password);
# otherwise stops at once with the one command that installs them, so no test crashes or skips
# for want of a tool.
set -e
missing=""
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || missing="$missing nginx-light"
[ -z "$missing" ] && exit 0

command="apt-get update && apt-get install -y$missing"
if [ "$(id -u)" = 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run="sudo -n"
else
  echo "The tests need Debian packages that are not installed:$missing" >&2
  echo "Install them once, as root:  sudo sh -c '$command'" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need:$missing (Debian's package names); this machine has no apt-get. Install them, then run npm test again." >&2
  exit 1
fi
echo "Installing what the tests need:$missing" >&2
$run apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq $missing >&2
