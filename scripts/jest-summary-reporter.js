// Prints one plain closing line, "tests: N passed, N failed", that CI systems read without knowing jest.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
