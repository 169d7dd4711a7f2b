#!/usr/bin/env bash
# Runs every test. Installs what the tests need first: Debian's chromium and fonts-noto-cjk (so pages render
# Chinese), and the npm packages of Tests/node (Microsoft's DirectLineJS client). Web Chat's own bundle is
# installed by the Bot build (Bot/ClientApp, pinned by its package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The font list is read into a variable first: "fc-list | grep -q" under pipefail fails at random (grep exits at the
# first match, fc-list dies of SIGPIPE, and the pipeline reports 141).
has_cjk_font() {
  local fonts
  fonts=$(fc-list : family 2>/dev/null || true)
  [[ "${fonts,,}" == *"noto sans cjk"* ]]
}

missing=()
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ! has_cjk_font; then missing+=(fonts-noto-cjk); fi
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1 || { [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; }; then
    echo "Missing ${missing[*]} and no apt-get with root or sudo to install it; install it and run ./test.sh again." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} from Debian…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d Tests/node/node_modules ] || [ Tests/node/package-lock.json -nt Tests/node/node_modules ]; then
  (cd Tests/node && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test RightsBot.sln -m:1 --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line that any CI reads: "N passed, N failed, N skipped".
summary=$(grep -E "^(Passed|Failed)!" "$log" | tail -1 || true)
passed=$(echo "$summary" | sed -nE 's/.*Passed: *([0-9]+).*/\1/p')
failed=$(echo "$summary" | sed -nE 's/.*Failed: *([0-9]+).*/\1/p')
skipped=$(echo "$summary" | sed -nE 's/.*Skipped: *([0-9]+).*/\1/p')
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
