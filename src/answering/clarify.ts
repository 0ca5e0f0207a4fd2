/**
 * The reply to a question that refers back to an earlier one (「それはいつ始まった？」) when there is
 * no earlier one: saying what is missing beats quoting whatever matches 「始まった」.
 */
import type { Answer } from './answer.js';

const TEXT = {
  ja: '「それ」「その」などが何を指すのか分かりませんでした（この会話にはまだ話題がありません）。話題（制度名・地域名・報告書名など）を含めて、もう一度質問してください。',
  en: 'I could not tell what "it" or "that" refers to. Please ask again and name the topic (a programme, region or report).',
};

export function askForTopic(question: string, lang: 'ja' | 'en', suggestions: string[]): Answer {
  return {
    question,
    lang,
    text: TEXT[lang],
    abstained: true,
    abstainReason: 'the question refers back to an earlier one and there is none',
    confidence: 0,
    citations: [],
    related: [],
    suggestions,
    composer: 'extractive',
  };
}
