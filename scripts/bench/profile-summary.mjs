#!/usr/bin/env node
// Summarises a .cpuprofile: self time by function and by source module (top N).
//   node scripts/bench/profile-summary.mjs FILE.cpuprofile [N]
import * as fs from 'node:fs';
const [file, nArg] = process.argv.slice(2);
const n = Number(nArg ?? 25);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map(), mod = new Map();
for (const [id, us] of self) {
  const cf = byId.get(id).callFrame;
  const url = cf.url.replace(/^.*\/work\/main\//, '');
  const k = `${cf.functionName || '(anon)'} ${url}:${cf.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + us);
  mod.set(url || cf.functionName, (mod.get(url || cf.functionName) ?? 0) + us);
}
const show = (m, title) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show(fn, 'self time by function');
show(mod, 'self time by module');

// Inclusive time (self + callees) by function, counting each function once per stack.
const parent = new Map();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const incl = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur).callFrame;
    const k = `${cf.functionName || '(anon)'} ${cf.url.replace(/^.*\/work\/main\//, '')}`;
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
show(new Map([...incl].filter(([k]) => k.includes('server/src/'))), 'inclusive time by function (server/src only)');
