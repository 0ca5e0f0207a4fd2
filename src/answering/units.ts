/**
 * Cuts a passage's display text into quotable units: sentences (。！？), list items, table rows.
 * Each unit is a verbatim substring of the passage text, with its offset.
 */
import { isBulletLine } from '../text/normalize.js';
import { type Span, splitSentences } from '../text/sentences.js';

export interface Unit {
  text: string;
  /** Offset in the passage text. */
  start: number;
  kind: 'sentence' | 'item' | 'row' | 'heading';
  /** Line index within the passage (units on one line share it). */
  line: number;
}

const MIN_UNIT_CHARS = 6;
/** Leading bullet marks of a list item (not numbering such as ① or (1)). */
const BULLET_GLYPHS = /^(?:[-–—*・●○◆◇▪◼⚫•\uE000-\uF8FF][\s\u3000]*)+/;
const NUMBERED = /^[-・\s]*([（(]?[0-9０-９]{1,2}[)）.．]|[0-9０-９]{1,2}-[0-9０-９]{1,2})/;

/** A numbered label opening a line: 「方向性.1 …」「課題2：…」「ポイント3 …」 (label, then its number). */
const LABEL_NUMBER = /^[-・\s]*([^\s\d０-９.．:：]{1,8})[.．]?\s*[0-9０-９]{1,2}(?![0-9０-９])[\s\u3000:：.．]/;

const CAPTION_LABEL = /^[（(]?(図表|図|表|資料|注|出所|写真|参考|figure|fig|table)$/i;

/** Lines that open with the same label and different numbers are the items of one list. */
function enumeratedLines(lines: string[]): Set<number> {
  const byLabel = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const label = LABEL_NUMBER.exec(line)?.[1];
    // 「図表1 …」「図表2 …」 are captions, not the points of a list.
    if (label && !CAPTION_LABEL.test(label)) byLabel.set(label, [...(byLabel.get(label) ?? []), i]);
  });
  return new Set([...byLabel.values()].filter((at) => at.length >= 2).flat());
}

/**
 * Short lines numbered 1, 2, 3 … in sequence, close together (at most two short lines between
 * them, such as the group labels 「構想段階」「体制段階」), are a list, not headings: the slide naming
 * 「国際産業連携成功の 8つのポイント」 lists them as 「1. グローバルな視点に…」…「8. 長期的視点に…」.
 */
function numberedRuns(lines: string[]): Set<number> {
  const runs = new Set<number>();
  let run: number[] = [];
  let last = 0;
  let between = 0;
  const close = () => {
    if (run.length >= 3) for (const i of run) runs.add(i);
    run = [];
    last = 0;
  };
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const number = listItemNumber(trimmed);
    if (number !== undefined && number === last + 1) {
      run.push(i);
      last = number;
      between = 0;
    } else if (number === 1) {
      close();
      run.push(i);
      last = 1;
      between = 0;
    } else if (number === undefined && run.length > 0 && trimmed.length <= 20 && between < 2) {
      between++;
    } else {
      close();
    }
  });
  close();
  return runs;
}

/**
 * 「有効回答率：71.6%」「※LL事業実施期間：1996年度～2006年度」「H20年度採択テーマ: 新たに8件採択」: a
 * label and its figure state a fact, however short; a heading does not give a figure after a colon.
 * The label may hold a number, not open with one (「1. 調査: 2008年」 is a numbered heading).
 */
const LABELLED_FIGURE = /^[※・\s-]*[^\s:：0-9０-９(（][^\s:：(（]{1,23}[:：]\s*\S*[0-9０-９]/;

/** 「1. …」「(2) …」「３．…」: the number of a numbered line (not 「2-1-1.」, a section number). */
const SEQUENCE_NUMBER = /^[-・\s]*[（(]?([0-9０-９]{1,2})(?:[)）]|[.．](?![0-9０-９]))/;

/**
 * Longest numbered line read as a list item: 「9. 長崎県長崎市－中国 四川省（環境、農業、造園、
 * バイオテクノロジー等）《97年度》」 is 45 characters (at 40 it broke the list of cases and the last
 * two became headings, never quoted).
 */
const MAX_ITEM_CHARS = 64;

/**
 * The number of a short numbered line that states no sentence (「7. 失敗を乗り越える適応力」 → 7): an
 * item of a list or a heading; undefined for any other line.
 */
export function listItemNumber(line: string): number | undefined {
  const trimmed = line.trim();
  if (trimmed.length > MAX_ITEM_CHARS || /[。！？!?]/.test(trimmed)) return undefined;
  const n = SEQUENCE_NUMBER.exec(trimmed)?.[1];
  return n === undefined ? undefined : Number(n.normalize('NFKC'));
}

/**
 * Lines of a table whose other cells are empty: up to three short lines without a tab between two
 * tab-separated rows (「浜松地域－ドイツ・イエナ (光装置関連産業)」 between rows of two cases each).
 * A group label shorter than `MIN_ROW_CHARS` (「アジア」) stays a label.
 */
const MIN_ROW_CHARS = 8;
/** Separators inside a table cell: 「地域－相手地域」「項目：内容」. */
const CELL_SEPARATOR = /[－―—–:：]/g;
/** The title of a figure or table between two tables (「平成20年度ジェトロRIT事業 案件分布図①」) is no row. */
const TABLE_CAPTION = /(図|表|一覧|マップ)\s*[①-⑳0-9０-９]*$|^[（(]?(図表|図|表)\s*[0-9０-９]/;
const MAX_SINGLE_CELL_CHARS = 60;
const MAX_SINGLE_CELL_RUN = 3;

function singleCellRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  // A row with an empty first or last cell has its tab at the edge: look for it before trimming.
  const filled = lines
    .map((line, i) => ({ line: line.trim(), tabbed: line.includes('\t'), i }))
    .filter(({ line }) => line);
  for (let start = 1; start < filled.length; start++) {
    if (!filled[start - 1]!.tabbed || filled[start]!.tabbed) continue;
    let end = start;
    while (end < filled.length && !filled[end]!.tabbed && end - start < MAX_SINGLE_CELL_RUN) end++;
    if (end >= filled.length || !filled[end]!.tabbed) continue;
    // A cell of the table is written like its other cells (「浜松地域－ドイツ・イエナ」 beside
    // 「練馬区－フランス」): it shares their separator; a title between two tables does not.
    const separators = new Set(filled[start - 1]!.line.match(CELL_SEPARATOR) ?? []);
    for (const { line, i } of filled.slice(start, end)) {
      if (
        line.length >= MIN_ROW_CHARS &&
        line.length <= MAX_SINGLE_CELL_CHARS &&
        !/[。！？!?]$/.test(line) &&
        !TABLE_CAPTION.test(line) &&
        (line.match(CELL_SEPARATOR) ?? []).some((separator) => separators.has(separator))
      )
        rows.add(i);
    }
  }
  return rows;
}

/**
 * A table a PDF conversion laid out with spaces (「工業団地名称 団地総面積」 then 「後藤野工業団地 140.4ha」
 * 「北上南部工業団地 197.7ha」…, or 「岩手県 北上市 4.8% 2.9%」): each line a name of up to three words,
 * then one to four figures in the unit all the lines share. Three such lines in a row (blank lines
 * between) are its rows, not headings.
 */
const SPACED_ROW =
  /^([^\s\t0-9０-９]{2,30}(?:[ \u3000]+[^\s\t0-9０-９]{1,30}){0,2})[ \u3000]+(?:約)?[0-9０-９][0-9０-９,.，．]*\s*(ha|ヘクタール|㎡|km|社|人|名|件|回|校|機関|億円|万円|千円|円|%|％)(?:[ \u3000]+(?:約)?[0-9０-９][0-9０-９,.，．]*\s*\2){0,3}$/;
const MIN_SPACED_ROWS = 3;

function spacedRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  let run: number[] = [];
  let unit: string | undefined;
  const close = () => {
    if (run.length >= MIN_SPACED_ROWS) for (const i of run) rows.add(i);
    run = [];
    unit = undefined;
  };
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const row = SPACED_ROW.exec(trimmed);
    if (!row || (unit !== undefined && row[2] !== unit)) close();
    if (row) {
      run.push(i);
      unit = row[2];
    }
  });
  close();
  return rows;
}

/** 「（2019年度開催実績：310回）」「(会議の様子）」: only bracketed notes, no sentence of their own. */
const BRACKETED_NOTES = /^(?:[（(][^（()）。！？!?]*[)）]\s*)+$/;

/**
 * A bracketed note giving a figure after a sentence's end (「…会議が開催されている。（2019年度開催実績：
 * 310回）」) belongs to that sentence: alone it says neither what was counted nor of what. A note
 * without a figure (「(ニュージーランド・木材加工産業)」, a case's label) stays a fragment of its own.
 */
function withTrailingNotes(spans: Span[], line: string): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && BRACKETED_NOTES.test(span.text) && /[0-9０-９]/.test(span.text)) {
      out[out.length - 1] = { text: line.slice(last.start, span.end), start: last.start, end: span.end };
    } else out.push(span);
  }
  return out;
}

export function passageUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  const lines = text.split('\n');
  const enumerated = enumeratedLines(lines);
  const listed = numberedRuns(lines);
  const singleCells = singleCellRows(lines);
  const spaced = spacedRows(lines);
  lines.forEach((line, lineIndex) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) return;
    if (line.includes('\t') || singleCells.has(lineIndex) || spaced.has(lineIndex)) {
      units.push({ text: line.trim(), start: lineStart + line.indexOf(line.trim()), kind: 'row', line: lineIndex });
      return;
    }
    const item = isBulletLine(line) || enumerated.has(lineIndex) || listed.has(lineIndex);
    for (const span of withTrailingNotes(splitSentences(line), line)) {
      if (span.text.length < MIN_UNIT_CHARS && !item) continue;
      const headingLike = !/[。！？!?]/.test(line) && line.length <= (item ? 30 : 50);
      // A short numbered line without a sentence end is a heading ("(4) 国際産業連携成功の 8つのポイント").
      const kind =
        headingLike &&
        !listed.has(lineIndex) &&
        !LABELLED_FIGURE.test(line.trim()) &&
        (!item || NUMBERED.test(line.trim()))
          ? 'heading'
          : item
            ? 'item'
            : 'sentence';
      // 「- ・富山の技術…」 is quoted as 「富山の技術…」: bullet glyphs are layout, not words (①, (1) stay).
      const glyphs = item ? (BULLET_GLYPHS.exec(span.text)?.[0].length ?? 0) : 0;
      const text = glyphs < span.text.length ? span.text.slice(glyphs) : span.text;
      units.push({ text, start: lineStart + span.start + (span.text.length - text.length), kind, line: lineIndex });
    }
  });
  return units;
}
