#!/usr/bin/env bash
# Builds the site into a folder of your choice without racing another build in the same checkout
# (Astro keeps one content cache per project). Usage: scripts/build-private.sh /tmp/my-dist
set -euo pipefail
out="${1:?usage: scripts/build-private.sh OUTDIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec flock /tmp/crmpb-astro-build.lock scripts/with-node.sh npx astro build --outDir "$out"
