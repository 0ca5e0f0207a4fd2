/**
 * A fingerprint of the code that turns a report into chunks and terms (corpus/, chunking/, text/
 * and the index text of a chunk). An index reuses the chunks of an unchanged file only when this
 * matches: a change to the chunker or the tokenizer re-analyses everything, even when nobody
 * remembered to bump TOKENIZER_ID. Running from `src` (tests) and from `dist` gives different
 * fingerprints: an index built by one is re-analysed by the other, which costs time, not results.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = new URL('.', import.meta.url);
/** Module folders (relative to this file's folder) whose code decides chunks and terms. */
const ANALYSIS_DIRS = ['../corpus/', '../chunking/', '../text/'].map((dir) => new URL(dir, HERE));
const ANALYSIS_FILES = [/^index-text\.[jt]s$/];

/** Source modules of a folder as they run (.js or .ts; no declarations, maps or tests), sorted. */
function modules(dir: URL, only?: RegExp[]): URL[] {
  return readdirSync(fileURLToPath(dir))
    .filter((name) => /\.[jt]s$/.test(name) && !/\.(d|test)\.ts$/.test(name))
    .filter((name) => !only || only.some((re) => re.test(name)))
    .sort()
    .map((name) => new URL(name, dir));
}

/** sha256 (16 hex digits) over the names and contents of the given module files. */
export function fingerprintOf(files: readonly URL[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file.pathname.split('/').slice(-2).join('/'));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The files of the analysis code: what `analysisFingerprint` hashes. */
export function analysisFiles(dirs: readonly URL[] = ANALYSIS_DIRS, here: URL = HERE): URL[] {
  return [...dirs.flatMap((dir) => modules(dir)), ...modules(here, ANALYSIS_FILES)];
}

// Taken when the module loads, so that a long-running server whose files are replaced on disk still
// stamps its indexes with the code it runs. A layout without these folders (a bundle) cannot tell.
const FINGERPRINT = (() => {
  try {
    return fingerprintOf(analysisFiles());
  } catch {
    return 'unknown';
  }
})();

export function analysisFingerprint(): string {
  return FINGERPRINT;
}
