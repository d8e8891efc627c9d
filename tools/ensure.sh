#!/usr/bin/env bash
# Installs what `make dev` (mode "dev") or `make test` (mode "test") needs, skipping what is there.
# Works on a fresh Debian machine with rustup; uses only the Debian, crates.io, npm and PyPI registries
# (see ../shared/toolchain.md: Trunk cannot download tools here, and Debian's wasm-opt breaks the app).
set -euo pipefail

mode=${1:-test}
cd "$(dirname "$0")/.."
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[ensure] %s\n' "$*" >&2; }
die() { printf '[ensure] CANNOT CONTINUE: %s\n' "$*" >&2; exit 1; }

# Debian packages, installed only when missing; without root (or passwordless sudo) say what to run.
apt_install() {
  local missing=() sudo=""
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"
    else die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    fi
  fi
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# `npm ci` in a folder when its lock file changed since the last install.
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.cuota-installed"
  if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ]; then
    say "installing npm packages in $dir"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
}

command -v rustup >/dev/null 2>&1 || die "rustup is not installed: see https://rustup.rs, then run this again"
command -v cc >/dev/null 2>&1 || apt_install gcc libc6-dev
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }
rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI at exactly the version in Cargo.lock (Cargo.toml pins it with `=`).
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$wbg" ] || die "wasm-bindgen is not in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (about 7 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$wbg" --locked || cargo install wasm-bindgen-cli --version "$wbg"
fi

# wasm-opt from npm's binaryen (first on PATH through the Makefile).
npm_ci tools

[ "$mode" = dev ] && exit 0

apt_install chromium chromium-driver
npm_ci tests/e2e

# Python oracles for differential tests (numpy-financial), in a project-local virtualenv.
if [ -f tests/oracles/requirements.txt ]; then
  python3 -c 'import ensurepip, venv' 2>/dev/null || apt_install python3 python3-venv
  if [ ! -x .venv/bin/python ] || [ tests/oracles/requirements.txt -nt .venv/.cuota-installed ]; then
    say "installing the Python oracles (tests/oracles/requirements.txt) into .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r tests/oracles/requirements.txt
    touch .venv/.cuota-installed
  fi
fi
