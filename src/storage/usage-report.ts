/**
 * `npx kotae report`: what staff asked, where, how often kotae could not answer, which questions
 * found gaps in the shelf of reports (abstained or 👎), and which passages are cited most.
 */
import { existsSync } from 'node:fs';
import type { Surface } from '../chat/chat-service.js';
import { databasePath, openQuestionDatabase, type SqliteDatabase } from './database.js';

export const SURFACES: readonly Surface[] = ['web', 'slack', 'discord', 'cli'];

export interface UsageReportOptions {
  /** How many days back, counting today. Default 30. */
  days?: number;
  /** Longest list of gaps / cited passages. Default 20 / 10. */
  gapLimit?: number;
  passageLimit?: number;
  now?: Date;
}

export interface DayUsage {
  /** Local date, YYYY-MM-DD. */
  day: string;
  bySurface: Record<Surface, number>;
  total: number;
}

export interface Gap {
  questionId: string;
  askedAt: string;
  surface: string;
  question: string;
  abstained: boolean;
  downVotes: number;
  comments: string[];
}

export interface CitedPassage {
  passageId: string;
  doc: string;
  title: string;
  section: string;
  lines: [number, number];
  citations: number;
}

export interface UsageReport {
  since: string;
  days: number;
  questions: number;
  abstained: number;
  /** 0..1; 0 when there were no questions. */
  abstentionRate: number;
  meanLatencyMs: number | null;
  votes: { up: number; down: number };
  perDay: DayUsage[];
  gaps: Gap[];
  topPassages: CitedPassage[];
}

export function buildUsageReport(db: SqliteDatabase, options: UsageReportOptions = {}): UsageReport {
  const days = options.days ?? 30;
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - days * 86_400_000).toISOString();

  const totals = db
    .prepare(
      `SELECT COUNT(*) AS questions, COALESCE(SUM(abstained), 0) AS abstained, AVG(latency_ms) AS meanLatency
       FROM questions WHERE asked_at >= ?`,
    )
    .get(since) as { questions: number; abstained: number; meanLatency: number | null };

  const votes = db
    .prepare(
      `SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down
       FROM feedback WHERE created_at >= ?`,
    )
    .get(since) as { up: number; down: number };

  const dayRows = db
    .prepare(
      `SELECT date(asked_at, 'localtime') AS day, surface, COUNT(*) AS count
       FROM questions WHERE asked_at >= ? GROUP BY day, surface ORDER BY day`,
    )
    .all(since) as { day: string; surface: string; count: number }[];
  const perDay = new Map<string, DayUsage>();
  for (const row of dayRows) {
    const usage = perDay.get(row.day) ?? {
      day: row.day,
      bySurface: { web: 0, slack: 0, discord: 0, cli: 0 },
      total: 0,
    };
    if ((SURFACES as string[]).includes(row.surface)) usage.bySurface[row.surface as Surface] += row.count;
    usage.total += row.count;
    perDay.set(row.day, usage);
  }

  const gapRows = db
    .prepare(
      `SELECT q.id AS questionId, q.asked_at AS askedAt, q.surface, q.question, q.abstained,
         COUNT(f.id) AS downVotes, json_group_array(f.comment) AS comments
       FROM questions q
       LEFT JOIN feedback f ON f.question_id = q.id AND f.vote = 'down'
       WHERE q.asked_at >= ?
       GROUP BY q.id
       HAVING q.abstained = 1 OR COUNT(f.id) > 0
       ORDER BY q.asked_at DESC
       LIMIT ?`,
    )
    .all(since, options.gapLimit ?? 20) as {
    questionId: string;
    askedAt: string;
    surface: string;
    question: string;
    abstained: number;
    downVotes: number;
    comments: string;
  }[];
  const gaps = gapRows.map((row) => ({
    ...row,
    abstained: row.abstained === 1,
    comments: (JSON.parse(row.comments) as (string | null)[]).filter((comment): comment is string => !!comment),
  }));

  const passageRows = db
    .prepare(
      `SELECT c.passage_id AS passageId, c.doc, c.title, c.section, MIN(c.line_start) AS lineStart,
         MAX(c.line_end) AS lineEnd, COUNT(*) AS citations
       FROM citations c JOIN questions q ON q.id = c.question_id
       WHERE q.asked_at >= ?
       GROUP BY c.passage_id
       ORDER BY citations DESC, c.passage_id
       LIMIT ?`,
    )
    .all(since, options.passageLimit ?? 10) as (Omit<CitedPassage, 'lines'> & { lineStart: number; lineEnd: number })[];
  const topPassages = passageRows.map(({ lineStart, lineEnd, ...rest }) => ({
    ...rest,
    lines: [lineStart, lineEnd] as [number, number],
  }));

  return {
    since,
    days,
    questions: totals.questions,
    abstained: totals.abstained,
    abstentionRate: totals.questions === 0 ? 0 : totals.abstained / totals.questions,
    meanLatencyMs: totals.meanLatency,
    votes,
    perDay: [...perDay.values()],
    gaps,
    topPassages,
  };
}

export function formatUsageReport(report: UsageReport, source = ''): string {
  const lines: string[] = [];
  const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  lines.push(`kotae 利用レポート (usage report)${source ? ` — ${source}` : ''}`);
  lines.push(`期間 (period): 直近 ${report.days} 日 (since ${report.since.slice(0, 10)})`);
  lines.push('');
  lines.push(
    `質問 (questions): ${report.questions}   回答なし (abstained): ${report.abstained} (${percent(report.abstentionRate)})` +
      `   👍 ${report.votes.up} / 👎 ${report.votes.down}` +
      (report.meanLatencyMs === null ? '' : `   平均応答 (mean latency): ${Math.round(report.meanLatencyMs)} ms`),
  );

  lines.push('', '日別・窓口別の質問数 (questions per day and surface)');
  if (report.perDay.length === 0) {
    lines.push('  (この期間の質問はありません / no questions in this period)');
  } else {
    const header = ['day       ', ...SURFACES, 'total'];
    lines.push(`  ${header.map((cell, i) => (i === 0 ? cell : cell.padStart(9))).join('')}`);
    for (const day of report.perDay) {
      const cells = [...SURFACES.map((surface) => String(day.bySurface[surface])), String(day.total)];
      lines.push(`  ${day.day}${cells.map((cell) => cell.padStart(9)).join('')}`);
    }
  }

  lines.push('', '回答できなかった・👎の質問 (gaps: abstained or voted down)');
  if (report.gaps.length === 0) lines.push('  (なし / none)');
  for (const gap of report.gaps) {
    const tags = [gap.abstained ? '回答なし' : '', gap.downVotes > 0 ? `👎×${gap.downVotes}` : ''].filter(Boolean);
    lines.push(`  ${gap.askedAt.slice(0, 10)} ${gap.surface.padEnd(7)} [${tags.join(' ')}] ${oneLine(gap.question)}`);
    for (const comment of gap.comments) lines.push(`      コメント: ${oneLine(comment)}`);
  }

  lines.push('', 'よく引用された箇所 (most cited passages)');
  if (report.topPassages.length === 0) lines.push('  (なし / none)');
  for (const passage of report.topPassages) {
    lines.push(
      `  ${String(passage.citations).padStart(4)}×  ${passage.passageId}  ${passage.title}` +
        `${passage.section ? ` › ${passage.section}` : ''} (${passage.doc} 行 ${passage.lines[0]}–${passage.lines[1]})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `npx kotae report`: prints the usage report for `<dataDir>/kotae.sqlite`. */
export function runReportCommand(dataDir: string, out: NodeJS.WritableStream, options: UsageReportOptions = {}): void {
  const path = databasePath(dataDir);
  if (!existsSync(path)) {
    out.write(
      `kotae report: no question log at ${path} yet. It is created when the first question is answered ` +
        '(npm start, then ask in the web chat); set KOTAE_DATA_DIR if the data lives elsewhere.\n',
    );
    return;
  }
  const db = openQuestionDatabase(dataDir, { fileMustExist: true });
  try {
    out.write(formatUsageReport(buildUsageReport(db, options), path));
  } finally {
    db.close();
  }
}

function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
