/**
 * Entry of the bundled CLI (dist/cli.js, loaded by bin/vn-notice.js). process.exitCode, not
 * process.exit, so piped output is flushed completely.
 */
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
});
