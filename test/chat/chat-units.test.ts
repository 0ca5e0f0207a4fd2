import { describe, expect, it } from 'vitest';
import { isFollowUp, lacksTopic, retrievalQuery } from '../../src/chat/follow-up.js';
import { RateLimiter } from '../../src/chat/rate-limiter.js';
import { cleanQuestion, validateQuestion } from '../../src/chat/validate-question.js';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError, ErrorCode, QuestionError } from '../../src/errors.js';
import { splitText } from '../../src/surfaces/split-text.js';

function questionError(raw: string, max = 2000): QuestionError {
  try {
    validateQuestion(raw, max);
  } catch (error) {
    expect(error).toBeInstanceOf(QuestionError);
    return error as QuestionError;
  }
  throw new Error(`expected a QuestionError for ${JSON.stringify(raw.slice(0, 40))}`);
}

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('validateQuestion', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\u3000 '],
    ['only a Slack mention', '<@U123>'],
    ['only mentions and spaces', '<@U123> <!here>  <#C999>'],
  ])('GIVEN %s THEN refuses with a polite Japanese userMessage', (_, raw) => {
    const error = questionError(raw);
    expect(error.code).toBe(ErrorCode.QuestionInvalid);
    expect(error.userMessage).toMatch(/ください/);
    expect(error.userMessage).not.toMatch(/error|undefined|stack/i);
  });

  it('GIVEN a 100,000-character paste THEN refuses as too long, naming the limit', () => {
    const error = questionError('産業'.repeat(50_000));
    expect(error.message).toMatch(/too long/);
    expect(error.userMessage).toContain('長すぎます');
    expect(error.userMessage).toContain('2,000');
  });

  it('GIVEN a question just over the limit after cleaning THEN refuses it', () => {
    expect(questionError('あ'.repeat(2001)).userMessage).toContain('長すぎます');
    expect(validateQuestion('あ'.repeat(2000), 2000)).toHaveLength(2000);
  });

  it('GIVEN only punctuation THEN refuses it', () => {
    expect(questionError('？？？！！').userMessage).toMatch(/読み取れません/);
  });

  it('removes control characters and mentions and folds whitespace', () => {
    expect(validateQuestion('<@U123>  LL事業\u0000とは\u0007？\u200B\n\n教えて', 2000)).toBe('LL事業とは？ 教えて');
    expect(cleanQuestion('\uFEFF<@!42>ドイツ\u001Fの事例')).toBe('ドイツの事例');
  });
});

describe('follow-up questions', () => {
  it('recognizes follow-ups', () => {
    expect(isFollowUp('ドイツの場合は？')).toBe(true);
    expect(isFollowUp('それはいつ始まった？')).toBe(true);
    expect(isFollowUp('予算は？')).toBe(true);
    expect(isFollowUp('What about Germany?')).toBe(true);
  });

  it('leaves a question that stands on its own alone', () => {
    expect(isFollowUp('産業集積地における国際産業連携の成功要因を教えてください。')).toBe(false);
  });

  it('retrievalQuery joins a follow-up with the last user question', () => {
    const history = [
      { role: 'user' as const, text: '最初の質問' },
      { role: 'assistant' as const, text: '回答' },
      { role: 'user' as const, text: '産業クラスター政策について教えて' },
      { role: 'assistant' as const, text: '回答2' },
    ];
    expect(retrievalQuery('ドイツの場合は？', history)).toBe('産業クラスター政策について教えて ドイツの場合は？');
    const standalone = '産業集積地における国際産業連携の成功要因を教えてください。';
    expect(retrievalQuery(standalone, history)).toBe(standalone);
    expect(retrievalQuery('ドイツの場合は？', [])).toBe('ドイツの場合は？');
    expect(retrievalQuery('ドイツの場合は？', undefined)).toBe('ドイツの場合は？');
  });
});

describe('RateLimiter', () => {
  it('allows `limit` hits per window, then refuses with retryAfterMs, then allows again', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect(limiter.take('u1').allowed).toBe(true);
    now += 10_000;
    expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(true);
    const refused = limiter.take('u1');
    expect(refused).toEqual({ allowed: false, retryAfterMs: 60_000 - 10_000 });
    // Other users are not affected.
    expect(limiter.take('u2').allowed).toBe(true);
    // The first hit leaves the window.
    now = 1_000_000 + 60_000;
    expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(false);
  });

  it('refused hits do not extend the wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    expect(limiter.take('u').allowed).toBe(true);
    now = 500;
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterMs: 500 });
    now = 1000;
    expect(limiter.take('u').allowed).toBe(true);
  });
});

describe('splitText', () => {
  const answer = Array.from(
    { length: 40 },
    (_, i) =>
      `・「産業クラスター政策は地域の企業と大学の連携を促し、新事業を生み出すことを目的としている。」[${i + 1}]`,
  ).join('\n');

  it.each([10, 37, 60, 100, 500, 2000])('max %i: no piece over max, markers never cut, rejoins to the text', (max) => {
    const pieces = splitText(answer, max);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(max);
      expect(piece.length).toBeGreaterThan(0);
    }
    const strip = (text: string) => text.replace(/\s+/g, '');
    expect(strip(pieces.join(''))).toBe(strip(answer));
    const markers = (text: string) => text.match(/\[\d{1,3}\]/g) ?? [];
    expect(pieces.flatMap(markers)).toEqual(markers(answer));
  });

  it('keeps a marker with the sentence it follows', () => {
    const text = `${'あ'.repeat(40)}。[12]${'い'.repeat(40)}`;
    const pieces = splitText(text, 50);
    expect(pieces[0]).toBe(`${'あ'.repeat(40)}。[12]`);
  });

  it('GIVEN a cut that would fall inside [12] THEN moves it before the marker', () => {
    const text = `${'あ'.repeat(18)}[12]${'い'.repeat(30)}`;
    const pieces = splitText(text, 20);
    for (const piece of pieces) expect(piece).not.toMatch(/\[\d*$|^\d*\]/);
    expect(pieces.join('')).toBe(text);
  });

  it('returns the text whole when it fits and refuses a tiny max', () => {
    expect(splitText('  短い回答です。[1]  ', 100)).toEqual(['短い回答です。[1]']);
    expect(() => splitText('x', 5)).toThrow(RangeError);
  });
});

describe('loadConfig', () => {
  it('gives documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, corpusDir: 'corpus', indexDir: 'indexes' });
    expect(config.slack).toBeUndefined();
    expect(config.llm).toBeUndefined();
    expect(config.embedder.kind).toBe('lsa');
  });

  it('GIVEN a bad PORT THEN the ConfigError names PORT and the value', () => {
    const error = configError({ PORT: 'eighty' });
    expect(error.code).toBe(ErrorCode.ConfigError);
    expect(error.message).toMatch(/^\s*PORT:/m);
    expect(error.message).toContain('"eighty"');
    expect(configError({ PORT: '70000' }).message).toMatch(/^\s*PORT:/m);
  });

  it('GIVEN SLACK_APP_TOKEN without SLACK_BOT_TOKEN THEN names SLACK_BOT_TOKEN and does not echo the token', () => {
    const secret = 'xapp-1-A111-222-abcdefsecret';
    const error = configError({ SLACK_APP_TOKEN: secret });
    expect(error.message).toContain('SLACK_BOT_TOKEN');
    expect(error.message).not.toContain(secret);
  });

  it('GIVEN several bad variables THEN names each of them', () => {
    const error = configError({ PORT: 'x', DISCORD_API_URL: 'ftp://example.org' });
    expect(error.message).toContain('DISCORD_API_URL');
    expect(error.message).toContain('PORT');
  });

  it('never echoes a token when another variable is invalid', () => {
    const token = 'xoxb-1234-5678-topsecretvalue';
    const error = configError({ SLACK_BOT_TOKEN: token, SLACK_PORT: 'nope' });
    expect(error.message).toContain('SLACK_PORT');
    expect(error.message).not.toContain(token);
  });

  it('GIVEN SLACK_BOT_TOKEN and SLACK_APP_TOKEN THEN Socket Mode', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(config.slack?.mode).toBe('socket');
  });

  it('GIVEN an LLM provider THEN the llm config carries the timeout and the key fallback', () => {
    const config = loadConfig({ KOTAE_LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-x', KOTAE_LLM_TIMEOUT_MS: '1500' });
    expect(config.llm).toMatchObject({ provider: 'openai', apiKey: 'sk-x', timeoutMs: 1500 });
  });
});

describe('follow-up resolution across several turns', () => {
  it('GIVEN a chain of follow-ups THEN retrieval keeps the question that set the topic', () => {
    const history = [
      { role: 'user' as const, text: "<@U123> it's OWLとは？" },
      { role: 'assistant' as const, text: '…' },
      { role: 'user' as const, text: 'それはいつ始まった？' },
      { role: 'assistant' as const, text: '…' },
    ];
    expect(retrievalQuery('ドイツの場合は？', history)).toBe("it's OWLとは？ ドイツの場合は？");
  });
  it('GIVEN standalone short questions THEN they are not follow-ups', () => {
    expect(isFollowUp('RACIとは？')).toBe(false);
    expect(isFollowUp('LL事業の予算は？')).toBe(true);
    expect(isFollowUp('島根県におけるアモルファス合金の研究拠点はどこにありますか？')).toBe(false);
  });
});

describe('questions in another script', () => {
  it('GIVEN a question with no Japanese or Latin letters THEN a polite QuestionError asks for Japanese or English', () => {
    expect(() => validateQuestion('مرحبا كيف حالك', 2000)).toThrow(QuestionError);
    expect(() => validateQuestion('Как дела?', 2000)).toThrow(/Japanese or English/);
    expect(validateQuestion('FDIとは？', 2000)).toBe('FDIとは？');
  });
});

describe('lacksTopic', () => {
  it('GIVEN a pronoun and no topic noun THEN the question needs an earlier one; with a topic it stands alone', async () => {
    const { getTokenizer } = await import('../../src/text/kuromoji-tokenizer.js');
    const tokenizer = await getTokenizer();
    expect(lacksTopic('それはいつ始まった？', tokenizer)).toBe(true);
    expect(lacksTopic('それって何年から？', tokenizer)).toBe(true);
    expect(lacksTopic('それは神戸医療産業都市の話？', tokenizer)).toBe(false);
    expect(lacksTopic('その他の支援策は？', tokenizer)).toBe(false);
    expect(lacksTopic('LL事業はいつ始まった？', tokenizer)).toBe(false);
    expect(lacksTopic('It started when?', tokenizer)).toBe(true);
    expect(lacksTopic('It is said that JETRO supports Shimane: how?', tokenizer)).toBe(false);
  });

  it('GIVEN a determiner pointing back (その後, そのときの) or a pronoun inside an English question THEN it needs an earlier one', async () => {
    const { getTokenizer } = await import('../../src/text/kuromoji-tokenizer.js');
    const tokenizer = await getTokenizer();
    expect(lacksTopic('その後どうなったの？', tokenizer)).toBe(true);
    expect(lacksTopic('そのときの予算は？', tokenizer)).toBe(true);
    expect(lacksTopic('その結果、LL事業はどうなった？', tokenizer)).toBe(false);
    expect(lacksTopic('その他の支援策は？', tokenizer)).toBe(false);
    expect(lacksTopic('この報告書の要点は？', tokenizer)).toBe(false);
    expect(lacksTopic('この制度はいつまで？', tokenizer)).toBe(true);
    expect(lacksTopic('それってどういう意味？', tokenizer)).toBe(true);
    expect(lacksTopic('それは何年に始まったLL事業のこと？', tokenizer)).toBe(false);
    expect(lacksTopic('When did it start?', tokenizer)).toBe(true);
    expect(lacksTopic('How much did it cost?', tokenizer)).toBe(true);
    expect(lacksTopic('When did the LL programme start?', tokenizer)).toBe(false);
    expect(lacksTopic('When did it start in Shimane?', tokenizer)).toBe(false);
    expect(isFollowUp('When did it start?')).toBe(true);
    expect(isFollowUp('When did JETRO start the LL programme?')).toBe(false);
  });
});

describe('isShelfQuestion', () => {
  it('GIVEN questions about which reports there are THEN yes; questions about what they say THEN no', async () => {
    const { getTokenizer } = await import('../../src/text/kuromoji-tokenizer.js');
    const { isShelfQuestion } = await import('../../src/answering/shelf.js');
    const tokenizer = await getTokenizer();
    expect(isShelfQuestion('この棚にはどんな報告書がある？', 'ja', tokenizer)).toBe(true);
    expect(isShelfQuestion('報告書は何冊ある?', 'ja', tokenizer)).toBe(true);
    expect(isShelfQuestion('NRIの報告書ではどんな方向性が挙げられてる？', 'ja', tokenizer)).toBe(false);
    expect(isShelfQuestion('どの報告書にLL事業のことが書いてある？', 'ja', tokenizer)).toBe(false);
    expect(isShelfQuestion('What reports do you have?', 'en', tokenizer)).toBe(true);
    expect(isShelfQuestion('Which reports cover FDI?', 'en', tokenizer)).toBe(false);
    expect(isShelfQuestion('Which report should I read first?', 'en', tokenizer)).toBe(true);
    expect(isShelfQuestion('How many reports are there?', 'en', tokenizer)).toBe(true);
    // Where to start reading asks for the shelf, though it does not say 報告書; a topic makes it content.
    expect(isShelfQuestion('新人です。まず何から読めばいい？', 'ja', tokenizer)).toBe(true);
    expect(isShelfQuestion('どれから読めばいいですか？', 'ja', tokenizer)).toBe(true);
    expect(isShelfQuestion('インダストリー4.0について何から読めばいい？', 'ja', tokenizer)).toBe(false);
    expect(isShelfQuestion('まず何から手を付けるべき？', 'ja', tokenizer)).toBe(false);
    expect(isShelfQuestion("I'm new here. Where should I start reading?", 'en', tokenizer)).toBe(true);
    expect(isShelfQuestion('Where should I start reading about Industrie 4.0?', 'en', tokenizer)).toBe(false);

    // A question about what a report says, naming the report.
    const catapult = 'In the JRI report, how many companies did the HVM Catapult support in 2014-2015?';
    expect(isShelfQuestion(catapult, 'en', tokenizer)).toBe(false);
    const shimane = 'In the Shimane report, which early target applications does JETRO suggest?';
    expect(isShelfQuestion(shimane, 'en', tokenizer)).toBe(false);
  });
});

describe('asksWhatReportCovers', () => {
  it('GIVEN a question about what a report covers as a whole THEN yes; about what it says on a topic THEN no', async () => {
    const { asksWhatReportCovers } = await import('../../src/retrieval/report-questions.js');
    expect(asksWhatReportCovers('日本総研のレポートの概要を教えて', 'ja')).toBe(true);
    expect(asksWhatReportCovers('2008年のジェトロの資料って、何を調べたものなの？', 'ja')).toBe(true);
    expect(asksWhatReportCovers('What does the JETRO Shimane report cover?', 'en')).toBe(true);
    expect(asksWhatReportCovers('Give me an overview of the NRI report', 'en')).toBe(true);
    // The report named first, what it says asked in a sentence after.
    expect(
      asksWhatReportCovers(
        '日本総研の次世代製造業のレポートって、どこの国の話が中心？ざっくり何が書いてあるか知りたい',
        'ja',
      ),
    ).toBe(true);
    expect(asksWhatReportCovers('NRIの報告書って、北上川の話ある？富山では何をしたの？', 'ja')).toBe(false);
    // What it covers said before the word for it (round 47).
    expect(asksWhatReportCovers('野村さんのレポート、読む前にざっくり何を扱ってる資料か知りたい', 'ja')).toBe(true);
    expect(asksWhatReportCovers('どんなことが書いてある報告書なの？', 'ja')).toBe(true);
    expect(asksWhatReportCovers('富山で何をしたか報告書にある？', 'ja')).toBe(false);
    // The topics it holds, asked as a whole (round 48); not the topics of its cases.
    expect(asksWhatReportCovers('経産省の研究会資料って、ざっくりどんな話題が並んでるんでしょう？', 'ja')).toBe(true);
    expect(asksWhatReportCovers('LL事業の資料で、どんな話が載ってる事例が多い？', 'ja')).toBe(false);
    // One sentence of several asks it; words on the report between it and "cover".
    expect(
      asksWhatReportCovers(
        "I'm new on the team — what does the JRI paper on next-generation manufacturing actually cover? Which countries does it look at?",
        'en',
      ),
    ).toBe(true);
    expect(asksWhatReportCovers('NRIの報告書ではどんな方向性が挙げられてる？', 'ja')).toBe(false);
    expect(asksWhatReportCovers('LL事業のアンケート調査ではどんなことが分かった？', 'ja')).toBe(false);
    expect(asksWhatReportCovers('What does the NRI report say about Toyama?', 'en')).toBe(false);
    expect(asksWhatReportCovers('Summarise what the NRI report says about Kitakami', 'en')).toBe(false);
    expect(asksWhatReportCovers('Give me an overview of the support programmes in the METI report', 'en')).toBe(false);
  });
});
