/**
 * What the end-to-end tests of `kotae serve` share: the environment a fresh server runs with (the
 * real corpus, its own index and data under `work`, port 0 on 127.0.0.1, no chat tokens) and the wait
 * for the URL it logs once it serves.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function serveEnv(work: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    KOTAE_CORPUS_DIR: path.join(ROOT, 'corpus'),
    KOTAE_INDEX_DIR: path.join(work, 'index'),
    KOTAE_DATA_DIR: path.join(work, 'data'),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
  };
}

/**
 * Collects what `child` writes on the streams it pipes and resolves with the web chat's URL once it
 * is logged; rejects if the process exits first or `timeoutMs` passes. `output()` is all text read.
 */
export function servedUrl(child: ChildProcess, timeoutMs: number): { url: Promise<string>; output: () => string } {
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`kotae serve did not start in ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    const read = (data: Buffer) => {
      output += data.toString();
      const match = /web chat on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kotae serve exited with ${code}:\n${output}`));
    });
  });
  return { url, output: () => output };
}
