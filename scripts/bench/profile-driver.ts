/**
 * Profile driver: lints the generated notice a few times, for `node --cpu-prof`.
 *   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench/profile-driver.ts [KB] [runs]
 * Prints the wall time of each run.
 */
import { loadReferenceData } from '../../server/src/core/data/load';
import { lint } from '../../server/src/core/lint';
import { generateNotice } from '../generate-notice';

const kb = Number(process.argv[2] ?? 1024);
const runs = Math.min(Number(process.argv[3] ?? 3), 20);
const data = loadReferenceData();
const text = generateNotice(kb * 1024);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = lint(text, { data });
  const cpu = process.cpuUsage(c0);
  console.log(`run ${i + 1}: ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ${r.findings.length} findings`);
}
