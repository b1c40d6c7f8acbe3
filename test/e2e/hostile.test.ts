// End-to-end, issue 7 "Never in the way": the extension in a real VS Code (code-server) when
// things go wrong — the language server is killed, the settings are broken, decomposed
// Unicode is pasted, a multi-megabyte notice is opened. Same harness and rules as
// e2e.test.ts: every wait is on something visible (or a process / log condition) with a
// timeout; no fixed sleeps.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateNotice } from '../../scripts/generate-notice';
import { VsCode, cleanUpAfterEachTest, findVsix, formatProblems } from './harness';
import { problemKeys, problemsMatchCli } from './cli';

// Browser-side global used in a page.waitForFunction callback (the tsconfig has no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const WORKSPACE = path.join(__dirname, 'workspace');
/** A clean notice (the CLI reports nothing on it): each scenario starts from a copy. */
const CLEAN = fs.readFileSync(path.join(WORKSPACE, 'hop-le.tb.md'), 'utf8');
/** A generated notice of about 3 MB (above the server's large-document limits). */
const LARGE = generateNotice(3 * 1024 * 1024);
/**
 * The scenarios' files, in the workspace from the start: Quick Open caches its file list, so a
 * file written while the editor runs may not be found by it.
 */
const FILES: Record<string, string> = {
  'sap-do.tb.md': CLEAN, 'cau-hinh.tb.md': CLEAN, 'nfd.tb.md': CLEAN, 'rat-lon.tb.md': LARGE,
};

describe('vn-notice in a real VS Code, when things go wrong (issue 7)', function () {
  this.timeout(180_000);
  let vs: VsCode;

  before(async function () {
    this.timeout(240_000);
    const src = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vn-notice-e2e-hostile-src-')), 'workspace');
    try {
      fs.cpSync(WORKSPACE, src, { recursive: true });
      for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(src, name), text);
      vs = await VsCode.start({
        vsix: findVsix(), workspace: src, copyWorkspace: true, name: 'hostile',
        settings: { 'vnNotice.locale': 'vi' },
      });
    } finally {
      fs.rmSync(path.dirname(src), { recursive: true, force: true });
    }
  });

  cleanUpAfterEachTest(() => vs);

  /** Opens one of FILES and returns its text. */
  async function openScenarioFile(name: string): Promise<string> {
    await vs.openFile(name);
    return FILES[name];
  }


  /** 1-based line and column of the first occurrence of `needle` in `text`. */
  function positionOf(text: string, needle: string): { line: number; column: number } {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, `"${needle}" not found in:\n${text}`);
    const before = text.slice(0, i).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }

  const dirtyTab = (name: string) => vs.page.locator(`.tabs-container .tab.active.dirty[data-resource-name="${name}"]`);

  it('H1. the language server is killed: it restarts, diagnostics come back, no unsaved text is lost', async function () {
    const file = 'sap-do.tb.md';
    await openScenarioFile(file);
    await problemsMatchCli(vs, file, CLEAN, 'on open');

    // Unsaved text: the editor shows the file dirty, the server has seen it.
    const unsaved = ' Đề nghị các đơn vị bố trí cán bộ tiếp dân đúng giờ.';
    const at = positionOf(CLEAN, '2. Địa điểm: Trụ sở Tiếp công dân tỉnh.');
    await vs.goToLineEnd(at.line);
    await vs.type(unsaved);
    await dirtyTab(file).waitFor({ state: 'visible', timeout: 10_000 });
    const edited = await vs.waitForEditorText((t) => t.includes(unsaved), 'the unsaved sentence');
    await problemsMatchCli(vs, file, edited, 'with unsaved text');

    // Kill the server (SIGKILL: no goodbye) and wait for the client to start a new one.
    const [old, ...others] = serverPids(vs);
    assert.ok(old !== undefined && others.length === 0, `expected one vn-notice server under ${vs.extensionsDir}, found ${JSON.stringify(serverPids(vs))}`);
    process.kill(old, 'SIGKILL');
    const fresh = await poll(() => { const p = serverPids(vs); return p.length === 1 && p[0] !== old ? p[0] : undefined; },
      `a new vn-notice server process after killing ${old}`, 20_000);
    assert.notEqual(fresh, old);

    // One keystroke that makes a known diagnostic: "15/3/2024" → "15/13/2024" (date/invalid).
    const pos = positionOf(edited, '3/2024.');
    await vs.goTo(pos.line, pos.column);
    await vs.type('1');
    const final = await vs.waitForEditorText((t) => t.includes('15/13/2024'), 'the typed "1"');
    const { snap } = await problemsMatchCli(vs, file, final, 'after the restart');
    assert.ok(problemKeys(snap.problems, file).some((k) => k.startsWith('date/invalid ')), `no date/invalid after the restart:\n${formatProblems(snap)}`);

    // Nothing lost: the unsaved sentence is still in the editor, still unsaved.
    assert.ok(final.includes(unsaved), `the unsaved text was lost:\n${final}`);
    assert.ok(await dirtyTab(file).isVisible(), 'the editor should still show the file as modified (unsaved)');
    assert.equal(fs.readFileSync(path.join(vs.workspace, file), 'utf8'), CLEAN, 'nothing should have been written to disk');
  });

  it('H2. broken settings: one clear warning, diagnostics keep working', async function () {
    const file = 'cau-hinh.tb.md';
    const settingsFile = path.join(vs.workspace, '.vscode', 'settings.json');
    await openScenarioFile(file);
    await problemsMatchCli(vs, file, CLEAN, 'before the settings change');
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    // An unknown rule and an invalid severity: both reported, defaults used.
    fs.writeFileSync(settingsFile, JSON.stringify({ 'vnNotice.rules': { 'no/such-rule': 'loud', 'number/leading-zero': 'loud' } }, null, 2));
    try {
      const toast = vs.page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'vnNotice.rules' });
      await toast.first().waitFor({ state: 'visible', timeout: 20_000 });
      const message = (await toast.first().innerText()).trim();
      assert.match(message, /no\/such-rule/, `the warning should name the unknown rule: ${message}`);
      assert.match(message, /loud/, `the warning should name the invalid value: ${message}`);

      // Diagnostics keep working: "Số: 05/TB-VP" → "Số: 5/TB-VP" gives number/leading-zero
      // (its bad severity "loud" fell back to the default) — editor == CLI without settings.
      const pos = positionOf(CLEAN, 'Số: 05/');
      await vs.goTo(pos.line, pos.column + 'Số: 0'.length);
      await vs.press('Backspace');
      const edited = await vs.waitForEditorText((t) => /^Số: 5\/TB-VP$/m.test(t), 'the deleted 0');
      const { snap } = await problemsMatchCli(vs, file, edited, 'with broken settings');
      assert.ok(problemKeys(snap.problems, file).some((k) => k.startsWith('number/leading-zero warning ')), formatProblems(snap));

      // One warning, not one per edit or per relint: the notification centre holds exactly one.
      await vs.runCommand('Notifications: Show Notifications');
      const items = vs.page.locator('.notifications-center .notification-list-item').filter({ hasText: /vnNotice|vn-notice/ });
      await items.first().waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await items.count(), 1, `expected one vn-notice notification (the configuration warning), got: ${JSON.stringify(await items.allInnerTexts())}`);
    } finally {
      fs.rmSync(path.dirname(settingsFile), { recursive: true, force: true });
      await vs.runCommand('Notifications: Clear All Notifications').catch(() => undefined);
      await vs.page.locator('.notifications-center .notification-list-item').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
      // Clearing the last notification closes the centre; close it if it stayed open.
      if (await vs.page.locator('.notifications-center.visible').isVisible()) await vs.runCommand('Notifications: Hide Notifications');
    }
  });

  it('H3. pasted NFD text: diagnosed, and its quick fix makes it NFC', async function () {
    const file = 'nfd.tb.md';
    const sentence = ' Kết luận của Chủ tịch Ủy ban nhân dân tỉnh được gửi kèm.';
    const nfd = sentence.normalize('NFD');
    assert.notEqual(nfd, sentence);
    await openScenarioFile(file);
    await problemsMatchCli(vs, file, CLEAN, 'before the paste');
    const at = positionOf(CLEAN, '2. Địa điểm: Trụ sở Tiếp công dân tỉnh.');
    await vs.goToLineEnd(at.line);
    await vs.paste(nfd);
    const pasted = await vs.waitForEditorText((t) => t.includes(nfd), 'the pasted NFD sentence (still decomposed)');
    assert.notEqual(pasted, pasted.normalize('NFC'), 'the editor should hold decomposed text after the paste');

    const { snap } = await problemsMatchCli(vs, file, pasted, 'after the NFD paste');
    const diag = snap.problems.find((p) => p.file === file && p.code === 'text/unicode-normalization');
    assert.ok(diag, `no text/unicode-normalization:\n${formatProblems(snap)}`);
    await vs.goTo(diag.line ?? at.line, diag.column ?? 1);
    await vs.applyQuickFix(/NFC/);
    const fixed = await vs.waitForEditorText((t) => t === t.normalize('NFC'), 'the quick fix to normalise the text to NFC');
    assert.equal(fixed, pasted.normalize('NFC'), 'the fix should change only the decomposed characters');
    assert.ok(fixed.includes(sentence));
    const { snap: after } = await problemsMatchCli(vs, file, fixed, 'after the NFC fix');
    assert.deepEqual(problemKeys(after.problems, file), [], formatProblems(after));
  });

  it('H4. a 3 MB notice: the editor stays responsive and diagnostics arrive', async function () {
    const file = 'rat-lon.tb.md';
    const text = await openScenarioFile(file);
    assert.ok(Buffer.byteLength(text) > 2.5 * 1024 * 1024, 'the generated notice should be about 3 MB');
    // The server announces the reduced rule set for this document (output channel).
    const announced = await poll(() => /rat-lon\.tb\.md is larger than 2 MB or 20,000 lines/.test(vs.extensionHostLog()) || undefined,
      'the large-document message in the vn-notice output channel', 20_000).catch((e: Error) => e);

    // One keystroke near the top: "THÔNG BÁO" → "THÔNG BÁOx" (structure/missing-title).
    const pos = positionOf(text, 'THÔNG BÁO\n');
    await vs.goTo(pos.line, pos.column + 'THÔNG BÁO'.length);
    const t0 = Date.now();
    await vs.type('x');
    await vs.page.waitForFunction(() => Array.from(document.querySelectorAll('.editor-instance .monaco-editor .view-line'))
      .some((l: any) => String(l.textContent).replace(/\u00a0/g, ' ').trim() === 'THÔNG BÁOx'), undefined, { timeout: 5_000 });
    const echo = Date.now() - t0;
    assert.ok(echo < 2_000, `the typed character took ${echo} ms to appear`);

    const snap = await vs.waitForProblems((s) => (s.files[file] ?? 0) > 0
      && s.problems.some((p) => p.file === file && p.code === 'structure/missing-title'),
    `${file}: structure/missing-title after typing in a large notice`, 20_000);
    const took = Date.now() - t0;
    assert.ok(took < 15_000, `diagnostics took ${took} ms`);
    console.log(`    ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB: keystroke shown in ${echo} ms, diagnostics in ${took} ms (${snap.files[file]} problem(s))`);
    if (announced instanceof Error) throw announced;
  });
});

/** Pids of the Node processes running this run's vn-notice server (dist/server.js in its extensions dir). */
function serverPids(vs: VsCode): number[] {
  const out: number[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let cmd: string;
    try { cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8'); } catch { continue; }
    const args = cmd.split('\0');
    if (args.some((a) => a.startsWith(vs.extensionsDir + path.sep) && /vn-notice[^/]*\/dist\/server\.js$/.test(a))) out.push(Number(d));
  }
  return out;
}

/**
 * Polls `check` (a process table or a log file: nothing the browser can wait on) until it
 * gives a value, every 100 ms, up to `timeout`; throws with `what` on timeout.
 */
async function poll<T>(check: () => T | undefined, what: string, timeout: number): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
