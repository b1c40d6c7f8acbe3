// Drives a real VS Code (code-server 4.100.3, installed by test/e2e/setup.sh) through Debian's
// chromium with playwright-core. Every wait is on something visible (a selector, a text, a
// count) with a timeout; there are no fixed sleeps.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

// Browser-side globals used inside page.evaluate callbacks. The project's tsconfig has no DOM
// lib (it type-checks Node code), so declare just what the callbacks touch, locally.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const navigator: { clipboard: { readText(): Promise<string>; writeText(t: string): Promise<void> } };
declare const document: any;
declare function requestAnimationFrame(cb: (t: number) => void): number;
declare class MutationObserver { constructor(cb: () => void); observe(el: any, o: object): void; disconnect(): void }
type HTMLElement = any;

export const CS_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CACHE_DIR = process.env.VN_NOTICE_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'vn-notice-e2e');
export const TOOL_DIR = path.join(CACHE_DIR, `code-server-${CS_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(TOOL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.VN_NOTICE_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const OUTPUT_DIR = process.env.VN_NOTICE_E2E_OUT ?? path.join(REPO_ROOT, 'test-output', 'e2e');

/** Chromium flags from shared/spec/REAL-VSCODE.md (user-data-dir is given by launchPersistentContext). */
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Settings that make the editor deterministic for tests. */
export const TEST_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.editor.restoreViewState': false,
  'workbench.reduceMotion': 'on',
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'files.eol': '\n',
  'window.restoreWindows': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'problems.defaultViewMode': 'tree',
  'problems.autoReveal': false,
  'editor.minimap.enabled': false,
  // Debian's Noto Mono (fonts-noto-mono, installed by setup.sh) draws Vietnamese tone marks
  // in place; screenshots are readable.
  'editor.fontFamily': "'Noto Mono', 'DejaVu Sans Mono', monospace",
  'editor.emptySelectionClipboard': false,
  'editor.hover.delay': 100,
  'editor.hover.sticky': true,
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.formatOnSave': false,
  'editor.formatOnPaste': false,
  'editor.wordBasedSuggestions': 'off',
  // Completion only when asked (Ctrl+Space): a list that opens by itself while typing races
  // the test's keystrokes.
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.suggest.snippetsPreventQuickSuggestions': false,
  // Extension items first, snippets last: the suggest list is virtual (about 12 rows drawn).
  'editor.snippetSuggestions': 'bottom',
  'editor.inlineSuggest.enabled': false,
  'editor.lightbulb.enabled': 'off',
  'editor.occurrencesHighlight': 'off',
  'editor.cursorBlinking': 'solid',
  'editor.smoothScrolling': false,
  'editor.renderWhitespace': 'none',
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'editor.unicodeHighlight.invisibleCharacters': false,
  'editor.accessibilitySupport': 'off',
  'accessibility.signals.onDebugBreak': { sound: 'off' },
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

export interface StartOptions {
  /** The .vsix to install before starting (fresh extensions dir each run). */
  vsix?: string;
  /** Workspace folder to open. */
  workspace: string;
  /** Copy the workspace into the run's scratch folder first (the repo's files stay untouched). */
  copyWorkspace?: boolean;
  /** Extra user settings merged over TEST_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Name of this run, for the scratch and output folders. */
  name?: string;
  viewport?: { width: number; height: number };
  /** Milliseconds to wait for the workbench. */
  startTimeout?: number;
}

export interface Problem {
  /** File name of the file row the problem is listed under. */
  file: string;
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  source: string;
  code: string;
  line?: number;
  column?: number;
  /** Full aria-label of the row, for messages on failure. */
  label: string;
}

export interface ProblemsSnapshot {
  /** Per-file count badges from the file rows (file name → count). */
  files: Record<string, number>;
  problems: Problem[];
  /** Count shown on the Problems tab badge (0 when none is shown). */
  badge: number;
}

const log = (...a: unknown[]) => { if (process.env.VN_NOTICE_E2E_VERBOSE) console.error('[e2e]', ...a); };

/** Throws a clear error when setup.sh has not been run. */
export function assertInstalled(): void {
  const done = fs.existsSync(TOOL_DIR) && fs.readdirSync(TOOL_DIR).some((f) => f.startsWith('.complete-r'));
  if (!done || !fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server ${CS_VERSION} is not installed in ${TOOL_DIR}: run \`bash test/e2e/setup.sh\` first`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash test/e2e/setup.sh\` first`);
}

/** Finds the .vsix to test: $VN_NOTICE_VSIX, else the newest *.vsix in the repo root. */
export function findVsix(): string {
  const env = process.env.VN_NOTICE_VSIX;
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`VN_NOTICE_VSIX=${env} does not exist`);
    return path.resolve(env);
  }
  const found = fs.readdirSync(REPO_ROOT).filter((f) => f.endsWith('.vsix'))
    .map((f) => path.join(REPO_ROOT, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error(`no .vsix in ${REPO_ROOT}: run \`npm run package\` first (or set VN_NOTICE_VSIX)`);
  return found[0];
}

function runCodeServerSync(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status ?? r.signal}):\n${out}`);
  return out;
}

export class VsCode {
  readonly scratch: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly outDir: string;
  /** The folder the editor has open (a scratch copy when copyWorkspace is set). */
  readonly workspace: string;
  page!: Page;
  url = '';
  private server?: ChildProcess;
  private serverLog: string[] = [];
  private browser?: Browser;
  private context?: BrowserContext;
  private browserProfile: string;
  private consoleLog: string[] = [];

  private constructor(readonly opts: StartOptions) {
    const name = (opts.name ?? 'run').replace(/[^\w.-]+/g, '_');
    this.scratch = fs.mkdtempSync(path.join(os.tmpdir(), `vn-notice-e2e-${name}-`));
    this.userDataDir = path.join(this.scratch, 'user-data');
    this.extensionsDir = path.join(this.scratch, 'extensions');
    this.browserProfile = path.join(this.scratch, 'chromium');
    this.outDir = OUTPUT_DIR;
    fs.mkdirSync(this.outDir, { recursive: true });
    if (opts.copyWorkspace) {
      this.workspace = path.join(this.scratch, 'workspace', path.basename(opts.workspace));
      fs.cpSync(opts.workspace, this.workspace, { recursive: true });
    } else {
      this.workspace = path.resolve(opts.workspace);
    }
  }

  /** Installs the .vsix, starts code-server and chromium, and waits for the workbench. */
  static async start(opts: StartOptions): Promise<VsCode> {
    assertInstalled();
    const vs = new VsCode(opts);
    try {
      await vs.boot();
    } catch (e) {
      await vs.saveFailureArtifacts('startup');
      await vs.stop();
      throw e;
    }
    return vs;
  }

  private env(): NodeJS.ProcessEnv {
    // Keep code-server's config and data out of $HOME.
    return {
      ...process.env,
      XDG_CONFIG_HOME: path.join(this.scratch, 'xdg-config'),
      XDG_DATA_HOME: path.join(this.scratch, 'xdg-data'),
      VSCODE_PROXY_URI: '',
      DONT_PROMPT_WSL_INSTALL: '1',
    };
  }

  private async boot(): Promise<void> {
    const { opts } = this;
    const userDir = path.join(this.userDataDir, 'User');
    fs.mkdirSync(userDir, { recursive: true });
    fs.mkdirSync(this.extensionsDir, { recursive: true });
    fs.writeFileSync(path.join(userDir, 'settings.json'),
      JSON.stringify({ ...TEST_SETTINGS, ...(opts.settings ?? {}) }, null, 2));
    const common = ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
    if (opts.vsix) {
      const out = runCodeServerSync(['--install-extension', opts.vsix, ...common], this.env());
      log(out.trim());
      if (!/successfully installed/i.test(out)) throw new Error(`installing ${opts.vsix} did not report success:\n${out}`);
    }

    const args = [
      CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', '127.0.0.1:0',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened', '--disable-proxy',
      ...common, this.workspace,
    ];
    const server = spawn(process.execPath, args, { env: this.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.server = server;
    // code-server runs in its own process group (detached): end that group if this process
    // ends without stop() (a crash, Ctrl+C), so that no server is left behind.
    const killGroup = () => { try { if (server.pid) process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } };
    process.once('exit', killGroup);
    server.once('exit', () => process.removeListener('exit', killGroup));
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not report its address within 30s:\n${this.serverLog.join('')}`)), 30_000);
      const onData = (b: Buffer) => {
        const s = b.toString();
        this.serverLog.push(s);
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/.exec(this.serverLog.join(''));
        if (m) { clearTimeout(timer); resolve(m[1]); }
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.once('exit', (code, sig) => { clearTimeout(timer); reject(new Error(`code-server exited (${code ?? sig}):\n${this.serverLog.join('')}`)); });
    });
    log('code-server at', this.url);

    this.context = await chromium.launchPersistentContext(this.browserProfile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: opts.viewport ?? { width: 1400, height: 1000 },
      permissions: ['clipboard-read', 'clipboard-write'],
      locale: 'vi-VN',
    });
    this.browser = this.context.browser() ?? undefined;
    await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.url });
    this.page = this.context.pages()[0] ?? await this.context.newPage();
    this.page.on('console', (m) => this.consoleLog.push(`[${m.type()}] ${m.text()}`));
    this.page.on('pageerror', (e) => this.consoleLog.push(`[pageerror] ${e.message}`));
    await this.page.goto(`${this.url}/?folder=${encodeURIComponent(this.workspace)}`);
    await this.waitForWorkbench(opts.startTimeout ?? 60_000);
  }

  private async waitForWorkbench(timeout: number): Promise<void> {
    const p = this.page;
    await p.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    // The explorer shows the workspace once the remote extension host and file system are up.
    await p.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'attached', timeout });
    await p.locator('#status\\.problems, [id="status.problems"]').first().waitFor({ state: 'visible', timeout });
  }

  // ------------------------------------------------------------------ keyboard and commands

  /** Runs a command from the command palette by its (English) label. */
  async runCommand(label: string, opts: { exact?: boolean; timeout?: number } = {}): Promise<void> {
    const p = this.page;
    await this.closeQuickInput();
    await p.keyboard.press('F1');
    const input = p.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${label}`);
    const rows = p.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const want = rows.filter({ has: p.locator('.label-name', { hasText: label }) });
    const row = opts.exact === false ? want.first() : want.filter({ has: p.locator('.label-name').getByText(label, { exact: true }) }).first();
    await row.waitFor({ state: 'visible', timeout: opts.timeout ?? 10_000 });
    await row.click();
    await p.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  }

  async closeQuickInput(): Promise<void> {
    const w = this.page.locator('.quick-input-widget');
    if (await w.isVisible()) {
      await this.page.keyboard.press('Escape');
      await w.waitFor({ state: 'hidden', timeout: 5_000 });
    }
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor to have focus. */
  async openFile(relPath: string): Promise<void> {
    const p = this.page;
    const base = path.basename(relPath);
    await this.closeQuickInput();
    await p.keyboard.press('Control+P');
    const input = p.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(relPath);
    // Enter opens the focused row: wait until the focused row is the file (the list first
    // shows recently opened files, then the search results).
    const focused = p.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', {
      has: p.locator('.label-name').getByText(base, { exact: true }),
    });
    const want = relPath.includes('/') ? path.dirname(relPath) : '';
    await focused.filter({ hasText: want }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await p.keyboard.press('Enter');
    await p.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await this.activeTab(base).waitFor({ state: 'visible', timeout: 15_000 });
    await this.focusEditor();
  }

  activeTab(base: string): Locator {
    return this.page.locator(`.tabs-container .tab.active[data-resource-name="${base}"]`);
  }

  /** The active text editor (its Monaco instance). */
  editor(): Locator {
    return this.page.locator('.editor-instance .monaco-editor').first();
  }

  async focusEditor(): Promise<void> {
    const ed = this.editor();
    await ed.waitFor({ state: 'visible', timeout: 15_000 });
    await this.runCommand('View: Focus Active Editor Group').catch(async () => {
      await ed.locator('.view-lines').click();
    });
    await this.page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout: 5_000 });
  }

  /** Types text key by key into the active editor (as a person would). */
  async type(text: string, delay = 0): Promise<void> {
    await this.focusEditorIfNeeded();
    await this.page.keyboard.type(text, { delay });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Moves the cursor with "Go to Line/Column" (Ctrl+G), 1-based. */
  async goTo(line: number, column = 1): Promise<void> {
    const p = this.page;
    await this.closeQuickInput();
    await p.keyboard.press('Control+G');
    const input = p.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await p.keyboard.press('Enter');
    await p.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await this.waitForCursor(line, column);
  }

  /**
   * Waits until the status bar shows the cursor on `line`, at `column` or (when the line is
   * shorter, as Go to Line clamps it) before it.
   */
  async waitForCursor(line: number, column: number, timeout = 10_000): Promise<void> {
    await this.page.waitForFunction(({ l, c }) => {
      const el = document.querySelector('[id="status.editor.selection"]');
      const m = el && /(\d+)\D+(\d+)/.exec(String(el.textContent));
      return !!m && Number(m[1]) === l && Number(m[2]) <= c && (Number(m[2]) === c || c > 1);
    }, { l: line, c: column }, { timeout });
  }

  /** Puts the cursor at the end of a line (1-based). */
  async goToLineEnd(line: number): Promise<void> {
    await this.goTo(line, 1);
    await this.page.keyboard.press('End');
  }

  // ------------------------------------------------------------------ editor text

  /**
   * Returns the full text of the active editor. Selects all, copies through the editor's
   * own copy action and reads the browser clipboard; then puts the cursor back where it was.
   */
  async editorText(): Promise<string> {
    const p = this.page;
    await this.focusEditorIfNeeded();
    const marker = `\u0000vn-notice-e2e-${Date.now()}`;
    await p.evaluate((m) => navigator.clipboard.writeText(m), marker);
    await p.keyboard.press('Control+A');
    await p.keyboard.press('Control+C');
    // Undo the selection change (Cursor Undo, Ctrl+U): the cursor goes back where it was.
    // Key events are handled in order, so the next key press already sees the old cursor.
    await p.keyboard.press('Control+U');
    // With editor.emptySelectionClipboard off, an empty document copies nothing: recognise it
    // by the editor showing one empty line, still so after two animation frames.
    const handle = await p.waitForFunction(async (m) => {
      const t = await navigator.clipboard.readText();
      if (t !== m) return { t };
      const isEmpty = () => {
        const ed = document.querySelector('.editor-instance .monaco-editor.focused') ?? document.querySelector('.editor-instance .monaco-editor');
        const lines = ed ? ed.querySelectorAll('.view-lines .view-line') : [];
        const nums = ed ? ed.querySelectorAll('.margin-view-overlays .line-numbers') : [];
        return lines.length === 1 && nums.length === 1 && String(lines[0].textContent).replace(/\u00a0/g, '').trim() === '';
      };
      if (!isEmpty()) return undefined;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(0))));
      return isEmpty() && (await navigator.clipboard.readText()) === m ? { t: '' } : undefined;
    }, marker, { timeout: 10_000, polling: 50 });
    const { t } = (await handle.jsonValue()) as { t: string };
    return t.replace(/\r\n/g, '\n');
  }

  private async focusEditorIfNeeded(): Promise<void> {
    if (!(await this.page.locator('.editor-instance .monaco-editor.focused').count())) await this.focusEditor();
  }

  /** Cursor position from the status bar ("Ln 3, Col 5" / "Dòng 3, Cột 5"). */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const item = this.page.locator('[id="status.editor.selection"]');
    if (!(await item.count())) return undefined;
    const t = (await item.innerText()).trim();
    const m = /(\d+)\D+(\d+)/.exec(t);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  /** Replaces the whole text of the active editor by pasting (one undo step, fast). */
  async setEditorText(text: string): Promise<void> {
    const p = this.page;
    await this.focusEditorIfNeeded();
    await p.evaluate((t) => navigator.clipboard.writeText(t), text);
    await p.keyboard.press('Control+A');
    if (text === '') await p.keyboard.press('Delete');
    else await p.keyboard.press('Control+V');
    await this.waitForEditorText((t) => t === text, `editor text to become the pasted text`);
  }

  /** Pastes text at the cursor. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    // The clipboard must hold the text before the keystroke, and the editor must have the focus
    // (a Problems view read just before may have taken it): otherwise the paste goes nowhere.
    await this.page.waitForFunction((t) => navigator.clipboard.readText().then((c) => c === t), text, { timeout: 5_000 });
    await this.focusEditorIfNeeded();
    await this.page.keyboard.press('Control+V');
  }

  /** Polls the editor text (via the clipboard) until pred holds. */
  async waitForEditorText(pred: (t: string) => boolean, what: string, timeout = 15_000): Promise<string> {
    const end = Date.now() + timeout;
    let last = '';
    for (;;) {
      last = await this.editorText();
      if (pred(last)) return last;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; editor text is:\n${last}`);
      await this.page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    }
  }

  async save(): Promise<void> {
    await this.focusEditorIfNeeded();
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
  }

  // ------------------------------------------------------------------ problems

  /** Opens the Problems panel (Ctrl+Shift+M) and waits for it. */
  async openProblems(): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      // Opening the view moves the focus into it: give it back to the editor that had it, so
      // that the next keystrokes still go to the text.
      const editorHadFocus = (await this.page.locator('.editor-instance .monaco-editor.focused').count()) > 0;
      await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)', { exact: false })
        .catch(() => this.page.keyboard.press('Control+Shift+M'));
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
      if (editorHadFocus) await this.focusEditor();
    }
    return panel;
  }

  /** Problems tab badge count (0 when no badge). */
  async problemsBadge(): Promise<number> {
    const badge = this.page.locator('.panel .composite-bar .action-item:has(.action-label[aria-label^="Problems"]) .badge-content, .panel .composite-bar [id="workbench.panel.markers"] .badge-content');
    if (!(await badge.count()) || !(await badge.first().isVisible())) return 0;
    const t = (await badge.first().innerText()).trim();
    return Number(t.replace(/\D/g, '')) || 0;
  }

  /** Reads every row of the Problems view (scrolling the virtual list when needed). */
  async readProblems(): Promise<ProblemsSnapshot> {
    const panel = await this.openProblems();
    const p = this.page;
    const list = panel.locator('.monaco-list').first();
    const byIndex = new Map<number, RawRow>();
    const empty = await panel.locator('.message-box-container:visible, .markers-panel-container .message').filter({ hasText: /No problems|Không có/ }).count();
    if (!empty) {
      // Scroll from the top to the bottom, collecting rows by their data-index.
      await list.evaluate((el) => { const s = el.querySelector('.monaco-scrollable-element'); if (s) (s as HTMLElement).scrollTop = 0; });
      for (let guard = 0; guard < 200; guard++) {
        // No named helper functions in here: tsx's keepNames would wrap them in __name(),
        // which does not exist in the page.
        const rows = await list.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => {
          const t: Record<string, string[]> = {};
          for (const sel of ['.label-name', '.marker-message', '.marker-source', '.marker-code', '.marker-line']) {
            t[sel] = Array.from(e.querySelectorAll(sel)).map((x: any) => String(x.textContent ?? '').trim()).filter(Boolean);
          }
          return {
            index: Number(e.getAttribute('data-index')),
            kind: e.querySelector('.marker-message-details-container') ? 'marker' : 'file',
            label: e.getAttribute('aria-label') ?? '',
            name: t['.label-name'][0] ?? String((e as HTMLElement).innerText).split('\n')[0],
            badge: e.querySelector('.monaco-count-badge')?.textContent ?? undefined,
            sev: e.querySelector('.marker-icon')?.className ?? '',
            message: t['.marker-message'].join('\n'),
            source: t['.marker-source'][0] ?? '',
            code: t['.marker-code'][0] ?? '',
            pos: t['.marker-line'][0] ?? '',
          };
        }));
        for (const r of rows) byIndex.set(r.index, r as never);
        const total = await list.evaluate((el) => {
          const rows = el.querySelector('.monaco-list-rows') as HTMLElement | null;
          const s = el.querySelector('.monaco-scrollable-element') as HTMLElement | null;
          return { h: rows ? parseFloat(rows.style.height) : 0, top: rows ? -parseFloat(rows.style.top || '0') : 0, vh: s?.clientHeight ?? 0 };
        });
        if (total.top + total.vh >= total.h - 1) break;
        await list.hover();
        await p.mouse.wheel(0, Math.max(100, total.vh - 40));
        const prevTop = total.top;
        await p.waitForFunction(({ el, prev }) => {
          const rows = (el as HTMLElement).querySelector('.monaco-list-rows') as HTMLElement | null;
          return rows ? -parseFloat(rows.style.top || '0') !== prev : true;
        }, { el: await list.elementHandle(), prev: prevTop }, { timeout: 5_000 }).catch(() => undefined);
      }
    }
    const files: Record<string, number> = {};
    const problems: Problem[] = [];
    let file = '';
    for (const [, r] of [...byIndex.entries()].sort((a, b) => a[0] - b[0])) {
      if (r.kind === 'file') { file = r.name; files[r.name] = Number((r.badge ?? '').replace(/\D/g, '')) || 0; }
      else problems.push(toProblem(r, file));
    }
    return { files, problems, badge: await this.problemsBadge() };
  }

  /**
   * Waits until the Problems view satisfies pred (e.g. exact rule ids and counts); returns
   * the last snapshot. On timeout the error shows what the view held.
   */
  async waitForProblems(pred: (s: ProblemsSnapshot) => boolean, what: string, timeout = 30_000): Promise<ProblemsSnapshot> {
    const end = Date.now() + timeout;
    let last: ProblemsSnapshot | undefined;
    for (;;) {
      last = await this.readProblems();
      if (pred(last)) return last;
      if (Date.now() > end) {
        throw new Error(`timed out after ${timeout}ms waiting for Problems: ${what}\nProblems view shows:\n${formatProblems(last)}`);
      }
      // Wait for the panel's DOM to change (or 1s) before reading again.
      await this.waitForDomChange('.markers-panel', 1_000);
    }
  }

  /** Resolves when the subtree under selector changes, or after maxMs (never rejects). */
  async waitForDomChange(selector: string, maxMs: number): Promise<void> {
    await this.page.evaluate(({ sel, ms }) => new Promise<void>((resolve) => {
      const el = document.querySelector(sel) ?? document.body;
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(); });
      obs.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => { obs.disconnect(); resolve(); }, ms);
    }), { sel: selector, ms: maxMs });
  }

  // ------------------------------------------------------------------ hover, quick fix, completion

  /** Squiggles in the visible editor (decorations Monaco draws for diagnostics). */
  squiggles(kind: 'error' | 'warning' | 'info' | 'any' = 'any'): Locator {
    const sel = kind === 'any' ? '.squiggly-error, .squiggly-warning, .squiggly-info' : `.squiggly-${kind}`;
    return this.editor().locator('.view-overlays').locator(sel);
  }

  /** Hovers the mouse over the n-th squiggle and returns the hover's text. */
  async hoverSquiggle(n = 0, kind: 'error' | 'warning' | 'info' | 'any' = 'any', expect?: string | RegExp): Promise<string> {
    const sq = this.squiggles(kind).nth(n);
    await sq.waitFor({ state: 'visible', timeout: 20_000 });
    const box = await sq.boundingBox();
    if (!box) throw new Error('squiggle has no bounding box');
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content');
    // Move from outside into the squiggle so that the editor sees a mouse move.
    await this.page.mouse.move(box.x + box.width / 2, box.y - 60);
    await this.page.mouse.move(box.x + Math.min(box.width / 2, 8), box.y + box.height / 2, { steps: 3 });
    let target = hover.first();
    if (expect) target = hover.filter({ hasText: expect }).first();
    await target.waitFor({ state: 'visible', timeout: 10_000 });
    return (await target.innerText()).trim();
  }

  /** Shows the hover at the cursor with the keyboard (Ctrl+K Ctrl+I) and returns its text. */
  async hoverAtCursor(expect?: string | RegExp): Promise<string> {
    await this.runCommand('Show or Focus Hover', { exact: false });
    let target = this.page.locator('.monaco-hover .monaco-hover-content');
    if (expect) target = target.filter({ hasText: expect });
    await target.first().waitFor({ state: 'visible', timeout: 10_000 });
    return (await target.first().innerText()).trim();
  }

  async dismissWidgets(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(1, 1);
  }

  /**
   * Opens Quick Fix (Ctrl+.) at the cursor; returns the offered labels, [] when the editor
   * says "No code actions available" every time. The request can race a fresh cursor move or
   * a diagnostics update (seen under CPU load), so that message is retried, a few times.
   */
  async quickFixLabels(tries = 4): Promise<string[]> {
    await this.focusEditorIfNeeded();
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const none = this.page.locator('.monaco-editor-overlaymessage').filter({ hasText: /No code actions|Không có/ });
    for (let i = 0; i < tries; i++) {
      await this.page.keyboard.press('Control+.');
      await rows.first().or(none.first()).waitFor({ state: 'visible', timeout: 10_000 });
      if (await rows.first().isVisible()) return (await rows.allInnerTexts()).map((x) => x.trim());
      await none.first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => this.page.keyboard.press('Escape'));
    }
    return [];
  }

  /**
   * Opens Quick Fix at the cursor and applies the item `choose` picks from the labels (a
   * label substring, a RegExp, or a function). Navigates with the keyboard: the action widget
   * puts a pointer-blocking layer over the editor, so clicks are unreliable. Returns the label
   * applied, or undefined (widget closed) when a function chose nothing.
   */
  async applyQuickFix(choose: string | RegExp | ((labels: string[]) => string | undefined)): Promise<string | undefined> {
    const labels = await this.quickFixLabels();
    const pick = typeof choose === 'function' ? choose(labels)
      : labels.find((l) => (typeof choose === 'string' ? l.includes(choose) : choose.test(l)));
    const widget = this.page.locator('.action-widget');
    if (pick === undefined) {
      if (labels.length) { await this.page.keyboard.press('Escape'); await widget.waitFor({ state: 'hidden', timeout: 10_000 }); }
      if (typeof choose === 'function') return undefined;
      throw new Error(`no quick fix matching ${choose}; offered: ${JSON.stringify(labels)}`);
    }
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    for (let i = 0; i <= labels.length; i++) {
      const cur = (await focused.count()) ? (await focused.first().innerText()).trim() : '';
      if (cur === pick) break;
      const before = await focused.getAttribute('data-index').catch(() => null);
      await this.page.keyboard.press('ArrowDown');
      await this.page.waitForFunction((b) => {
        const f = document.querySelector('.action-widget .monaco-list-row.action.focused');
        return f && f.getAttribute('data-index') !== b;
      }, before, { timeout: 5_000 });
    }
    if ((await focused.first().innerText()).trim() !== pick) throw new Error(`could not focus quick fix ${pick}; rows: ${await rows.allInnerTexts()}`);
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 10_000 });
    return pick;
  }

  /** Triggers completion (Ctrl+Space) and returns the labels offered. */
  async completionLabels(trigger = true): Promise<string[]> {
    // Completion opens only on request here (TEST_SETTINGS turn quick suggestions and trigger
    // characters off, so no list opens or closes by itself while typing). Close a list that
    // is open (Ctrl+Space on it would toggle its details pane) and ask afresh.
    if (trigger) {
      const open = this.page.locator('.editor-widget.suggest-widget.visible');
      if (await open.isVisible()) {
        await this.page.keyboard.press('Escape');
        await open.waitFor({ state: 'hidden', timeout: 10_000 });
      }
      await this.page.keyboard.press('Control+Space');
    }
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    const rows = widget.locator('.monaco-list-row');
    // "No suggestions." is an answer too: return [] (the caller's assertion says what was wanted).
    const none = widget.locator('.message').filter({ hasText: /No suggestions|Không có/ });
    await rows.first().or(none).waitFor({ state: 'visible', timeout: 10_000 });
    if (!(await rows.first().isVisible())) return [];
    return widget.locator('.monaco-list-row .label-name').allInnerTexts();
  }

  /** With the suggest widget open, focuses the item whose label is `label` and accepts it (Tab). */
  async acceptCompletion(label: string): Promise<void> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    const labels = await this.completionLabels(false);
    if (!labels.includes(label)) throw new Error(`completion item ${JSON.stringify(label)} not offered; offered: ${JSON.stringify(labels)}`);
    for (let i = 0; i <= labels.length + 1; i++) {
      const focused = widget.locator('.monaco-list-row.focused .label-name');
      const cur = (await focused.count()) ? (await focused.first().innerText()).trim() : '';
      if (cur === label) break;
      const before = await widget.locator('.monaco-list-row.focused').getAttribute('data-index').catch(() => null);
      await this.page.keyboard.press('ArrowDown');
      await this.page.waitForFunction((b) => {
        const f = document.querySelector('.editor-widget.suggest-widget.visible .monaco-list-row.focused');
        return f && f.getAttribute('data-index') !== b;
      }, before, { timeout: 5_000 });
    }
    await this.page.keyboard.press('Tab');
    // Accepted when the list closes, or shows something else (a snippet's choice list opens
    // in the same widget, possibly before the closed state could be seen).
    await this.page.waitForFunction((l) => {
      const w = document.querySelector('.editor-widget.suggest-widget.visible');
      if (!w) return true;
      const f = w.querySelector('.monaco-list-row.focused .label-name');
      return !f || String(f.textContent).trim() !== l;
    }, label, { timeout: 10_000 });
  }

  /** The selected text of the active editor ('' when the selection is empty), via copy. */
  async selectedText(): Promise<string> {
    const p = this.page;
    const marker = `\u0000vn-notice-e2e-sel-${Date.now()}`;
    await p.evaluate((m) => navigator.clipboard.writeText(m), marker);
    const status = await p.locator('[id="status.editor.selection"]').innerText().catch(() => '');
    if (!/selected|đã chọn/i.test(status)) return '';
    await p.keyboard.press('Control+C');
    const h = await p.waitForFunction(async (m) => {
      const t = await navigator.clipboard.readText();
      return t !== m ? { t } : undefined;
    }, marker, { timeout: 10_000, polling: 50 });
    return ((await h.jsonValue()) as { t: string }).t;
  }

  /**
   * In snippet mode: moves with Tab to the placeholder whose text is `placeholder` (closing a
   * choice list first, which keeps its first choice). Throws when it is not reached.
   */
  async snippetSelectPlaceholder(placeholder: string, maxTabs = 8): Promise<void> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    const status = this.page.locator('[id="status.editor.selection"]');
    const seen: string[] = [];
    for (let i = 0; i <= maxTabs; i++) {
      if (await widget.isVisible()) {
        await this.page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden', timeout: 10_000 });
      }
      // The status bar follows the selection; wait for it to say "(N selected)" for our text.
      const want = new RegExp(`\\(${placeholder.length} selected\\)`);
      if (await status.filter({ hasText: want }).count()) {
        const sel = await this.selectedText();
        if (sel === placeholder) return;
        seen.push(sel);
      }
      if (i === maxTabs) break;
      const before = await status.innerText();
      await this.page.keyboard.press('Tab');
      await this.page.waitForFunction((b) => document.querySelector('[id="status.editor.selection"]')?.textContent !== b,
        before, { timeout: 5_000 }).catch(() => undefined);
    }
    throw new Error(`snippet placeholder "${placeholder}" not reached with Tab (selections seen: ${JSON.stringify(seen)})`);
  }

  /** Waits for the suggest widget (completion, or a snippet's choice list) to show. */
  async waitForSuggest(): Promise<void> {
    await this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** Closes the active editor, discarding its changes ("View: Revert and Close Editor"). */
  async revertAndClose(): Promise<void> {
    const tabs = this.page.locator('.tabs-container .tab');
    const before = await tabs.count();
    if (!before) return;
    await this.runCommand('View: Revert and Close Editor');
    await this.page.waitForFunction((n) => document.querySelectorAll('.tabs-container .tab').length < n, before, { timeout: 10_000 });
  }

  /** package.json of each extension installed from the .vsix (by "publisher.name"). */
  installedManifests(): Record<string, any> {
    const out: Record<string, any> = {};
    for (const d of fs.existsSync(this.extensionsDir) ? fs.readdirSync(this.extensionsDir) : []) {
      const f = path.join(this.extensionsDir, d, 'package.json');
      if (!fs.existsSync(f)) continue;
      const m = JSON.parse(fs.readFileSync(f, 'utf8'));
      out[`${m.publisher}.${m.name}`] = m;
    }
    return out;
  }

  // ------------------------------------------------------------------ artifacts

  async screenshot(name: string): Promise<string> {
    const file = path.join(this.outDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    // animations: 'disabled' finishes fade-ins (the hover), so the picture is what a person sees.
    await this.page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }

  /** Logs dir of this run: <user-data-dir>/logs/<timestamp>/ (latest). */
  logsDirs(): string[] {
    const root = path.join(this.userDataDir, 'logs');
    if (!fs.existsSync(root)) return [];
    return fs.readdirSync(root).map((d) => path.join(root, d)).filter((d) => fs.statSync(d).isDirectory());
  }

  /** All log files (extension host, output channels, server) of this run. */
  logFiles(): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) walk(f);
        else if (e.name.endsWith('.log')) out.push(f);
      }
    };
    for (const d of this.logsDirs()) walk(d);
    return out;
  }

  /** Extension host log text (remote extension host, where our extension runs). */
  extensionHostLog(): string {
    return this.logFiles().filter((f) => /exthost/i.test(f))
      .map((f) => `==> ${path.relative(this.userDataDir, f)} <==\n${fs.readFileSync(f, 'utf8')}`).join('\n');
  }

  /** Saves a screenshot, the extension host log, every log file, and the server/console output. */
  async saveFailureArtifacts(name: string): Promise<string> {
    const dir = path.join(this.outDir, 'failures', name.replace(/[^\w.-]+/g, '_'));
    fs.mkdirSync(dir, { recursive: true });
    try { if (this.page) await this.page.screenshot({ path: path.join(dir, 'screenshot.png'), timeout: 10_000 }); } catch (e) { log('screenshot failed', e); }
    try {
      fs.writeFileSync(path.join(dir, 'exthost.log'), this.extensionHostLog());
      for (const f of this.logFiles()) {
        const dest = path.join(dir, 'logs', path.relative(path.join(this.userDataDir, 'logs'), f));
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        fs.copyFileSync(f, dest);
      }
    } catch (e) { log('copying logs failed', e); }
    fs.writeFileSync(path.join(dir, 'code-server.log'), this.serverLog.join(''));
    fs.writeFileSync(path.join(dir, 'browser-console.log'), this.consoleLog.join('\n'));
    return dir;
  }

  /** Stops chromium and the code-server process group; removes the scratch folder. */
  async stop(opts: { keepScratch?: boolean } = {}): Promise<void> {
    try { await this.context?.close(); } catch { /* already gone */ }
    try { await this.browser?.close(); } catch { /* already gone */ }
    const srv = this.server;
    if (srv && srv.exitCode === null && srv.signalCode === null && srv.pid) {
      const exited = new Promise<void>((r) => srv.once('exit', () => r()));
      try { process.kill(-srv.pid, 'SIGTERM'); } catch { /* gone */ }
      const t = setTimeout(() => { try { process.kill(-srv.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5_000);
      await exited;
      clearTimeout(t);
      try { process.kill(-srv.pid, 'SIGKILL'); } catch { /* group already empty */ }
    }
    if (!opts.keepScratch && !process.env.VN_NOTICE_E2E_KEEP) fs.rmSync(this.scratch, { recursive: true, force: true });
  }
}

interface RawRow {
  index: number; kind: 'file' | 'marker'; label: string; name: string; badge?: string;
  sev: string; message: string; source: string; code: string; pos: string;
}

function toProblem(r: RawRow, file: string): Problem {
  const severity: Problem['severity'] = /\berror\b/.test(r.sev) ? 'error' : /\bwarning\b/.test(r.sev) ? 'warning'
    : /\binfo\b/.test(r.sev) ? 'info' : /\bhint\b/.test(r.sev) ? 'hint' : 'unknown';
  const pos = /(\d+)\D+(\d+)/.exec(r.pos);
  return {
    file, severity, message: r.message, source: r.source, code: r.code,
    line: pos ? Number(pos[1]) : undefined, column: pos ? Number(pos[2]) : undefined, label: r.label,
  };
}

/**
 * The mocha hooks every end-to-end suite needs: after a failed test its artifacts (screenshot,
 * extension host log) are saved; after every test no editor, widget or quick input is left, so
 * that each scenario starts the same way; the editor stops after the suite.
 */
export function cleanUpAfterEachTest(editor: () => VsCode | undefined): void {
  afterEach(async function () {
    const vs = editor();
    if (!vs) return;
    if (this.currentTest?.state === 'failed') {
      const dir = await vs.saveFailureArtifacts(this.currentTest.fullTitle());
      console.error(`    failure artifacts (screenshot, extension host log): ${path.relative(REPO_ROOT, dir)}`);
    }
    await vs.dismissWidgets();
    await vs.closeQuickInput();
    while (await vs.page.locator('.tabs-container .tab').count()) await vs.revertAndClose();
  });
  after(async function () {
    await editor()?.stop();
  });
}

export function formatProblems(s: ProblemsSnapshot): string {
  const lines = [`badge=${s.badge} files=${JSON.stringify(s.files)}`];
  for (const p of s.problems) lines.push(`  ${p.file} ${p.severity} ${p.source}(${p.code}) [${p.line}:${p.column}] ${p.message}`);
  return lines.join('\n');
}

/** Counts problems by code (rule id), e.g. { 'structure/missing-end-mark': 1 }. */
export function countByCode(problems: Problem[], source?: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of problems) if (!source || p.source === source) out[p.code] = (out[p.code] ?? 0) + 1;
  return out;
}
