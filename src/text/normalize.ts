/**
 * Japanese text normalization.
 * - `normalizeForIndex`: NFKC (full-width digits/latin → half-width, half-width katakana →
 *   full-width), lower case, unified dashes and long-vowel marks. Used for index terms only.
 * - `repairDisplay`: what may change in displayed/quoted text: HTML tags left by conversion,
 *   private-use bullet glyphs and runs of whitespace. Words are never altered.
 */

export function normalizeForIndex(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '')
      // A dash right after katakana is a long-vowel mark mangled by conversion (ｺﾝﾋﾟｭｰﾀ, コンピュ−タ).
      .replace(/(?<=[\u30A1-\u30FA])[\u2010-\u2015\u2212-]/g, 'ー')
  );
}

/** Removes every whitespace character (used by the evaluation relevance rule and quote checks). */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Private-use glyphs (Wingdings bullets such as U+F06C) render as nothing readable: dropped (a quote that follows one stays a verbatim substring of the source). */
const LEADING_PRIVATE_USE = /^(\s*)[\uE000-\uF8FF]+/;
const PRIVATE_USE_GLYPHS = /\s*[\uE000-\uF8FF]+\s*/g;

/** Strips leftover HTML tags (`<ul style=...>`, `<p>`) but keeps `<例>`-style Japanese brackets and URLs. */
const HTML_TAG = /<\/?(?:ul|ol|li|p|br|div|span|b|i|u|em|strong|table|tr|td|th|tbody|thead|font|sup|sub)\b[^<>]*>/gi;

export function stripHtml(text: string): string {
  return text.replace(HTML_TAG, ' ');
}

export function repairDisplay(line: string): string {
  // A removed tag separates list items: a line break there keeps quotes verbatim substrings.
  return (
    line
      .replace(HTML_TAG, '\n')
      .replace(/[ \u3000]*\n[ \u3000]*/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .replace(LEADING_PRIVATE_USE, '$1')
      // Inside a line a glyph separates items: keep them apart so no quote spans the glyph.
      .replace(PRIVATE_USE_GLYPHS, '\n')
      .replace(/[ \u3000]{2,}/g, ' ')
      .replace(/\t+/g, '\t')
      .replace(/\n+/g, '\n')
      .replace(/^\s+|\s+$/g, '')
  );
}

/** A source line under a chart, table or slide: 「出所：…」「出典：…」「（資料）…」「資料：…」. */
export function isSourceLine(line: string): boolean {
  return SOURCE_LINE.test(line);
}

const SOURCE_LINE = /^[-・\s]*(出所|出典|資料[:：]|[（(]資料[)）])/;

/** True when the line is (after repair) a bullet item. */
export function isBulletLine(line: string): boolean {
  return /^(?:[・\-–—*●○◆◇■□▪◼⚫•\uE000-\uF8FF]|[①-⑳]|[(（]?[0-9０-９]{1,2}[)）]|[a-zａ-ｚA-Z][.)]\s)/.test(
    line.trim(),
  );
}

/** Ends a sentence (。！？ and their closing brackets). */
export function endsSentence(line: string): boolean {
  return /[。！？!?．][」』）)\]】]*$/.test(line.trim());
}

/** Counts CJK + kana characters; used to detect the language of a question. */
export function japaneseRatio(text: string): number {
  const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (!letters) return 0;
  const ja = letters.match(/[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]/g)?.length ?? 0;
  return ja / letters.length;
}
