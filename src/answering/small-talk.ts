/**
 * Greetings, thanks and requests for help (「こんにちは」「ありがとう」「何ができるの？」, "hi",
 * "help") are not questions about the reports: searching them quotes whatever mentions 今日 or
 * 可能. They get a short reply that says what kotae does, with questions to start from.
 */
import type { Answer } from './answer.js';

export type SmallTalk = 'greeting' | 'thanks' | 'help';

const PATTERNS: [SmallTalk, RegExp][] = [
  [
    'greeting',
    /^(こんにちは|こんにちわ|こんばんは|おはよう(ございます)?|はじめまして|初めまして|よろしく(お願いします|おねがいします)?|やあ|ハロー|hi|hello|hey|good (morning|afternoon|evening))$/i,
  ],
  [
    'thanks',
    /^(ありがとう(ございます|ございました)?|どうもありがとう(ございます)?|助かりました|助かる|thanks?( a lot| you( very much)?)?|thank you( very much)?|ok,? thanks)$/i,
  ],
  [
    'help',
    /^(ヘルプ|help|使い方(は|を教えて(ください)?)?|何ができる(の|ますか|んですか)?|何を聞けば(いい|良い)(の|ですか)?|what can you do|how (do|can) i use (you|this|kotae))$/i,
  ],
];

/** The kind of small talk a question is, if it is nothing else (punctuation and emoji aside). */
export function smallTalk(question: string): SmallTalk | undefined {
  const q = question
    .normalize('NFKC')
    .replace(/[\s。、．，.,!！?？~〜…・☺-➿\u{1F000}-\u{1FFFF}]+$/gu, '')
    .replace(/^[\s、，,]+/, '')
    .trim();
  return PATTERNS.find(([, pattern]) => pattern.test(q))?.[0];
}

const TEXT = {
  ja: {
    greeting: (n: number) =>
      `こんにちは。kotae（答え）です。地域の産業政策に関する報告書${n}点をもとに、根拠の箇所（報告書名・節・行）を引用してお答えします。たとえば次のように聞いてみてください。`,
    thanks: () => 'どういたしまして。ほかにも報告書について気になることがあれば、いつでも聞いてください。',
    help: (n: number) =>
      `報告書${n}点について質問すると、該当する箇所を引用し、報告書名・節・行を添えてお答えします。報告書の一覧は「まずどの報告書から読めばいい？」、用語は「RACIとは？」のように聞けます。報告書に書かれていないことは、そうお伝えします。`,
  },
  en: {
    greeting: (n: number) =>
      `Hello, I am kotae. I answer questions about ${n} Japanese reports on regional industrial policy, quoting the passages I rely on (report, section, lines). You could start with:`,
    thanks: () => 'You are welcome. Ask me anything else about the reports.',
    help: (n: number) =>
      `Ask about the ${n} reports and I quote the passages that answer it, with the report, section and lines. "What reports do you have?" lists them; "What is RACI?" explains a term. When the reports do not say, I tell you so.`,
  },
};

export function smallTalkAnswer(
  question: string,
  kind: SmallTalk,
  lang: 'ja' | 'en',
  reportCount: number,
  suggestions: string[],
): Answer {
  return {
    question,
    lang,
    text: TEXT[lang][kind](reportCount),
    // Nothing was looked up: no citation, so not an answer to a question about the reports.
    abstained: true,
    abstainReason: `not a question about the reports (${kind})`,
    confidence: 0,
    citations: [],
    related: [],
    suggestions: kind === 'thanks' ? [] : suggestions,
    composer: 'extractive',
  };
}
