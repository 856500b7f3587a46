#!/usr/bin/env node
// Thin launcher: the CLI bundle lives in dist/bundle/ (built by `npm install` through `prepare`).
import('../dist/bundle/index.js');
