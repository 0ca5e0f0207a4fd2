/**
 * Cleans and checks a question before anything else sees it: chat mentions and control
 * characters removed, whitespace folded; empty or over-long questions refused politely.
 */
import { QuestionError } from '../errors.js';

/** Slack `<@U123>`, `<!here>`, Discord `<@123>`, `<@!123>`, `<@&123>`, `<#123>`. */
const MENTION = /<[@!#][!&]?[A-Za-z0-9_|^.-]*>/g;

export function cleanQuestion(raw: string): string {
  return raw
    .replace(MENTION, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function validateQuestion(raw: string, maxChars: number): string {
  if (typeof raw !== 'string') {
    throw new QuestionError('question is not a string', '質問を文字で入力してください。');
  }
  if (raw.length > maxChars * 4) {
    // Refuse before any processing of a huge paste.
    throw tooLong(raw.length, maxChars);
  }
  const question = cleanQuestion(raw);
  if (!question) {
    throw new QuestionError(
      'empty question',
      '質問が空でした。報告書について知りたいことを文章で書いてください（例:「LL事業とは？」）。',
    );
  }
  if (question.length > maxChars) throw tooLong(question.length, maxChars);
  if (!/[\p{L}\p{N}]/u.test(question)) {
    throw new QuestionError('question has no letters', '質問の内容が読み取れませんでした。言葉で質問してください。');
  }
  // The reports are Japanese and the lexicon English: other scripts cannot be matched at all.
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u.test(question)) {
    throw new QuestionError(
      'question in an unsupported script (ask in Japanese or English)',
      '日本語か英語で質問してください。報告書は日本語で、英語の質問には訳語で検索します。(Please ask in Japanese or English.)',
    );
  }
  return question;
}

function tooLong(length: number, maxChars: number): QuestionError {
  return new QuestionError(
    `question too long (${length} > ${maxChars} characters)`,
    `質問が長すぎます（${length.toLocaleString('ja-JP')}文字）。${maxChars.toLocaleString('ja-JP')}文字以内で、知りたいことを短くまとめてください。`,
  );
}
