/**
 * The compiled CLI (`node bin/kotae.js`) run as a child process on a tiny fixture corpus.
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir, writeTinyCorpus } from '../fixtures/tiny-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/kotae.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let work: string;

function kotae(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: work,
        env: { PATH: process.env.PATH ?? '', HOME: work, LOG_LEVEL: 'silent', KOTAE_LLM_PROVIDER: 'none' },
        timeout: 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let corpusDir: string;
let indexDir: string;
let questionsFile: string;
let indexRun: Run;

beforeAll(async () => {
  // dist/ is built by test/global-setup.ts.
  work = tempDir('kotae-cli-');
  corpusDir = writeTinyCorpus();
  indexDir = path.join(work, 'index');
  questionsFile = path.join(work, 'questions.jsonl');
  writeFileSync(
    questionsFile,
    [
      JSON.stringify({ id: 'q1', question: 'アモルファス合金の磁気特性は？' }),
      '',
      JSON.stringify({ id: 'q2', question: '対日直接投資の目標は？' }),
      JSON.stringify({ id: 'q3', question: '<@U123>' }),
    ].join('\n'),
  );
  indexRun = await kotae(['index', '--corpus', corpusDir, '--index', indexDir]);
});
afterAll(() => {
  removeDir(work);
  removeDir(corpusDir);
});

describe('kotae CLI', () => {
  it('--help exits 0 with usage text listing the commands', async () => {
    const run = await kotae(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: kotae <command>');
    for (const command of ['index', 'search', 'ask', 'serve']) expect(run.stdout).toContain(command);
  });

  it('search --help exits 0 with the search usage', async () => {
    const run = await kotae(['search', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: kotae search');
    expect(run.stdout).toContain('--k N');
  });

  it('index builds the index and reports what it did', () => {
    expect(indexRun.code, indexRun.stderr).toBe(0);
    expect(indexRun.stdout).toMatch(/indexed 3 reports, \d+ passages \(3 analysed, 0 unchanged\)/);
    expect(existsSync(path.join(indexDir, 'manifest.json'))).toBe(true);
  });

  it('index a second time reuses every report', async () => {
    const run = await kotae(['index', '--corpus', corpusDir, '--index', indexDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\(0 analysed, 3 unchanged\)/);
  });

  it('search --json prints {query, results:[{doc,text,score,title,section,lines}]}', async () => {
    const run = await kotae(['search', '--index', indexDir, '--json', 'アモルファス合金の研究']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      query: string;
      results: { doc: string; text: string; score: number; title: string; section: string[]; lines: number[] }[];
    };
    expect(out.query).toBe('アモルファス合金の研究');
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.results.length).toBeLessThanOrEqual(5);
    for (const result of out.results) {
      expect(typeof result.doc).toBe('string');
      expect(typeof result.text).toBe('string');
      expect(typeof result.score).toBe('number');
      expect(typeof result.title).toBe('string');
      expect(Array.isArray(result.section)).toBe(true);
      expect(result.lines).toHaveLength(2);
    }
    expect(out.results[0]!.doc).toBe('amorphous.txt');
    expect(out.results[0]!.title).toBe('アモルファス合金の研究開発');
  });

  it('search --k 1 returns one result', async () => {
    const run = await kotae(['search', '--index', indexDir, '--k', '1', '--json', 'ドイツ']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { results: unknown[] }).results).toHaveLength(1);
  });

  it('search --questions prints one JSON line per question with the same id', async () => {
    const run = await kotae(['search', '--index', indexDir, '--json', '--questions', questionsFile]);
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.id)).toEqual(['q1', 'q2', 'q3']);
    const first = lines[0]!.results as { doc: string }[];
    expect(first[0]!.doc).toBe('amorphous.txt');
  });

  it('ask --json --questions prints id/answer/abstained/citations lines', async () => {
    const run = await kotae(['ask', '--index', indexDir, '--json', '--questions', questionsFile]);
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.id)).toEqual(['q1', 'q2', 'q3']);
    for (const line of lines) {
      expect(typeof line.answer).toBe('string');
      expect(typeof line.abstained).toBe('boolean');
      expect(Array.isArray(line.citations)).toBe(true);
    }
    const q1 = lines[0]! as { abstained: boolean; citations: { doc: string; quote: string; text: string }[] };
    expect(q1.abstained).toBe(false);
    expect(q1.citations[0]!.doc).toBe('amorphous.txt');
    for (const citation of q1.citations) expect(citation.text).toContain(citation.quote);
    // A mention-only question is answered with the polite refusal, not a crash.
    expect(lines[2]).toMatchObject({ abstained: true, citations: [] });
    expect(String(lines[2]!.answer)).toMatch(/ください/);
  });

  it('ask --json prints a whole Answer', async () => {
    const run = await kotae(['ask', '--index', indexDir, '--json', '対日直接投資の目標は？']);
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { question: string; composer: string; citations: unknown[] };
    expect(answer.question).toBe('対日直接投資の目標は？');
    expect(answer.composer).toBe('extractive');
  });

  it('ask "" exits non-zero with a clear message', async () => {
    const run = await kotae(['ask', '--index', indexDir, '']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('質問を指定してください');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('search --k abc exits 2 naming --k', async () => {
    const run = await kotae(['search', '--index', indexDir, '--k', 'abc', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--k');
    expect(run.stderr).toContain('abc');
  });

  it('an unknown option exits 2 naming it', async () => {
    const run = await kotae(['search', '--nope', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--nope');
  });

  it('an unknown command exits 2', async () => {
    const run = await kotae(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command');
  });

  it('search on a directory without an index exits 1 saying how to build one', async () => {
    const run = await kotae(['search', '--index', path.join(work, 'no-index'), 'x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no index|--corpus/);
  });
});
