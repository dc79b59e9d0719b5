#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet:
# with apt-get as root, with sudo when it needs no password, else says what to run.
missing=""
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "gongwen: installing Debian packages:$missing"
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
else
    echo "gongwen: missing Debian packages:$missing" >&2
    echo "gongwen: run as root:  apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || { echo "gongwen: apt-get update failed" >&2; exit 1; }
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "gongwen: apt-get install failed for:$missing" >&2; exit 1; }
