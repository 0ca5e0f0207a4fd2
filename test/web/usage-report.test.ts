import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/answer.js';
import type { PassageContext } from '../../src/chat/chat-service.js';
import { openQuestionDatabase } from '../../src/storage/database.js';
import { SqliteQuestionLog } from '../../src/storage/sqlite-question-log.js';
import { buildUsageReport, formatUsageReport, runReportCommand } from '../../src/storage/usage-report.js';
import { FAKE_PASSAGES, fakeCitation } from '../fakes/fake-chat-service.js';
import { collectingLogger } from '../fakes/web-logger.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kotae-report-'));
  dirs.push(dir);
  return dir;
}

const [first, second] = FAKE_PASSAGES as [PassageContext, PassageContext];
function answer(question: string, abstained: boolean, cited: PassageContext[] = []): Answer {
  return {
    question,
    lang: 'ja',
    text: abstained ? '該当する記述が見つかりませんでした。' : '回答 [1]',
    abstained,
    abstainReason: abstained ? 'no match' : null,
    confidence: abstained ? 0.1 : 0.8,
    citations: cited.map((passage, i) => fakeCitation(i + 1, passage)),
    related: [],
    suggestions: [],
    composer: 'extractive',
  };
}

function seed(dataDir: string): void {
  const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger([]) });
  const record = (
    surface: 'web' | 'slack' | 'discord',
    question: string,
    abstained: boolean,
    cited: PassageContext[],
  ) => log.recordAnswer({ surface, question, answer: answer(question, abstained, cited), latencyMs: 20 });
  record('web', 'LL事業とは？', false, [first, second]);
  const down = record('slack', 'LL事業の期間は？', false, [first]);
  record('discord', "it's OWLとは？", false, [second, first]);
  record('web', '宇宙開発の予算は？', true, []);
  log.recordFeedback({ questionId: down, vote: 'down', comment: '期間が書かれていない', surface: 'slack' });
  log.recordFeedback({ questionId: down, vote: 'up', surface: 'web' });
  log.close();
}

describe('usage report', () => {
  it('counts questions per day and surface, abstentions, gaps and most cited passages', () => {
    const dataDir = tempDir();
    seed(dataDir);
    const db = openQuestionDatabase(dataDir);
    const report = buildUsageReport(db);
    db.close();

    expect(report.questions).toBe(4);
    expect(report.abstained).toBe(1);
    expect(report.abstentionRate).toBeCloseTo(0.25);
    expect(report.votes).toEqual({ up: 1, down: 1 });
    expect(report.perDay).toHaveLength(1);
    expect(report.perDay[0]?.bySurface).toEqual({ web: 2, slack: 1, discord: 1, cli: 0 });
    expect(report.gaps.map((gap) => gap.question).sort()).toEqual(['LL事業の期間は？', '宇宙開発の予算は？']);
    expect(report.gaps.find((gap) => gap.downVotes === 1)?.comments).toEqual(['期間が書かれていない']);
    expect(report.topPassages.map((passage) => [passage.passageId, passage.citations])).toEqual([
      ['001-0007', 3],
      ['003-0042', 2],
    ]);

    const text = formatUsageReport(report);
    expect(text).toContain('25.0%');
    expect(text).toContain('宇宙開発の予算は？');
    expect(text).toContain('コメント: 期間が書かれていない');
    expect(text).toMatch(/3×\s+001-0007/);
  });

  it('an empty database reports zeros, not NaN', () => {
    const dataDir = tempDir();
    openQuestionDatabase(dataDir).close();
    const db = openQuestionDatabase(dataDir);
    const report = buildUsageReport(db);
    db.close();
    expect(report).toMatchObject({ questions: 0, abstained: 0, abstentionRate: 0, votes: { up: 0, down: 0 } });
    expect(formatUsageReport(report)).not.toContain('NaN');
  });

  it('runReportCommand prints the report, or explains where the log is missing', () => {
    const dataDir = tempDir();
    const out = new PassThrough();
    runReportCommand(join(dataDir, 'nothing-here'), out);
    expect(String(out.read())).toContain('no question log at');

    seed(dataDir);
    const out2 = new PassThrough();
    runReportCommand(dataDir, out2);
    expect(String(out2.read())).toContain('kotae 利用レポート');
  });
});
