#!/usr/bin/env bash
# Runs the unit suite and the date-dependent browser tests with the machine's clock set to each date
# given, to show that no test depends on the real date. Needs Debian's faketime (apt-get install faketime).
# Usage: scripts/test-on-dates.sh '2026-12-28 10:00:00' '2027-02-10 10:00:00' '2028-06-30 10:00:00'
set -uo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "test-on-dates: faketime is not installed (apt-get install faketime)" >&2; exit 1; }
status=0
for d in "$@"; do
  echo "== $d"
  faketime "$d" scripts/with-node.sh npx vitest run --project unit || status=1
  faketime "$d" scripts/with-node.sh npx astro build >/dev/null || { echo "build failed at $d"; status=1; continue; }
  faketime "$d" scripts/with-node.sh npx vitest run --project e2e \
    test/e2e/readiness.test.ts test/e2e/duration.test.ts test/e2e/kpi.test.ts test/e2e/plan.test.ts || status=1
done
exit $status
