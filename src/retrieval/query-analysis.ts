/**
 * Turns a staff question into weighted search terms: strips question phrasing (教えて, とは,
 * について, ですか, って何 …), keeps content words, adds character bigrams, and for English
 * questions translates content words with the offline English→Japanese lexicon.
 */
import { charBigrams } from '../text/tokenizer.js';
import { japaneseRatio, normalizeForIndex } from '../text/normalize.js';
import type { Tokenizer } from '../text/tokenizer.js';
import type { Lexicon } from './lexicon.js';

export interface AnalyzedQuery {
  /** The question with question phrasing removed (for dense embedding and display). */
  core: string;
  lang: 'ja' | 'en';
  terms: Map<string, number>;
  grams: Map<string, number>;
}

/** Question phrasing that says nothing about the topic. Longest forms first. */
const QUESTION_PHRASES = [
  /(について|に関して|に関する|の件で)?(詳しく|ざっくり|簡単に|かんたんに)?(教えて|おしえて)(ください|下さい|ほしい|欲しい|もらえますか|くれる|くれ|よ|ね)?/g,
  /(を|が)?(知りたい|知りたいです|聞きたい|確認したい)/g,
  /(とは|って)(何|なに|なん)(ですか|でしょうか|だっけ|なの|か)?/g,
  /(は|って)?(何|なに|なん|どれ|どこ|いつ|誰|だれ)(ですか|でしょうか|だっけ|なの|か)/g,
  /(ですか|でしょうか|ますか|ましたか|のか|かな|っけ|だっけ)/g,
  /(について|に関して)/g,
  /(レポート|報告書|資料)(だと|では|で|には|に|の中で)?/g,
  /[?？!！。、]+/g,
];

/** Terms that frame a question rather than name its topic. */
const QUERY_STOP_TERMS = new Set([
  'レポート', '報告書', '資料', '文書', '中身', '内容', '具体', '具体的', '書く', '言う', '載る', '感じ', 'ざっくり',
  '簡単', '詳しい', 'ポイント', '整理', '挙げる', '述べる', '説明', '場合', 'まとめる', 'いくつ', 'どういう',
]);

export function stripQuestionPhrasing(question: string): string {
  let core = question;
  for (const pattern of QUESTION_PHRASES) core = core.replace(pattern, ' ');
  return core.replace(/\s+/g, ' ').trim() || question.trim();
}

export function analyzeQuery(question: string, tokenizer: Tokenizer, lexicon?: Lexicon): AnalyzedQuery {
  const lang: 'ja' | 'en' = japaneseRatio(question) < 0.2 && /[a-z]{2}/i.test(question) ? 'en' : 'ja';
  const core = stripQuestionPhrasing(question);
  const terms = new Map<string, number>();
  const grams = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, weight: number) =>
    map.set(key, Math.max(map.get(key) ?? 0, weight));

  for (const term of tokenizer.terms(core)) {
    // Framing words still count a little: they may be the topic ("ポイント" in a list question).
    add(terms, term, QUERY_STOP_TERMS.has(term) ? 0.2 : 1);
  }
  for (const gram of charBigrams(normalizeForIndex(core))) add(grams, gram, 1);

  if (lexicon) {
    // English words (also inside Japanese questions: "FDI", "cluster") get their Japanese terms.
    const translated = lexicon.translate(core);
    for (const { ja, weight } of translated) {
      const w = lang === 'en' ? weight : weight * 0.5;
      for (const term of tokenizer.terms(ja)) add(terms, term, w);
      for (const gram of charBigrams(normalizeForIndex(ja))) add(grams, gram, w * 0.7);
    }
  }
  return { core, lang, terms, grams };
}
