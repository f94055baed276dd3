#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (compiled by `npm run build`, and before `npm pack` by prepack).
import { main } from '../lib/src/cli.js';

process.exitCode = await main(process.argv, {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
