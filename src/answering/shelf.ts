/**
 * Questions about the shelf itself (「どんな報告書がある？」「まずどの報告書から読めばいい？」) are
 * answered from the onboarding overviews: every report with its publisher, date and the sentence
 * that says what it is about, each quoted and cited, instead of passages that happen to contain
 * 報告書 or 担当.
 */
import type { ReportOverview } from '../chat/chat-service.js';
import type { Answer, Citation } from './answer.js';
import { type PosTokenizer, topicNouns } from './unseen-names.js';

const SHELF_JA = /(報告書|レポート|資料|文献)/;
const ASKS_JA =
  /(どんな|どれ|どの|何が(ある|あります|入って)|何冊|何本|いくつ|一覧|全部|読めば|読むべき|読んだら|おすすめ|お勧め|どこから|何から)/;
const SHELF_EN = /\b(reports?|documents?|papers?|shelf)\b/i;
const ASKS_EN = /\b(which|what (reports|documents)|list|how many|read first|start with|recommend)\b/i;

/** Nouns of a question about the shelf itself; any other topic noun makes it a question about content. */
const SHELF_NOUNS = new Set([
  '報告',
  '書',
  '報告書',
  'レポート',
  '資料',
  '文献',
  '棚',
  '一覧',
  '全部',
  '担当',
  '新任',
  '最初',
  '初め',
  'はじめ',
  '何',
  'どれ',
  'おすすめ',
  'お勧め',
  '種類',
  '冊',
  '本',
  '点',
  'ここ',
  'これ',
  'この',
  'こちら',
  'bot',
  'ボット',
]);
const CONTENT_EN = /\b(about|regarding|say|says|cover|covers)\s+(?!them\b|it\b)[A-Za-z]/i;
/**
 * The words of an English question about the shelf itself; any other word is a topic (「In the JRI
 * report, how many companies did the HVM Catapult support?」 asks what a report says).
 */
const SHELF_WORDS_EN = new Set(
  (
    'report reports document documents paper papers shelf which what list how many read reading first start ' +
    'starting begin with recommend recommended should would could can i we you me us there here is are do does ' +
    'have has had the a an of in on to for from all your our my any available one ones best new staff member ' +
    'newcomer where please tell show give know kotae bot this these that those it them and or'
  ).split(' '),
);

/**
 * A question about which reports there are, or where to start reading — not a question about
 * what a report says (「NRIの報告書ではどんな方向性が示されてる？」 names a topic: 方向性).
 */
export function isShelfQuestion(question: string, lang: 'ja' | 'en', tokenizer: Partial<PosTokenizer>): boolean {
  const q = question.normalize('NFKC');
  if (lang === 'en') {
    const words = q.toLowerCase().match(/[a-z]+/g) ?? [];
    return SHELF_EN.test(q) && ASKS_EN.test(q) && !CONTENT_EN.test(q) && words.every((w) => SHELF_WORDS_EN.has(w));
  }
  if (!SHELF_JA.test(q) || !ASKS_JA.test(q) || !tokenizer.tokens) return false;
  return topicNouns(q, tokenizer as PosTokenizer).every((noun) => SHELF_NOUNS.has(noun));
}

const TEXT = {
  ja: {
    intro: (n: number) => `お調べできる報告書は次の${n}点です（それぞれが何を扱うかを本文から引用します）。`,
    more: (title: string) => `「${title}」には何が書かれていますか？`,
  },
  en: {
    intro: (n: number) => `The shelf holds ${n} reports (each with a quote saying what it is about, in Japanese):`,
    more: (title: string) => `What does "${title}" cover?`,
  },
};

/** `reports` in the order to show them (the ones the question names first). */
export function shelfAnswer(question: string, lang: 'ja' | 'en', reports: ReportOverview[]): Answer {
  const text = TEXT[lang];
  const citations: Citation[] = [];
  const lines = reports.map((report) => {
    const source = [report.publisher, report.date].filter(Boolean).join(', ');
    const head = `『${report.title}』${source ? `（${source}）` : ''}`;
    const lead = report.citations[0];
    if (!lead) return `・${head}`;
    const n = citations.length + 1;
    citations.push({ ...lead, n });
    return `・${head}\n  「${lead.quote}」[${n}]`;
  });
  return {
    question,
    lang,
    text: `${text.intro(reports.length)}\n${lines.join('\n')}`,
    abstained: false,
    abstainReason: null,
    confidence: 0.8,
    citations,
    related: [],
    suggestions: reports.slice(0, 2).map((report) => text.more(report.title)),
    composer: 'extractive',
  };
}
