/**
 * Resolves a follow-up question against the conversation: 「それはいつ始まった？」 or
 * 「ドイツの場合は？」 say little on their own, so retrieval uses them together with the question
 * that set the topic (the last earlier user turn that was not itself a follow-up). A question
 * that stands on its own is left alone.
 */
import { type PosTokenizer, topicNouns } from '../answering/unseen-names.js';
import type { Turn } from './chat-service.js';
import { japaneseRatio } from '../text/normalize.js';
import { cleanQuestion } from './validate-question.js';

/** Opening words that point back to something said before. */
const POINTS_BACK_JA =
  /^(それ|その|これ|この|あれ|あの|そこ|そちら|同じ|上記|前述|じゃあ|では|なら|で、|それで|あと|ほかに|他に|ほかには|他には|さらに)/;
/** The same in an English question (not in a Japanese one: 「it's OWLとは？」 names a cluster). */
const POINTS_BACK_EN = /^(also|and|what about|how about|then|it|its|that|this|those|they)\b/i;
/** An elliptic question: a short noun phrase and は/も/だと/の場合 (「ドイツの場合は？」「富山は？」), not 「Xとは？」. */
const ELLIPTIC = /^[^。、？?]{1,15}((?<!と)は|も|だと|では|の場合は?|についても)[？?]?$/;

/** Longest part of an earlier turn used to resolve a follow-up. */
const MAX_TURN_CHARS = 300;

export function isFollowUp(question: string): boolean {
  const q = question.trim();
  const english = japaneseRatio(q) < 0.05;
  return POINTS_BACK_JA.test(q) || (english && POINTS_BACK_EN.test(q)) || ELLIPTIC.test(q);
}

/** The text used for retrieval: the question, plus the topic-setting earlier question when it is a follow-up. */
export function retrievalQuery(question: string, history: Turn[] | undefined): string {
  if (!history || history.length === 0 || !isFollowUp(question)) return question;
  const userTurns = history
    .filter((turn) => turn.role === 'user')
    .map((turn) => cleanQuestion(turn.text).slice(0, MAX_TURN_CHARS))
    .filter(Boolean);
  const anchor = [...userTurns].reverse().find((text) => !isFollowUp(text)) ?? userTurns.at(-1);
  return anchor ? `${anchor} ${question.trim()}` : question;
}

/** A pronoun standing for something said before: 「それは」「これって」「that」. */
const PRONOUN_JA = /^(それ|これ|あれ|そこ|そちら|こちら)(は|って|が|も|を|に|で|の)/;
const PRONOUN_EN = /^(it|that|this|they|those)\b/i;

/**
 * A question that only makes sense after another one: it opens with a pronoun and names no topic
 * of its own (「それはいつ始まった？」, "When did it start?"). With no earlier question, there is
 * nothing to answer it from.
 */
export function lacksTopic(question: string, tokenizer: Partial<PosTokenizer>): boolean {
  const q = question.trim();
  if (japaneseRatio(q) < 0.05) {
    const rest = q.replace(PRONOUN_EN, '');
    return (
      rest !== q && !/\b[A-Z][A-Za-z]+/.test(rest) && rest.split(/\s+/).filter((word) => word.length > 3).length <= 2
    );
  }
  const match = PRONOUN_JA.exec(q);
  if (!match || !tokenizer.tokens) return false;
  return topicNouns(q.slice(match[0].length), tokenizer as PosTokenizer).length === 0;
}
