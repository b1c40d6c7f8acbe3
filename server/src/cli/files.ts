/**
 * Finding and reading the files to check. Directories are walked for notice files; every
 * way a file can be unusable (missing, unreadable, binary, not UTF-8) becomes a UsageError
 * with a one-line message.
 */
import * as fs from 'fs';
import * as path from 'path';
import { looksLikeNotice } from '../core/detect';
import { UsageError } from './errors';

/** Files that are notices by name (PRODUCT.md: the vn-notice language's file patterns). */
const NOTICE_SUFFIXES = ['.tb.md', '.notice.md', '.tb.txt'];
/** Files that are checked when their text looks like a notice. */
const MAYBE_SUFFIXES = ['.md', '.txt'];

export interface InputFile {
  /** The path shown to the user (as given, or joined under the directory given). */
  display: string;
  absolute: string;
  text: string;
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}

/** Reads a file as UTF-8 text, keeping a BOM (fix must write it back). */
export function readTextFile(display: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(display);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`không tìm thấy tệp: ${display} (file not found)`);
    if (code === 'EISDIR') throw new UsageError(`${display} là thư mục (is a directory)`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`không có quyền đọc tệp: ${display} (permission denied)`);
    throw new UsageError(`không đọc được tệp: ${display} (${code ?? 'unreadable'})`);
  }
  // NUL in the first 8 KB: binary, as git decides it.
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${display} là tệp nhị phân, không phải văn bản thông báo (binary file)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${display} không phải văn bản UTF-8 (not UTF-8 text)`);
  }
}

function isNoticeName(name: string): boolean {
  return NOTICE_SUFFIXES.some((s) => name.toLowerCase().endsWith(s));
}

function isMaybeNoticeName(name: string): boolean {
  return MAYBE_SUFFIXES.some((s) => name.toLowerCase().endsWith(s));
}

/** Notice files under a directory, sorted; skips node_modules and dot-directories. */
function walk(dir: string, out: InputFile[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`không đọc được thư mục: ${dir} (${errorCode(err) ?? 'unreadable'})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      walk(p, out);
      continue;
    }
    // A symlink counts only when it points at a file (following linked folders could loop).
    const isFile = e.isFile() || (e.isSymbolicLink() && fs.statSync(p, { throwIfNoEntry: false })?.isFile());
    if (!isFile) continue;
    if (isNoticeName(e.name)) {
      out.push({ display: p, absolute: path.resolve(p), text: readTextFile(p) });
    } else if (isMaybeNoticeName(e.name)) {
      // An ordinary .md/.txt (a README) is skipped quietly, also when it cannot be decoded.
      let text: string;
      try {
        text = readTextFile(p);
      } catch {
        continue;
      }
      if (looksLikeNotice(text)) out.push({ display: p, absolute: path.resolve(p), text });
    }
  }
}

/** Expands the command line's files and directories into the files to check. */
export function collectInputs(paths: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(given, { throwIfNoEntry: false });
    } catch (err) {
      // ELOOP (a symlink loop), EACCES on a parent folder …: there, but not readable.
      throw new UsageError(`không đọc được: ${given} (${errorCode(err) ?? 'unreadable'})`);
    }
    if (!st) throw new UsageError(`không tìm thấy tệp hoặc thư mục: ${given} (no such file or directory)`);
    let found: InputFile[];
    if (st.isDirectory()) {
      found = [];
      walk(given, found);
      if (found.length === 0) throw new UsageError(`thư mục ${given} không có thông báo nào (no notice files found in directory)`);
    } else {
      found = [{ display: given, absolute: path.resolve(given), text: readTextFile(given) }];
    }
    for (const f of found) {
      if (seen.has(f.absolute)) continue;
      seen.add(f.absolute);
      out.push(f);
    }
  }
  return out;
}

/**
 * Writes a file atomically: a temporary file in the same directory (same file system, so
 * rename is atomic), then rename over the original. A crash never leaves half a notice.
 */
export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.vn-notice-${process.pid}-${Date.now().toString(36)}.tmp`);
  const mode = fs.statSync(file, { throwIfNoEntry: false })?.mode;
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', mode, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new UsageError(`không ghi được tệp: ${file} (${errorCode(err) ?? 'write failed'})`);
  }
}
