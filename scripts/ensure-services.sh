#!/usr/bin/env bash
# The reliability tests start private PostgreSQL clusters and Redis servers from Debian's packages'
# binaries: install them when missing (as root with apt), otherwise say what to install.
set -euo pipefail
missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  missing+=(postgresql)
fi
command -v redis-server >/dev/null || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the reliability tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The reliability tests need ${missing[*]}: install them (sudo apt-get install ${missing[*]})." >&2
exit 1
