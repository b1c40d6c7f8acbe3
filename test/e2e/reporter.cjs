// Mocha's spec reporter plus one plain closing line, "e2e: N passed, N failed[, N skipped]",
// which CI logs read in any language.
'use strict';
const Mocha = require('mocha');

class E2EReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = runner.stats;
      const skipped = s.pending ? `, ${s.pending} skipped` : '';
      process.stdout.write(`e2e: ${s.passes} passed, ${s.failures} failed${skipped}\n`);
    });
  }
}
module.exports = E2EReporter;
