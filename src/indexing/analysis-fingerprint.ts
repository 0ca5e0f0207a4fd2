/**
 * A fingerprint of the code that turns a report into chunks and terms (corpus/, chunking/, text/
 * and the index text of a chunk). An index reuses the chunks of an unchanged file only when this
 * matches: a change to the chunker or the tokenizer re-analyses everything, even when nobody
 * remembered to bump TOKENIZER_ID.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Module folders (relative to this file's folder) whose code decides chunks and terms. */
const ANALYSIS_DIRS = ['../corpus', '../chunking', '../text'];
const ANALYSIS_FILES = ['index-text'];

let cached: string | undefined;

/** sha256 (16 hex digits) over the source of the analysis modules, as they run (.js or .ts). */
export function analysisFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const here = new URL('.', import.meta.url);
  const sources = (dir: URL) =>
    readdirSync(fileURLToPath(dir))
      .filter((name) => /\.[jt]s$/.test(name) && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => new URL(name, dir));
  const files = [
    ...ANALYSIS_DIRS.flatMap((dir) => sources(new URL(`${dir}/`, here))),
    ...sources(here).filter((file) =>
      ANALYSIS_FILES.some((name) => file.pathname.endsWith(`/${name}.js`) || file.pathname.endsWith(`/${name}.ts`)),
    ),
  ];
  for (const file of files) {
    hash.update(file.pathname.split('/').slice(-2).join('/'));
    hash.update(readFileSync(file));
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
