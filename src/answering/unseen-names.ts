/**
 * Names in a question that the reports never mention — a strong sign that the shelf does not
 * answer it (「中国製造2025とインダストリー4.0の違いは？」 when no report mentions 中国製造2025).
 * Only name-like runs count: a word followed by a number (中国製造2025), katakana words of four
 * or more characters, Latin words of three or more letters. Casual paraphrase is never a name.
 */
import { normalizeForIndex } from '../text/normalize.js';

const RUN = /[\p{Script=Han}\p{Script=Katakana}ー0-9a-z.・]+/gu;

function nameLike(run: string, latin: boolean): boolean {
  return (
    /^[^0-9]+[0-9][0-9.]*$/.test(run) ||
    /^[\p{Script=Katakana}ー・]{4,}$/u.test(run) ||
    (latin && /^[a-z]{3,}$/.test(run))
  );
}

/**
 * `corpusText` is the normalized (normalizeForIndex, whitespace removed) text of every passage.
 * In an English question ordinary English words are not names, so Latin words count only in
 * Japanese questions.
 */
export function unseenNames(question: string, corpusText: string, lang: 'ja' | 'en' = 'ja'): string[] {
  const runs = normalizeForIndex(question).match(RUN) ?? [];
  return [...new Set(runs.filter((run) => nameLike(run, lang === 'ja') && !corpusText.includes(run)))];
}

/** Years (1900–2099) the question asks about that none of the given texts (passages, report dates) mention. */
export function unseenYears(question: string, passageTexts: string[]): string[] {
  const years = normalizeForIndex(question).match(/(?<![0-9])(19|20)[0-9]{2}(?![0-9])/g) ?? [];
  return [...new Set(years.filter((year) => !passageTexts.some((text) => normalizeForIndex(text).includes(year))))];
}
