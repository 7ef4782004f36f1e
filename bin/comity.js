#!/usr/bin/env node
// Entry point of the `comity` command: loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
if (code !== 0 || process.argv[2] !== 'start') process.exitCode = code;
