/**
 * The tokenizer interface the index and retrieval use. `terms` are normalized content words
 * (base forms); `grams` are character bigrams that let mis-segmented compounds and unknown words
 * still match.
 */
export interface Analyzed {
  terms: string[];
  grams: string[];
}

export interface Tokenizer {
  /** Content-word terms (normalized base forms, particles/auxiliaries/symbols dropped). */
  terms(text: string): string[];
}

/** Character bigrams over the normalized text, ignoring whitespace and punctuation. */
export function charBigrams(normalized: string): string[] {
  const grams: string[] = [];
  for (const run of normalized.split(/[\s\p{P}\p{S}]+/u)) {
    if (!run) continue;
    const chars = Array.from(run);
    if (chars.length === 1) {
      // A single kanji is meaningful (県, 国); a lone kana or digit is noise.
      if (/\p{Script=Han}/u.test(run)) grams.push(run);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/**
 * Character trigrams over the normalized text: a phrase signal. A question that reuses three
 * characters of the report in a row ("第6回全国協議会", "直接投資額") is closer to it than one sharing
 * the same characters scattered.
 */
export function charTrigrams(normalized: string): string[] {
  const grams: string[] = [];
  for (const run of normalized.split(/[\s\p{P}\p{S}]+/u)) {
    const chars = Array.from(run);
    for (let i = 0; i + 2 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return grams;
}
