/**
 * Resolves a follow-up question against the conversation: 「それはいつ始まった？」 or
 * 「ドイツの場合は？」 say little on their own, so retrieval uses them together with the
 * previous question of the thread. A question that stands on its own is left alone.
 */
import type { Turn } from './chat-service.js';

/** Words that point back to something said before. */
const ANAPHORA =
  /(それ|その|これ|この|あれ|あの|そこ|同じ|上記|前述|ほか|他に|他には|じゃあ|では|なら|の場合|場合は|についても|も教えて|\b(it|its|that|this|those|they|them|what about|how about)\b)/i;

/** A follow-up is short, or points back, or is just a noun phrase ending in は？ */
export function isFollowUp(question: string): boolean {
  const q = question.trim();
  if (ANAPHORA.test(q)) return true;
  if (q.length <= 12) return true;
  return /^[^。、]{1,20}(は|って|も)[？?]?$/.test(q);
}

/** The text used for retrieval: the question, plus the last user question when it is a follow-up. */
export function retrievalQuery(question: string, history: Turn[] | undefined): string {
  if (!history || history.length === 0 || !isFollowUp(question)) return question;
  const previous = [...history].reverse().find((turn) => turn.role === 'user' && turn.text.trim());
  return previous ? `${previous.text.trim()} ${question.trim()}` : question;
}
