#!/usr/bin/env node
// Entry point of `npx kotae`: runs the compiled CLI (built by `npm ci`/`npm install` via `prepare`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('kotae: the build output (dist/) is missing; run `npm run build` first.\n');
  process.exit(1);
}
const { main, reportError } = await import(cli.href);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.exitCode = reportError(error);
  },
);
