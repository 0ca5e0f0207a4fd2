/**
 * What kind of answer a question wants, from its wording: a list ("8つのポイントは？", "what are"),
 * a number ("いくら", "何社", "how many"), a definition ("X とは", "what is"), or a reason/other.
 */
export type QuestionKind = 'list' | 'number' | 'definition' | 'reason' | 'other';

export function questionKind(question: string): QuestionKind {
  const q = question.normalize('NFKC').toLowerCase();
  if (
    /(いくつ|何つ|[0-9一二三四五六七八九十]+つ|[0-9]+点|挙げ|列挙|一覧|どんな(もの|こと|取組|取り組み|施策)|ポイント|要素|柱|what are|list|which .*s\b|pillars|points)/.test(
      q,
    )
  )
    return 'list';
  if (
    /(いくら|何社|何人|何件|何年|何%|何パーセント|どのくらい|どれくらい|どの程度|規模|金額|予算|人数|件数|割合|いつ|how (much|many|large)|when|what year|number of)/.test(
      q,
    )
  )
    return 'number';
  if (/(とは|って何|ってなに|ってどういう|の意味|定義|what (is|does) .* (mean|stand for)|what is|define)/.test(q))
    return 'definition';
  if (/(なぜ|何故|どうして|理由|要因|背景|why|reason)/.test(q)) return 'reason';
  return 'other';
}
