// A web-test-runner reporter that ends the run with one plain line,
// "N passed, N failed, N skipped", which CI reads as the test count.
function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  let loadErrors = 0;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      loadErrors = 0;
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that fails to load or throws outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) loadErrors += 1;
      }
    },
    stop() {
      const failed = counts.failed + loadErrors;
      // Printed on exit so that it stays below the runner's own closing output.
      process.once('exit', () => {
        process.stdout.write(`\n${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}
