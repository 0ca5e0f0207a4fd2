/**
 * Reads the corpus directory: every `.txt`/`.md` file is a report. Metadata comes from
 * `sources.json` (`{"reports": [{"file", "title", "publisher", "author", "date"}]}`), from an optional
 * sidecar `<file>.json` with the same fields, or is derived (title = first non-empty line).
 * A file that cannot be decoded is reported and skipped; the rest still load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod/v4';
import { CorpusError, DecodeError } from '../errors.js';
import { repairDisplay } from '../text/normalize.js';
import { decodeReport } from './decode.js';
import type { Report, ReportMeta } from './report.js';

const MetaSchema = z.object({
  file: z.string().optional(),
  title: z.string().min(1).optional(),
  publisher: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
});
const SourcesSchema = z.object({ reports: z.array(MetaSchema.extend({ file: z.string() })) });
type Meta = z.infer<typeof MetaSchema>;

export interface LoadedCorpus {
  reports: Report[];
  /** Files that were skipped, with the reason (already phrased for a person). */
  skipped: { doc: string; reason: string; hash: string }[];
}

const REPORT_FILE = /\.(txt|md)$/i;

export function listReportFiles(corpusDir: string): string[] {
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    throw new CorpusError(`corpus: directory not found: ${corpusDir} (set --corpus or KOTAE_CORPUS_DIR)`);
  }
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (REPORT_FILE.test(entry.name) && !/^readme\.md$/i.test(entry.name)) files.push(full);
    }
  };
  walk(corpusDir);
  return files.map((file) => path.relative(corpusDir, file).split(path.sep).join('/'));
}

export function readSources(corpusDir: string): Map<string, Meta> {
  const file = path.join(corpusDir, 'sources.json');
  const map = new Map<string, Meta>();
  if (!existsSync(file)) return map;
  let parsed: z.infer<typeof SourcesSchema>;
  try {
    parsed = SourcesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new CorpusError(`corpus: ${file} is not valid ({"reports": [{"file", "title", ...}]}): ${String(error)}`, {
      cause: error,
    });
  }
  for (const entry of parsed.reports) map.set(entry.file, entry);
  return map;
}

function readSidecar(corpusDir: string, doc: string): Meta | undefined {
  const file = path.join(corpusDir, `${doc}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return MetaSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new CorpusError(`corpus: metadata file ${file} is not valid: ${String(error)}`, { cause: error });
  }
}

/**
 * One hash over the metadata files (sources.json and every `<report>.json` sidecar): an index is
 * stale when a title or date changes, not only when a report does.
 */
export function metadataHash(corpusDir: string): string {
  const hash = createHash('sha256');
  const sources = path.join(corpusDir, 'sources.json');
  if (existsSync(sources)) hash.update(readFileSync(sources));
  for (const doc of listReportFiles(corpusDir)) {
    const sidecar = path.join(corpusDir, `${doc}.json`);
    if (existsSync(sidecar)) hash.update(doc).update(readFileSync(sidecar));
  }
  return hash.digest('hex');
}

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function loadReport(corpusDir: string, doc: string, sources: Map<string, Meta>): Report {
  const bytes = readFileSync(path.join(corpusDir, doc));
  const { text } = decodeReport(bytes, doc);
  const lines = text.split('\n');
  const meta = {
    ...(sources.get(doc) ?? sources.get(path.basename(doc)) ?? {}),
    ...(readSidecar(corpusDir, doc) ?? {}),
  };
  return { doc, hash: fileHash(bytes), lines, ...resolveMeta(meta, lines, doc) };
}

function resolveMeta(meta: Meta, lines: string[], doc: string): ReportMeta {
  const firstLine = lines.map(repairDisplay).find((line) => line.length > 0);
  return {
    title: meta.title ?? (firstLine ? firstLine.replace(/^#+\s*/, '').slice(0, 80) : doc),
    publisher: meta.publisher ?? null,
    author: meta.author ?? null,
    date: meta.date ?? null,
    ...(meta.topics ? { topics: meta.topics } : {}),
  };
}

export function loadCorpus(corpusDir: string): LoadedCorpus {
  const sources = readSources(corpusDir);
  const reports: Report[] = [];
  const skipped: LoadedCorpus['skipped'] = [];
  for (const doc of listReportFiles(corpusDir)) {
    try {
      reports.push(loadReport(corpusDir, doc, sources));
    } catch (error) {
      if (error instanceof DecodeError || error instanceof CorpusError) {
        // The hash lets a later start notice that the file was fixed.
        skipped.push({ doc, reason: error.message, hash: fileHash(readFileSync(path.join(corpusDir, doc))) });
      }
      else throw error;
    }
  }
  return { reports, skipped };
}
