/**
 * Joins lines broken by PDF conversion back into paragraphs: `地域経済・産業の` / blank / `構築`
 * is one paragraph. Each block keeps the range of source lines it came from.
 */
import { endsSentence, isSourceLine } from '../text/normalize.js';
import type { LineStart } from './chunk.js';
import type { Line, LineKind } from './lines.js';

export interface Block {
  kind: Exclude<LineKind, 'blank'>;
  text: string;
  start: number;
  end: number;
  level: number;
  /** Length of the last source line joined into the block. */
  lastLineLength: number;
  /** Where each source line's text begins in `text`: [offset, line], offsets increasing. */
  lineStarts: LineStart[];
  /** No blank line between any two of its lines (a box of a slide, wrapped at its width). */
  tight: boolean;
}

/** A line shorter than this that ends mid-sentence is a label or title, not a wrapped line. */
const MIN_WRAPPED_LINE = 14;
/**
 * A line wrapped by the converter is nearly as long as the document's typical full line; a
 * noticeably shorter one that ends mid-sentence is a title or label ("LL (Local to Local) 事業").
 */
const WRAPPED_SHARE_OF_TYPICAL = 0.7;
/** Documents with one paragraph per line have huge "typical" lines: a 40-character line still wraps. */
const MAX_WRAPPED_LINE = 40;

/** The document's typical full line length: the 80th percentile of its prose line lengths. */
export function typicalLineLength(lines: Line[]): number {
  const lengths = lines
    .filter((line) => line.kind === 'text' || line.kind === 'bullet')
    .map((line) => line.text.length)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}
/** Blank lines allowed inside a broken paragraph. */
const MAX_BLANKS_IN_PARAGRAPH = 2;

/**
 * Whether the converter broke lines with blank lines between them. Some conversions do
 * (「地域経済成」 / blank / 「長を力強く…」: a fifth of the NRI slides' blank-separated prose lines
 * are cut where no sentence can end); in others a blank line always ends a paragraph, and a line
 * after one that looks like a wrap by its width is a label or the next statement (「…勝負しやすい」 /
 * blank / 「進出判断」). Decided per document from the blank-separated pairs cut mid-phrase, the only
 * evidence that cannot be a label: a few in a hundred is enough.
 */
export function wrapsAcrossBlankLines(lines: Line[]): boolean {
  let pairs = 0;
  let cuts = 0;
  let prev: Line | undefined;
  let blanks = 0;
  for (const line of lines) {
    if (line.kind === 'blank') {
      blanks++;
      continue;
    }
    const prose = prev && (prev.kind === 'text' || prev.kind === 'bullet') && line.kind === 'text';
    if (prose && blanks > 0 && blanks <= MAX_BLANKS_IN_PARAGRAPH) {
      pairs++;
      if (CUT_MID_PHRASE.test(prev!.text) || opensMidSentence(line.text)) cuts++;
    }
    prev = line;
    blanks = 0;
  }
  return pairs < MIN_PAIRS_TO_DECIDE || cuts / pairs >= MIN_CUT_SHARE;
}

/** Fewer blank-separated pairs than this say nothing: the document keeps the default (joins). */
const MIN_PAIRS_TO_DECIDE = 20;
/** Share of blank-separated pairs cut mid-phrase from which a document wraps across blank lines. */
const MIN_CUT_SHARE = 0.03;

function continues(
  prev: Block,
  next: Line,
  blanksBetween: number,
  widths: WrapWidths,
  /** The next line is followed by a table (after blank lines, if any). */
  beforeTable: boolean,
  /** The document breaks lines with blank lines between them (`wrapsAcrossBlankLines`). */
  blankWraps: boolean,
): boolean {
  if (prev.kind !== 'text' && prev.kind !== 'bullet') return false;
  if (next.kind !== 'text') return false;
  if (blanksBetween > MAX_BLANKS_IN_PARAGRAPH) return false;
  if (endsSentence(prev.text)) return false;
  // A line cut where a sentence cannot end (after a particle, 、 or an open bracket), or a line
  // opening with what cannot open one, continues whatever it looks like.
  const cut = cutAcross(prev.text, next.text);
  if (!cut && blanksBetween > 0 && !blankWraps) return false;
  // Notes and sources start their own paragraph; a source line ends its own (it names a source,
  // whatever its length: 「（資料）…を基に日本総合研究所作成」 / 「フラウンホーファー研究機構…」).
  if (/^(出所|出典|資料|注|※|（注|\(注|（資料|\(資料)/.test(next.text)) return false;
  if (!cut && isSourceLine(prev.text)) return false;
  // So do a figure's caption (「(図表20) HVMカタパルト・センターの概要」, set inside a sentence the
  // figure interrupts), a label opening a slide's statement (「海外都市との比較：…」「長崎市の例：」)
  // and the title of the table that follows (「アモルファス合金の市場実装を踏まえた協業課題・ニーズ」).
  if (!cut && (CAPTION.test(next.text) || OPENING_LABEL.test(next.text))) return false;
  if (!cut && beforeTable && next.text.length <= MAX_TABLE_TITLE && !endsSentence(next.text)) return false;
  // A slide's figure ends with its date in brackets (「1,400億円(’02年)⇒8,000億円(’21年)」): the next
  // line (「徳島県 LED産業 • …」) is the next row of the slide, not the rest of the figure.
  if (!cut && DATED_FIGURE_END.test(prev.text) && !opensWithParticle(next.text)) return false;
  return wrapsAtWidth(prev, next, widths) || wrapsInNarrowColumn(prev, next, blanksBetween);
}

/** A line ending where no sentence ends: a particle, 、, ・ or an open bracket. */
const CUT_MID_PHRASE = /[のをにがはとでへやも、，・（「『]$/;

/**
 * The break cannot end a phrase: the line ends where none ends, the next opens where none opens, or
 * a figure is cut from its counter (「2009年までに1,787」 / blank / 「戸が補助対象として新設された。」).
 */
function cutAcross(prev: string, next: string): boolean {
  return (
    CUT_MID_PHRASE.test(prev) || opensMidSentence(next) || (/[0-9０-９]$/.test(prev) && COUNTER_OPENING.test(next))
  );
}
/** A counter opening a line, then what follows a figure (a particle, a bracket, 以上): 「戸が」「年には」「年)」. */
const COUNTER_OPENING =
  /^(戸|件|社|人|名|円|億|万|千|台|回|校|機関|拠点|カ所|か所|箇所|ヵ所|%|％|倍|年度?|ha|㎡)(?=[がのをにはでとも、。）)]|以上|超|余|程度|$)/;

/** A figure with its year in brackets at the end of a line: 「8,000億円(’21年)」「150社（2019年）」. */
const DATED_FIGURE_END = /[0-9０-９][^\s、。]{0,6}[（(][’'‘]?[0-9０-９]{2,4}\s*年度?[）)]$/;

/** A figure or table caption: 「(図表20) …」「図3 …」「表2-1」. */
const CAPTION = /^[（(]?(図表|図|表)\s*[0-9０-９]+/;
/** A label opening a line: a few words (not a figure) and a colon, then more or nothing: 「海外都市との比較：」. */
const OPENING_LABEL = /^[^\s、。，．:：（(「0-9０-９][^\s、。，．:：（(「]{1,19}[:：]/;
/** A short line right before a table is its title. */
const MAX_TABLE_TITLE = 60;

/** Document-wide line widths under which a line ending mid-sentence is a title or label. */
interface WrapWidths {
  minWrapped: number;
  bulletWrapped: number;
}

/**
 * A line ending in a particle, 、 or an open bracket cannot end a sentence: it continues,
 * however short ("地域経済・産業の" / "構築"). Otherwise a short line is a label or title.
 * A list item is usually short by nature: it continues only when it was cut near the full width.
 * A line that opens with what cannot open a sentence (「は、」「を」, a closing bracket) continues
 * the line before it, however short that was: 「…といった変革」 / blank / 「は、長い目での…」.
 */
function wrapsAtWidth(prev: Block, next: Line, { minWrapped, bulletWrapped }: WrapWidths): boolean {
  const needed = prev.kind === 'bullet' && prev.start === prev.end ? Math.max(minWrapped, bulletWrapped) : minWrapped;
  return prev.lastLineLength >= needed || cutAcross(prev.text, next.text);
}

/** Shortest line that may be a full line of a narrow column (slide boxes of 10–25 characters). */
const MIN_NARROW_LINE = 10;
/** A katakana word cut across lines is evidence only below a line of some length, not a label. */
const MIN_CUT_WORD_LINE = 8;
/** Two lines of one column differ by a character or two. */
const SAME_WIDTH_SLACK = 2;

/**
 * Slide boxes are narrower than the document's typical line: 「• 71拠点のうち、経済的な成果等の目標を達」
 * / 「成した拠点は、…」. Without a blank between them, a line continues the one before it when a
 * katakana word runs across the break (「デジタ」/「ル・未来都市」), or when the line before was
 * cut at the box's width: the next line is as wide (a middle line), or it is shorter and ends the
 * sentence, or the lines before were as wide (the last line of a box: 「…構造が把」/「握可能」).
 */
function wrapsInNarrowColumn(prev: Block, next: Line, blanksBetween: number): boolean {
  const last = lastLineOf(prev);
  if (/[:：]$/.test(last)) return false;
  // 「ヒト」/「リスクマネー調達」, 「イギリス」/「バーミンガム」: short katakana labels of a table.
  if (cutMidWord(last, next.text)) return blanksBetween <= 1 && last.length >= MIN_CUT_WORD_LINE;
  if (blanksBetween > 0 || last.length < MIN_NARROW_LINE) return false;
  // 「…(第一期)(17地域)」 / 「2006年 …」, 「2008年6月18日」 / 「ジェトロ …」: items of a list or a title page.
  if ((/[）)]$/.test(last) && !opensWithParticle(next.text)) || /[0-9０-９]日$/.test(last)) return false;
  // A much longer next line is the description under an item's title (「• 州政府との継続的な連携」).
  if (Math.abs(next.text.length - last.length) <= SAME_WIDTH_SLACK) return true;
  if (endsSentence(next.text) && next.text.length < last.length) return true;
  const before = prev.tight ? lineBeforeLast(prev) : undefined;
  return before !== undefined && before.length >= MIN_NARROW_LINE && last.length + SAME_WIDTH_SLACK >= before.length;
}

/** 「が発刊した…」「の企画・調整」: a particle cannot open a phrase. */
function opensWithParticle(text: string): boolean {
  return opensMidSentence(text) || /^[はがをにのへとでもや]/.test(text);
}

function lastLineOf(block: Block): string {
  return block.text.slice(block.lineStarts.at(-1)![0]);
}

function lineBeforeLast(block: Block): string | undefined {
  if (block.lineStarts.length < 2) return undefined;
  return block.text.slice(block.lineStarts.at(-2)![0], block.lineStarts.at(-1)![0]);
}

/**
 * 「は、」「が、」「を…」, 、 or a closing bracket never open a sentence: the line was cut before them.
 * Nor does の before a noun or a figure (「…包装機械」 / 「の80%が輸出用であり」).
 */
export function opensMidSentence(text: string): boolean {
  return /^([、。，．）」』】]|[はがをにへ][、，]|を(?![\s\u3000])|の(?=[0-9０-９\p{Script=Han}\p{Script=Katakana}]))/u.test(
    text,
  );
}

function joinText(a: string, b: string): string {
  // Latin words broken across lines need their space back; Japanese does not.
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const typical = typicalLineLength(lines);
  const minWrapped = Math.max(
    MIN_WRAPPED_LINE,
    Math.min(MAX_WRAPPED_LINE, Math.floor(typical * WRAPPED_SHARE_OF_TYPICAL)),
  );
  const widths = {
    minWrapped,
    bulletWrapped: Math.min(MAX_WRAPPED_LINE, Math.floor(typical * 0.9)),
  };
  // For each line, whether the next non-blank line is a table row.
  const beforeTable = new Array<boolean>(lines.length).fill(false);
  let nextKind: LineKind | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    beforeTable[i] = nextKind === 'table';
    if (lines[i]!.kind !== 'blank') nextKind = lines[i]!.kind;
  }
  const blankWraps = wrapsAcrossBlankLines(lines);
  let blanks = 0;
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'blank') {
      blanks++;
      continue;
    }
    const prev = blocks.at(-1);
    if (prev && continues(prev, line, blanks, widths, beforeTable[i]!, blankWraps)) {
      prev.text = joinText(prev.text, line.text);
      prev.lineStarts.push([prev.text.length - line.text.length, line.n]);
      prev.end = line.n;
      prev.lastLineLength = line.text.length;
      prev.tight &&= blanks === 0;
    } else if (prev && prev.kind === 'table' && line.kind === 'table' && blanks === 0) {
      prev.lineStarts.push([prev.text.length + 1, line.n]);
      prev.text += `\n${line.text}`;
      prev.end = line.n;
    } else {
      blocks.push({
        kind: line.kind,
        text: line.text,
        start: line.n,
        end: line.n,
        level: line.level,
        lastLineLength: line.text.length,
        lineStarts: [[0, line.n]],
        tight: true,
      });
    }
    blanks = 0;
  }
  return blocks;
}

const KATAKANA_END = /[\p{Script=Katakana}ー]$/u;
const KATAKANA_START = /^[\p{Script=Katakana}ー]/u;
/** Small kana, ー and ン never begin a word: a line opening with one continues a cut word. */
const WORD_INTERNAL_START = /^[ァィゥェォッャュョヮーンぁぃぅぇぉっゃゅょゎ]/;

/** 「…デジタ」/「ル・未来都市」, 「…ピラミッ」/「ド、転入」: a katakana word cut by the line break. */
function cutMidWord(before: string, after: string): boolean {
  return (KATAKANA_END.test(before) && KATAKANA_START.test(after)) || WORD_INTERNAL_START.test(after);
}
