#!/usr/bin/env node
// Entry point of `npx kotae`: runs the compiled CLI (built by `npm ci`/`npm install` via `prepare`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('kotae: the build output (dist/) is missing; run `npm run build` first.\n');
  process.exit(1);
}
// Start loading kuromoji's dictionary (~1 s) before the rest of the CLI is imported, so the two
// overlap: the dictionary is read and inflated off the main thread.
const [command] = process.argv.slice(2);
if (['search', 'ask', 'onboard', 'serve', 'index'].includes(command) && !process.argv.includes('--help')) {
  const { getTokenizer } = await import(new URL('../dist/text/kuromoji-tokenizer.js', import.meta.url).href);
  getTokenizer().catch(() => {}); // errors surface again where the tokenizer is awaited
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
