/**
 * Classifies the lines of a converted report (PDF/PowerPoint → text): blank lines, headings,
 * bullets, table rows, source notes and slide headers repeated on every page.
 */
import { endsSentence, isBulletLine, isSourceLine, repairDisplay } from '../text/normalize.js';

export type LineKind = 'blank' | 'heading' | 'bullet' | 'table' | 'text';

export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
  kind: LineKind;
  /** Heading depth (1 = outermost), for headings. */
  level: number;
}

const MAX_HEADING_CHARS = 50;

interface HeadingPattern {
  re: RegExp;
  level: number;
  /** Consecutive lines of the same pattern are a list, not headings (numbered lines, case titles). */
  listWhenRepeated: boolean;
}

/**
 * The title line of a company case slide: 「鍋屋バイテック（株）（岐阜県関市）」「株式会社スズキ（大分県大分市）」.
 * As a heading, the company's name is in the section path of every passage of its case, so that
 * 「どこの会社？」 finds it even when the slide's body only says 「同社」.
 */
const CASE_COMPANY =
  /^[・･.\s]*[^\s。、「」]{0,30}?(?:[（(]株[）)]|㈱|株式会社)[^。、「」]{0,24}?\s*[（(][^（）()]{1,12}(?:[都道府県市町村区]|等)[^（）()]{0,8}[)）]$/;

/**
 * The title line of an exchange between two regions: 「福島県—スウェーデン(医療福祉機器産業)」「富山県－スイス(医薬品)
 * (平成19－20年)」. Its case's lines (「海外実施主体:ISA…」「富山県企業がスイス企業と…」) name neither
 * region again; as a heading it is in their section path. Several such lines in a row are a list.
 */
const CASE_PAIR =
  /^(?![0-9０-９]|平成|昭和|令和)[^\s。、「」－—―]{2,20}\s*[－—―]\s*[^。、「」－—―]{2,30}?\s*[（(][^（）()]{1,20}[)）](\s*[（(《][^（）()《》]{1,20}[)）》])?$/;

/** A case's title line: a company's (「鍋屋バイテック（株）（岐阜県関市）」) or an exchange's (「富山県－スイス(医薬品)」). */
export function isCaseTitle(text: string): boolean {
  return CASE_COMPANY.test(text) || CASE_PAIR.test(text);
}

const HEADING_PATTERNS: HeadingPattern[] = [
  { re: /^#{1,6}\s+\S/, level: 0, listWhenRepeated: false }, // markdown: level from the number of #
  { re: /^第[一二三四五六七八九十百\d０-９]+[章部編節]/, level: 1, listWhenRepeated: false },
  { re: /^\d{1,2}-\d{1,2}-\d{1,2}[.．]?\s*\S/, level: 3, listWhenRepeated: true },
  { re: /^\d{1,2}-\d{1,2}[.．]?\s*\S/, level: 2, listWhenRepeated: true },
  { re: /^[0-9０-９]{1,2}[.．](?![0-9０-９])\s*\S/, level: 1, listWhenRepeated: true },
  { re: /^[（(][0-9０-９]{1,2}[)）]\s*\S/, level: 2, listWhenRepeated: true },
  { re: /^[0-9０-９]{1,2}[)）]\s*\S/, level: 3, listWhenRepeated: true },
  { re: /^[A-HＡ-Ｈ][.．]\s*\S/, level: 3, listWhenRepeated: true },
  { re: /^【[^】]{1,40}】$/, level: 4, listWhenRepeated: false },
  { re: /^[＜<][^＞>]{1,40}[＞>]$/, level: 4, listWhenRepeated: false },
  { re: /^[■◼□◆]\s*\S/, level: 4, listWhenRepeated: false },
  { re: CASE_COMPANY, level: 5, listWhenRepeated: false },
  // Level 3: the case's 「<成果事例>」 (level 4) is a part of it.
  { re: CASE_PAIR, level: 3, listWhenRepeated: true },
];

function matchHeading(text: string): HeadingPattern | undefined {
  if (text.length > MAX_HEADING_CHARS || endsSentence(text) || text.includes('\t')) return undefined;
  // A line ending in 、 or a particle-like break continues onto the next line: not a heading.
  if (/[、，,]$/.test(text)) return undefined;
  const pattern = HEADING_PATTERNS.find((p) => p.re.test(text));
  if (!pattern) return undefined;
  if (pattern.level === 0) return { ...pattern, level: Math.min(4, /^#+/.exec(text)![0].length) };
  return pattern;
}

export function classifyLines(rawLines: string[]): Line[] {
  const lines: Line[] = rawLines.map((raw, i) => {
    const text = repairDisplay(raw);
    if (!text) return { n: i + 1, text, kind: 'blank', level: 0 };
    if (raw.includes('\t') && raw.split('\t').filter((cell) => cell.trim()).length >= 2) {
      return { n: i + 1, text, kind: 'table', level: 0 };
    }
    const heading = matchHeading(text);
    if (heading) return { n: i + 1, text, kind: 'heading', level: heading.level };
    return { n: i + 1, text, kind: isBulletLine(raw) ? 'bullet' : 'text', level: 0 };
  });
  demoteNumberedLists(lines);
  demoteDenseChapterRuns(lines);
  markRepeatedHeaders(lines);
  markMessageTitles(lines, rawLines);
  return lines;
}

/** At most this many characters of a report's title page come before its first slide. */
const TITLE_PAGE_CHARS = 120;
/** Length of a slide's message title: a statement, longer than a label, shorter than a paragraph. */
const MESSAGE_TITLE_CHARS = { min: 20, max: 120 };

/**
 * A consultancy deck titles each slide with its message, a statement without 。 above its bullets
 * (「アモルファス合金の制約は…3点に集約され、用途選定が成否を左右する」 / blank / 「- 性能優位はある一方…」).
 * As a heading it is the section of every passage of its slide: a passage holding only the slide's
 * second half (「狙うべき先行用途 … ドローン・高級家電等で…」) still says what it is about.
 */
function markMessageTitles(lines: Line[], rawLines: string[]): void {
  // The report's title page (title, publisher, date) is no passage of its own: the first slide's
  // title, when only the title page comes before it, stays body text and the two form one passage
  // (as a passage of its own, 「…調査 / ジェトロ / 2026年3月31日」 outranked answers for its ジェトロ and year).
  let before = 0;
  let headingSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const titlePageOnly = !headingSeen && before < TITLE_PAGE_CHARS;
    if (line.kind === 'heading') headingSeen = true;
    before += line.text.length;
    if (titlePageOnly) continue;
    if (
      line.kind !== 'text' ||
      line.text.length < MESSAGE_TITLE_CHARS.min ||
      line.text.length > MESSAGE_TITLE_CHARS.max
    )
      continue;
    if (endsSentence(line.text) || (i > 0 && lines[i - 1]!.kind !== 'blank')) continue;
    let next = i + 1;
    while (next < lines.length && lines[next]!.kind === 'blank') next++;
    // Its bullets are dashed items (「- 」), as a deck exported to text writes them.
    if (next === i + 1 || lines[next]?.kind !== 'bullet' || !/^\s*-\s/.test(rawLines[next] ?? '')) continue;
    line.kind = 'heading';
    line.level = 1;
  }
}

/**
 * "1. 応用実証研究拠点の整備 / 2. 研究→量産橋渡し設備の整備 / …" on consecutive lines is a list:
 * real section headings are followed by body text.
 */
function demoteNumberedLists(lines: Line[]): void {
  const nonBlank = lines.filter((line) => line.kind !== 'blank');
  for (let i = 0; i < nonBlank.length; i++) {
    const line = nonBlank[i]!;
    if (line.kind !== 'heading') continue;
    const pattern = matchHeading(line.text);
    if (!pattern?.listWhenRepeated) continue;
    const next = nonBlank[i + 1];
    const prev = nonBlank[i - 1];
    const samePattern = (other: Line | undefined) =>
      other !== undefined && other.kind !== 'table' && matchHeading(other.text)?.re === pattern.re;
    if (samePattern(next) || samePattern(prev)) {
      // A run of same-pattern lines: all list items.
      line.kind = 'bullet';
      line.level = 0;
    }
  }
}

/** Chapter headings 「1. はじめに」…「7. おわりに」 of a report spread over much of it. */
const CHAPTER = /^([0-9０-９]{1,2})[.．](?![0-9０-９])/;
/** A run of numbered "chapters" within this share of the document is a list or a table of contents. */
const MAX_LIST_SPAN = 0.1;

/**
 * 「1. 医療産業政策の策定 / 2. 有力企業・研究機関の誘致 / 3. 省庁との連携による予算調達」 on one slide,
 * with text between them, are the points of a slide, not chapters: taken as chapters, the last
 * one would become the section of the thousands of lines after it. A run of chapter-numbered
 * headings (1, 2, 3 …) that spans less than a tenth of the document is demoted to list items.
 */
function demoteDenseChapterRuns(lines: Line[]): void {
  const chapters = lines.filter((line) => line.kind === 'heading' && CHAPTER.test(line.text));
  const runs: Line[][] = [];
  let previous = 0;
  for (const line of chapters) {
    const number = Number(CHAPTER.exec(line.text.normalize('NFKC'))![1]);
    if (runs.length === 0 || number !== previous + 1) runs.push([]);
    runs.at(-1)!.push(line);
    previous = number;
  }
  for (const run of runs) {
    const span = run.at(-1)!.n - run[0]!.n;
    if (run.length >= 2 && span < lines.length * MAX_LIST_SPAN) {
      for (const line of run) {
        line.kind = 'bullet';
        line.level = 0;
      }
    }
  }
}

/** A note line: 「(注)…」「注3 …」「※…」 (sources are `isSourceLine`). */
const NOTE_LINE = /^[-・\s]*(注[0-9０-９:：\s]|※|[（(](注|出所|出典)[0-9０-９]*[)）])/;

/** Shorter repeated lines are table labels or vertical text (「業」「ヒト」), not slide titles. */
const MIN_REPEATED_HEADER = 3;

/**
 * Slide headers/footers repeated on many pages (short, identical, 3+ times) are kept as section
 * titles rather than repeated in every passage.
 */
function markRepeatedHeaders(lines: Line[]): void {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.kind !== 'blank' && line.text.length <= 40) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  for (const line of lines) {
    if (
      line.kind === 'text' &&
      line.text.length >= MIN_REPEATED_HEADER &&
      // 「13%」「2019年」 repeated in charts are values, not titles.
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]{2}/u.test(line.text) &&
      !/^[\d\s.,%％年月日度]+$/u.test(line.text) &&
      (counts.get(line.text) ?? 0) >= 3 &&
      !/[。、，,]/.test(line.text) &&
      // 「出所：各種公開情報よりNRI作成」「（資料）日本総合研究所作成」 under every chart: a source, not a title.
      !isSourceLine(line.text) &&
      !NOTE_LINE.test(line.text)
    ) {
      line.kind = 'heading';
      line.level = 4;
    }
  }
}
