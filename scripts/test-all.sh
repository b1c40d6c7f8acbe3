#!/usr/bin/env bash
# The full test command (README): build, type-check, generated files, unit + golden +
# protocol + CLI + load + fuzz suites, then the real-editor install and the end-to-end suite.
# Prints the time each stage took; fails loudly on the first failing stage — the end-to-end
# stage is never skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0
stage() {
  local name="$1"; shift
  local t0=$SECONDS
  echo "::: stage: $name"
  if ! "$@"; then
    echo "::: stage FAILED: $name (after $((SECONDS - t0)) s)" >&2
    exit 1
  fi
  echo "::: stage done: $name in $((SECONDS - t0)) s"
}
stage "build (bundles, and the @vscode/test-electron suite)" bash -c "npm run build && node scripts/build-electron-tests.mjs"
stage "type-check" npm run typecheck
stage "generated files up to date" npm run check:generated
stage "unit, golden, protocol, CLI, load and fuzz tests" npx mocha
stage "real editor install (test/e2e/setup.sh)" bash test/e2e/setup.sh
stage "package the .vsix" npm run package
stage "end-to-end in a real VS Code" npx mocha --config test/e2e/.mocharc.json
echo "::: all stages passed in ${SECONDS} s"
