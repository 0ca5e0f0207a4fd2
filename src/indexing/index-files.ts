/**
 * Reading and writing the files of an index directory. Every file is written to a temporary name
 * and renamed, and the manifest (with the sha256 of every other file) is written last: an index
 * cut short by a crash has no valid manifest and is rebuilt rather than half-loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, IndexError } from '../errors.js';
import { type Manifest, ManifestSchema } from './manifest.js';

export const MANIFEST_FILE = 'manifest.json';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function writeAtomic(file: string, data: Uint8Array | string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, data);
  renameSync(temp, file);
  return sha256(data);
}

export function readManifest(indexDir: string): Manifest {
  const file = path.join(indexDir, MANIFEST_FILE);
  if (!existsSync(file)) {
    throw new IndexError(ErrorCode.IndexMissing, `index: no index in ${indexDir} (run \`npx kotae index\`)`);
  }
  try {
    return ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new IndexError(
      ErrorCode.IndexCorrupt,
      `index: ${file} is damaged or incomplete; rebuild with \`npx kotae index\``,
      {
        cause: error,
      },
    );
  }
}

/** Reads an index artifact and checks it against the manifest's hash. */
export function readArtifact(indexDir: string, manifest: Manifest, name: string): Buffer {
  const expected = manifest.artifacts[name];
  const file = path.join(indexDir, name);
  if (!expected || !existsSync(file)) {
    throw new IndexError(ErrorCode.IndexCorrupt, `index: ${file} is missing; rebuild with \`npx kotae index\``);
  }
  const data = readFileSync(file);
  if (sha256(data) !== expected) {
    throw new IndexError(
      ErrorCode.IndexCorrupt,
      `index: ${file} does not match its manifest (damaged or partly written); rebuild with \`npx kotae index\``,
    );
  }
  return data;
}

export function removeIndex(indexDir: string): void {
  rmSync(path.join(indexDir, MANIFEST_FILE), { force: true });
}
