#!/usr/bin/env bash
# Installs the real editor for the end-to-end suite: code-server 4.100.3 (VS Code 1.100),
# built offline from the npm registry, and Debian's chromium driven by playwright-core.
# Follows shared/spec/REAL-VSCODE.md. Idempotent: a marker file records each finished
# step, so a second run only checks the markers and exits at once.
#
#   bash test/e2e/setup.sh            # install (or check) into the cache
#   VN_NOTICE_E2E_CACHE=/some/dir ... # cache elsewhere (default ~/.cache/vn-notice-e2e)
#   VN_NOTICE_E2E_FORCE=1 ...         # wipe the cache and reinstall
#
# Prints the folder with node_modules/code-server on its last line ("cache: DIR").
set -euo pipefail

CS_VERSION=4.100.3
CACHE="${VN_NOTICE_E2E_CACHE:-$HOME/.cache/vn-notice-e2e}"
TOOL="$CACHE/code-server-$CS_VERSION"
MARKS="$TOOL/.steps"
RECIPE=2                      # bump when the steps below change: invalidates old caches
DONE="$TOOL/.complete-r$RECIPE"
CS="$TOOL/node_modules/code-server"
VSC="$CS/lib/vscode"
APT_PKGS=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium
          build-essential python3 fonts-noto-mono)

T_ALL=$(date +%s)
log() { printf '[e2e-setup] %s\n' "$*" >&2; }
die() { printf '[e2e-setup] FAILED: %s\n' "$*" >&2; exit 1; }

# step NAME CMD... — runs CMD once; records NAME in $MARKS when it succeeds; prints timing.
step() {
  local name="$1"; shift
  if [[ -f "$MARKS/$name" ]]; then log "step '$name': already done"; return 0; fi
  local t0; t0=$(date +%s)
  log "step '$name': running…"
  local out="$CACHE/logs/$name.log"
  mkdir -p "$CACHE/logs"
  if ! "$@" >"$out" 2>&1; then
    tail -n 40 "$out" >&2 || true
    die "step '$name' failed after $(( $(date +%s) - t0 ))s (full log: $out)"
  fi
  mkdir -p "$MARKS"; touch "$MARKS/$name"
  log "step '$name': done in $(( $(date +%s) - t0 ))s"
}

if [[ "${VN_NOTICE_E2E_FORCE:-}" == 1 ]]; then log "VN_NOTICE_E2E_FORCE=1: removing $TOOL"; rm -rf "$TOOL"; fi
if [[ -d "$TOOL" && ! -f "$DONE" && -f "$TOOL/.complete" ]]; then
  log "cache from an older recipe: reinstalling"; rm -rf "$TOOL"
fi

command -v node >/dev/null || die "node is not on PATH (need Node 20)"
command -v npm >/dev/null || die "npm is not on PATH"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[[ "$NODE_MAJOR" == 20 ]] || log "warning: code-server $CS_VERSION expects Node 20, found $(node --version)"
mkdir -p "$TOOL"

# node-gyp (npm rebuild) needs this Node's headers and cannot download them here: point it at
# the headers installed with Node (e.g. /usr/include/node), unless npm already has a nodedir.
NODE_PREFIX=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
if [[ -z "${npm_config_nodedir:-}" && -f "$NODE_PREFIX/include/node/node.h" ]]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi
NODEDIR_NOW="${npm_config_nodedir:-$(npm config get nodedir 2>/dev/null || true)}"
if [[ -z "$NODEDIR_NOW" || "$NODEDIR_NOW" == undefined || ! -f "$NODEDIR_NOW/include/node/node.h" ]]; then
  log "warning: no Node headers found (looked in $NODE_PREFIX/include/node); node-gyp will try to download them"
fi

# --- 1. Debian packages --------------------------------------------------------------------
apt_install() {
  local missing=()
  for p in "${APT_PKGS[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then echo "all apt packages present"; return 0; fi
  local SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
}
# Not marker-guarded: packages belong to the machine, not the cache, so check them on every
# run (dpkg-query takes a fraction of a second when they are there).
t0=$(date +%s); log "step 'apt': checking ${APT_PKGS[*]}"
mkdir -p "$CACHE/logs"
apt_install >"$CACHE/logs/apt.log" 2>&1 || { tail -n 40 "$CACHE/logs/apt.log" >&2; die "apt-get install failed (log: $CACHE/logs/apt.log)"; }
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after apt install"
[[ -x /usr/bin/rg ]] || die "/usr/bin/rg missing after apt install"
log "step 'apt': done in $(( $(date +%s) - t0 ))s"

if [[ -f "$DONE" && -f "$CS/out/node/entry.js" ]]; then
  log "code-server already installed (marker $DONE) — nothing to do"
  echo "cache: $TOOL"
  exit 0
fi

# --- 2. code-server from npm, scripts off ---------------------------------------------------
npm_cs() {
  cd "$TOOL"
  [[ -f package.json ]] || echo '{"name":"vn-notice-e2e-tools","private":true}' > package.json
  npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION"
}
step code-server npm_cs

# --- 3. VS Code's own dependencies ------------------------------------------------------------
step vscode-deps bash -c "cd '$VSC' && npm install --no-audit --no-fund --omit=dev --ignore-scripts"

# --- 4. ripgrep: give @vscode/ripgrep Debian's binary so it does not download one ----------
rg_copy() {
  local d="$VSC/node_modules/@vscode/ripgrep/bin"
  mkdir -p "$d" && cp /usr/bin/rg "$d/rg" && chmod +x "$d/rg"
}
step ripgrep rg_copy

# --- 5. native modules against this Node ------------------------------------------------------
step vscode-rebuild bash -c "cd '$VSC' && npm_config_yes=true npm rebuild"

# --- 6. what code-server's postinstall would do ---------------------------------------------
postinstall() {
  cd "$VSC"
  ln -sfn node_modules node_modules.asar
  ( cd bin/remote-cli && ln -sfn code-linux.sh code-server )
  ( cd bin/helpers && ln -sfn browser-linux.sh browser.sh )
  ( cd extensions && npm install --no-audit --no-fund --omit=dev )
}
step postinstall postinstall

# --- 7. argon2 (code-server's password hashing; loaded even with --auth none) -----------------
step argon2 bash -c "cd '$TOOL' && npm_config_yes=true npm rebuild argon2"

# --- 8. smoke test: the server starts and answers --version -------------------------------
step smoke bash -c "cd '$TOOL' && XDG_CONFIG_HOME='$TOOL/.smoke-config' XDG_DATA_HOME='$TOOL/.smoke-data' node '$CS/out/node/entry.js' --version"

touch "$DONE"
log "installed code-server $CS_VERSION in $(( $(date +%s) - T_ALL ))s"
echo "cache: $TOOL"
