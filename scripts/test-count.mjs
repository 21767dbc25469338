// How the test runner's closing line counts a vitest JSON report: each test once, by its own status,
// however deeply its describe blocks nest. A file that failed without a failed test of its own (it
// crashed on import, or a beforeAll threw and its tests were skipped) counts as one failure.

/** @param {{ testResults?: { status: string, assertionResults?: { status: string }[] }[] }} report */
export function countReport(report) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    const failedHere = tests.filter((t) => t.status === 'failed').length;
    passed += tests.filter((t) => t.status === 'passed').length;
    skipped += tests.filter((t) => ['skipped', 'pending', 'todo', 'disabled'].includes(t.status)).length;
    failed += failedHere;
    if (file.status === 'failed' && failedHere === 0) failed += 1;
  }
  return { passed, failed, skipped };
}
