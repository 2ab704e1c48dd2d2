#!/usr/bin/env bash
# Installs the tools the in-editor tests run on: code-server (VS Code's real server and web workbench)
# into test/editor/tools/, pinned by its package-lock.json, and — when run as root — the Debian packages
# it needs: Chromium to open the workbench, a CJK font for screenshots, ripgrep, and the compilers and
# headers for code-server's native modules. Needs no internet access beyond the npm registry and the
# Debian mirrors. Idempotent: does nothing when the pinned version is already installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tools="$here/tools"
marker="$tools/node_modules/.installed-lock"

apt_packages=(chromium fonts-wqy-microhei libkrb5-dev ripgrep python3 make g++)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install.sh: missing Debian packages: ${missing[*]} (install them as root)" >&2
    exit 1
  fi
  echo "install.sh: apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ -f "$marker" ] && cmp -s "$marker" "$tools/package-lock.json"; then
  exit 0
fi

echo "install.sh: installing code-server into $tools"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the release tarball;
# Debian's rg 13.0.0 is the same program, so the cache is filled with it.
rg_cache="$work/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache/pkg"
cp "$(command -v rg)" "$rg_cache/pkg/rg"
tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rg_cache/pkg" rg

node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$node_prefix/include/node/node.h" ]; then
  echo "install.sh: no Node headers in $node_prefix/include/node; native modules cannot be built offline" >&2
  exit 1
fi
export TMPDIR="$work"
# code-server's postinstall refuses root without unsafe-perm; node-pty's calls npx (yes); native
# modules must build against the local Node headers instead of downloading them (nodedir).
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="$node_prefix"

cd "$tools"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
test -x node_modules/.bin/code-server
cp package-lock.json "$marker"
echo "install.sh: code-server $(node -p "require('code-server/package.json').version") installed"
