#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled by `npm run build` into dist/cli.js.
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('vn-notice: chưa build — hãy chạy `npm run build` trước (dist/cli.js is missing; run `npm run build`).\n');
  process.exit(2);
}
require(bundle);
