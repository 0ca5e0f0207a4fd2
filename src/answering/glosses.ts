/**
 * Where a report says what a term stands for: 「ハイ・バリュー・マニュファクチャリング（HVM、高価値製造）」,
 * 「…「見える化」するシステム（RESAS）」, 「Xとは、…」. A definition question's answer leads with such a
 * sentence; a question asking what an abbreviation stands for has no answer without one.
 */
import { normalizeForIndex } from '../text/normalize.js';

/**
 * The text glosses the subject: its expansion or reading in brackets right after it
 * (「ハイ・バリュー・マニュファクチャリング（HVM、高価値製造）」) or the subject in brackets after what
 * it stands for (「…「見える化」するシステム（RESAS）」), or 「Xとは、…」. That states what the term is, more surely
 * than the first sentence under a heading naming it.
 */
export function glosses(normalizedText: string, subject: string): boolean {
  const text = normalizedText.replace(/[・\s]/g, '');
  // The text is normalized for the index (lower case): so is the term.
  const term = glossKey(subject);
  if (!term) return false;
  return (
    text.includes(`${term}(`) ||
    text.includes(`${term}とは`) ||
    // 「カタパルト」 glossed by its full name: 「カタパルト・センター（Catapult Centre）とは」 (not the
    // 「デジタル・カタパルト・センター」 of another body).
    new RegExp(
      `(?<![\\p{Script=Katakana}ー])${escapeRegExp(term)}[\\p{Script=Katakana}ー\\p{Script=Han}]{1,6}(\\(|とは)`,
      'u',
    ).test(text) ||
    new RegExp(`\\([^()]{0,4}${escapeRegExp(term)}[)=、,:：]`).test(text)
  );
}

/**
 * The sentence opens with the term, or its full name, and says what it is: 「カタパルト・センター（Catapult
 * Centre）とは、官民が出資する…」 defines カタパルト more surely than a name glossed in passing.
 */
export function opensDefinition(text: string, subject: string): boolean {
  const key = glossKey(text);
  const term = glossKey(subject);
  return term !== '' && key.startsWith(term) && OPENS_WITH_TOWA.test(key);
}

/** A name, perhaps glossed in brackets, then とは: 「カタパルトセンター(catapultcentre)とは」. */
const OPENS_WITH_TOWA = /^[^、。（(]{1,30}([（(][^）)]{1,40}[）)])?とは/;

/** A term or text as glosses are matched: normalized for the index, without spaces, ・ or quotation brackets. */
function glossKey(text: string): string {
  return normalizeForIndex(text).replace(/[・\s「」『』]/g, '');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
