/**
 * What the title and labels above a table say about its rows: the words of what they count and
 * the unit of their figures (「[単位:件数]」 above 「北海道 1 2 1 1 5」).
 */
import { isSourceLine } from '../text/normalize.js';
import type { Tokenizer } from '../text/tokenizer.js';

export interface TableContext {
  /** Terms of the title and labels set right above the table. */
  terms: string[];
  /** The unit the table states for its figures: 件, 社, 人, 円, %. */
  unit?: string;
  /** The title and labels above the table and its first row, as written (names the bodies of its columns). */
  label: string;
}

/** Lines above a table that may title or label it (「実施済LL事業案件の国別・事業別分布」「[単位:件数]」). */
const MAX_TABLE_CONTEXT_LINES = 3;

/**
 * The title and labels right above a table (short lines, up to a sentence, a source line or two
 * blank lines):
 * a row of counts (「北海道 1 2 1 1 5」) is about what they name and in the unit they state.
 */
export function tableContext(lines: readonly string[], firstRow: number, tokenizer: Tokenizer): TableContext {
  const above: string[] = [];
  let blanks = 0;
  for (let i = firstRow - 1; i >= 0 && above.length < MAX_TABLE_CONTEXT_LINES; i--) {
    const line = lines[i]!.trim();
    if (!line) {
      // Converted slides put a blank line between everything; two end what belongs to the table.
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    // A sentence, another table, or the source line of the chart above end the table's labels.
    if (line.includes('\t') || line.length > 60 || /[。．]$/.test(line) || isSourceLine(line)) break;
    above.push(line);
  }
  const label = [...above]
    .reverse()
    .concat(lines[firstRow] ?? '')
    .join(' ');
  const text = label.normalize('NFKC');
  const stated = /単位\s*[:：]?\s*(件|社|人|名|円|千円|万円|百万円|億円|%)|[（([](件|社|人|名|%)[)）\]]/.exec(text);
  const unit = stated ? UNIT_OF[(stated[1] ?? stated[2])!] : undefined;
  return { terms: above.flatMap((line) => tokenizer.terms(line)), label, ...(unit ? { unit } : {}) };
}

/** A stated table unit as `AskedFigure.unit` names it. */
const UNIT_OF: Record<string, string> = {
  件: '件',
  社: '社',
  人: '人',
  名: '人',
  円: '円',
  千円: '円',
  万円: '円',
  百万円: '円',
  億円: '円',
  '%': '%',
};

/** Japan's regions, as tables of cases by region (経済産業局) label their rows. */
const JAPANESE_REGIONS = ['北海道', '東北', '関東', '中部', '北陸', '近畿', '関西', '中国', '四国', '九州', '沖縄'];

/**
 * The row is one of a table whose rows open with Japan's regions (北海道, 東北, 関東, 中国 …) or its
 * total: it counts regions of Japan, and there 中国 is the 中国 region.
 */
export function isJapaneseRegionRow(passageText: string, row: string): boolean {
  const first = row.split('\t')[0]!.trim();
  if (!JAPANESE_REGIONS.includes(first) && !/^(総計|合計|計|全国)$/.test(first)) return false;
  const regions = new Set(
    passageText
      .split('\n')
      .map((line) => line.split('\t')[0]!.trim())
      .filter((cell) => JAPANESE_REGIONS.includes(cell)),
  );
  return regions.size >= 3;
}
