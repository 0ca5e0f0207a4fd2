/**
 * Resolves a follow-up question against the conversation: 「それはいつ始まった？」 or
 * 「ドイツの場合は？」 say little on their own, so retrieval uses them together with the question
 * that set the topic (the last earlier user turn that was not itself a follow-up). A question
 * that stands on its own is left alone.
 */
import { type PosTokenizer, topicNouns } from '../answering/unseen-names.js';
import type { Turn } from './chat-service.js';
import { japaneseRatio } from '../text/normalize.js';
import { ENGLISH_STOP_WORDS } from '../retrieval/query-analysis.js';
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
  return POINTS_BACK_JA.test(q) || (english && (POINTS_BACK_EN.test(q) || pronounOnlyEnglish(q))) || ELLIPTIC.test(q);
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

/** A pronoun standing for something said before: 「それは」「これって」. */
const PRONOUN_JA = /^(それ|これ|あれ|そこ|そちら|こちら)(は|って|が|も|を|に|で|の)/;
/**
 * A determiner pointing back: 「その後」「そのときの」「あの制度の」「この制度は」 (not その他 "other",
 * nor 「この報告書」: a question may well say "this report").
 */
const DETERMINER_JA =
  /^(その|あの|この)(?!他|ほか|ため|(報告書|レポート|資料|文書|文中|文章|本文|記事|棚|ボット|bot))/i;
/** English pronouns that stand for a topic named before ("When did it start?"). */
const PRONOUN_EN = /\b(it|its|they|them|their)\b/i;
/**
 * An English question whose only subject is a pronoun: no name (a capitalised word past the first,
 * an acronym) and at most two content words ("When did it start?", "How much did it cost?").
 */
function pronounOnlyEnglish(q: string): boolean {
  if (!PRONOUN_EN.test(q)) return false;
  const words = q.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.some((word, i) => (i > 0 && /^[A-Z]/.test(word)) || /^[A-Z]{2,}/.test(word))) return false;
  const content = words.filter((word) => word.length > 3 && !ENGLISH_STOP_WORDS.has(word.toLowerCase()));
  return content.length <= 2;
}

/**
 * A question that only makes sense after another one: it opens with a pronoun or a determiner
 * pointing back and names no topic of its own (「それはいつ始まった？」「その後どうなったの？」
 * 「そのときの予算は？」, "When did it start?"). With no earlier question, there is nothing to answer
 * it from.
 */
export function lacksTopic(question: string, tokenizer: Partial<PosTokenizer>): boolean {
  const q = question.trim();
  if (japaneseRatio(q) < 0.05) return pronounOnlyEnglish(q);
  if (!tokenizer.tokens) return false;
  const pronoun = PRONOUN_JA.exec(q);
  if (!pronoun && !DETERMINER_JA.test(q)) return false;
  // 「そのときの予算は？」「それってどういう意味？」: the noun after a determiner is what it points at
  // (とき, 制度); one more common noun (予算, 意味) is still no topic, a name or a katakana/Latin term is.
  const tokens = tokenizer.tokens(q);
  if (
    tokens.some(
      (token) =>
        token.pos_detail_1 === '固有名詞' || /^([A-Za-z]{2,}|[\p{Script=Katakana}ー]{3,})$/u.test(token.surface_form),
    )
  )
    return false;
  // After a pronoun (「それってどういう意味？」) every noun counts; after a determiner the first is what it points at.
  const rest = pronoun || tokens[0]?.pos !== '連体詞' ? tokens.slice(1) : tokens.slice(2);
  return topicNouns(rest.map((token) => token.surface_form).join(''), tokenizer as PosTokenizer).length <= 1;
}
