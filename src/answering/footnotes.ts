/**
 * Footnotes of the reports: the ones that state something are quoted like the body text, the ones
 * that only cite a source are apparatus (see `isStatementNote`).
 */
import { isSourceLine, japaneseRatio } from '../text/normalize.js';

/** The label opening a footnote: 「(注11)」「（注）」「注3 」. */
export const FOOTNOTE_LABEL = /^[-・\s]*([（(]注\s*[0-9０-９]*[)）]|注[0-9０-９]+[\s\u3000:：])\s*/;

/**
 * A footnote that states something (「(注11) この点については、ボストン・ルート128の垂直統合・中央集権型の
 * 産業クラスターと…」) answers a question as the body text does; one that only cites a source
 * (「(注13) 澤田朋子「…ドイツ編 (2014年)」海外調査報告書、科学技術振興機構、2015年3月。」, 「…への
 * インタビューによる。」, an English title) or tells how a chart was made supports nothing by itself.
 * Titles in quotes and brackets taken out, a citation is names, publishers and dates — hardly any
 * hiragana — while a statement has its particles and inflections.
 */
export function isStatementNote(note: string): boolean {
  const rest = note
    .replace(FOOTNOTE_LABEL, '')
    .replace(/https?:\/\/\S+/g, '')
    // What a source is quoted as saying is the note's statement: 「…によれば、「…」」 keeps the quote.
    .replace(/(によれば|によると)、?「([^」]*)」/g, '$1、$2')
    .replace(/「[^」]*」|『[^』]*』|“[^”]*”|"[^"]*"|[（(][^）)]*[）)]|\[[^\]]*\]/g, '')
    .replace(/\s+/g, '');
  if (japaneseRatio(rest) < 0.5) return false;
  if (/(による|によれば|を参照|参照)[。．]?$/.test(rest)) return false;
  if (/(着色|集計|推計値|含まれている|単位)/.test(rest)) return false;
  return (rest.match(/\p{Script=Hiragana}/gu)?.length ?? 0) >= MIN_NOTE_HIRAGANA;
}

/** Hiragana a footnote's own words have at least to be a statement (citations have none or a の). */
const MIN_NOTE_HIRAGANA = 5;

/**
 * A footnote's sentence gives way to the body text's on the same point, but not to the sentence
 * citing it when it says more of the question (「補助金はその10%相当分となる」): 0.1 put the citing
 * sentence first for 「…多すぎたり少なすぎたりすると補助金ってどうなるの」; 0 lost a dev citation.
 */
export const FOOTNOTE_PENALTY = 0.05;

/** Lines (of a passage's text) of the footnotes that state something: each note from its label over its note lines. */
export function statementNoteLines(text: string, noteLines: readonly number[]): Set<number> {
  const lines = text.split('\n');
  const statements = new Set<number>();
  let group: number[] = [];
  const close = () => {
    if (group.length > 0 && FOOTNOTE_LABEL.test(lines[group[0]!] ?? '')) {
      if (isStatementNote(group.map((line) => lines[line]).join(''))) for (const line of group) statements.add(line);
    }
    group = [];
  };
  for (const line of noteLines) {
    const text = lines[line] ?? '';
    // A new note, or the source line of a chart (「出所：…」「（資料）…」), ends the footnote before it.
    if (group.length > 0 && (line !== group[group.length - 1]! + 1 || FOOTNOTE_LABEL.test(text) || isSourceLine(text)))
      close();
    group.push(line);
  }
  close();
  return statements;
}
