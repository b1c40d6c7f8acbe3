/**
 * Property-based and mutation fuzzing of the whole core: parse → extract → every rule → fix
 * (issue 7, "never in the way"). Generated notices (test/fuzz/arbitraries.ts) and mutated
 * files of samples/ and test/fixtures/parse/, with reference data loaded and a fixed today.
 *
 * Bounded for `npm test`: FUZZ_RUNS cases per property (default 100), seed FUZZ_SEED
 * (default fixed, so a run is reproducible). `npm run fuzz -- --runs N` runs any number.
 */
import * as fc from 'fast-check';
import { anyNotice, hugeNotice } from './arbitraries';
import { PROPERTIES, checkFixAllIdempotent, checkLintBounds, checkSourceMapping } from './properties';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Notices of thousands of lines are slow by nature: a few per run (FUZZ_HUGE_RUNS). */
const HUGE_RUNS = Number(process.env.FUZZ_HUGE_RUNS ?? 2);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20250915;

describe('fuzz: core properties on generated and mutated notices', function () {
  this.timeout(0);
  for (const p of PROPERTIES) {
    it(p.name, () => {
      fc.assert(fc.property(anyNotice({ huge: false }), p.check), { numRuns: RUNS, seed: SEED });
    });
  }
  it('a notice of thousands of lines: no exception, spans inside, fixAll idempotent', () => {
    fc.assert(
      fc.property(hugeNotice, (t) => {
        checkLintBounds(t);
        checkFixAllIdempotent(t);
      }),
      { numRuns: HUGE_RUNS, seed: SEED, endOnFailure: true },
    );
  });
  it('SourceText maps every view offset monotonically into the text', () => {
    fc.assert(fc.property(anyNotice({ huge: false }), checkSourceMapping), { numRuns: RUNS, seed: SEED });
  });
});
