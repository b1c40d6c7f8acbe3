/**
 * Test-only requests, answered only when VN_NOTICE_TEST_HOOKS=1 (test/load/). Never registered
 * in normal use, so no client can call them.
 *  - `$/vnNotice/heap`: runs a full GC (when the server was started with --expose-gc) and
 *    returns the heap in use and the RSS, in bytes — for the "no unbounded growth" test.
 */
import type { Connection } from 'vscode-languageserver/node';

export const HEAP_REQUEST = '$/vnNotice/heap';

export interface HeapReport { heapUsed: number; rss: number; gc: boolean }

export function registerTestHooks(connection: Connection, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.VN_NOTICE_TEST_HOOKS !== '1') return false;
  connection.onRequest(HEAP_REQUEST, (): HeapReport => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) gc();
    const m = process.memoryUsage();
    return { heapUsed: m.heapUsed, rss: m.rss, gc: !!gc };
  });
  return true;
}
