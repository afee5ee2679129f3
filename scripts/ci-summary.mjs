// Prints vitest's JSON results as the plain closing line CI reads: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file) || readFileSync(file, 'utf8').trim() === '') {
  console.log('tests: 0 passed, 1 failed');
  console.error('ci-summary: no test results were written (did lint, typecheck or a check fail first?)');
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
process.exit(r.numFailedTests > 0 || r.numTotalTests === 0 ? 1 : 0);
