#!/usr/bin/env node
// Thin launcher: the CLI bundle lives in dist/cli/ (built by `npm install` through `prepare`).
import('../dist/cli/index.js');
