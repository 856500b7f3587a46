#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm install` through `prepare`).
import('../dist/index.js');
