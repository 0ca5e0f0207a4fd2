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
/** 「新人です。まず何から読めばいい？」: where to start reading, which asks for the shelf without naming it. */
const READING_ASKED = /((何|なに|どれ|どこ)から|まず|最初に)[^。？?]{0,8}読(め|む|ん)/;
const ASKS_JA =
  /(どんな|どれ|どの|何が(ある|あります|入って)|何冊|何本|いくつ|一覧|全部|読めば|読むべき|読んだら|おすすめ|お勧め|どこから|何から)/;
const SHELF_EN = /\b(reports?|documents?|papers?|shelf)\b/i;
/** "I'm new here. Where should I start reading?": the shelf, though the question says no "report". */
const READING_ASKED_EN = /\b(where|what) should (i|we) (start|begin)\b|\bstart(ing)? reading\b|\bread first\b/i;
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
  '新人',
  '新入',
  '担当者',
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
    'newcomer where please tell show give know kotae bot this these that those it them and or m am just ' +
    'joined here hi hello'
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
    return (
      (SHELF_EN.test(q) ? ASKS_EN.test(q) : READING_ASKED_EN.test(q)) &&
      !CONTENT_EN.test(q) &&
      words.every((w) => SHELF_WORDS_EN.has(w))
    );
  }
  if (!(SHELF_JA.test(q) || READING_ASKED.test(q)) || !ASKS_JA.test(q) || !tokenizer.tokens) return false;
  return topicNouns(q, tokenizer as PosTokenizer).every((noun) => SHELF_NOUNS.has(noun));
}

/** Words that name no report in particular (報告書, "report"): left out when telling which report a question names. */
export const GENERIC_REPORT_TERMS = new Set(['報告書', '報告', '書', 'レポート', 'リポート', '資料', '調査', '文書']);

/**
 * The answer to what the reports a question names cover (「NRIの報告書って何が書いてあるの？」), or
 * undefined when it names none and so asks about a topic (「RIT事業の資料って何が書いてある？」).
 * `scores(text)` tells how strongly a text names each report (1 for the best-named one).
 */
export function answerAboutReports(
  question: string,
  lang: 'ja' | 'en',
  reports: ReportOverview[],
  scores: (text: string) => (doc: string) => number,
): Answer | undefined {
  const whole = scores(question);
  const named = namedReports(question, lang, reports, scores);
  if (named.length > 0 && named.length <= MAX_NAMED_REPORTS) return reportAnswer(question, lang, named);
  // Naming most, or pointing at one without naming it (「この報告書の概要は？」): the shelf, named ones first.
  if (named.length > MAX_NAMED_REPORTS || /^(この|その)/.test(question.trim())) {
    return shelfAnswer(
      question,
      lang,
      [...reports].sort((a, b) => whole(b.doc) - whole(a.doc)),
    );
  }
  return undefined;
}

/** The reports a question names (「NRIと日本総研のレポート」: each name joined by と/and picks its own). */
function namedReports(
  question: string,
  lang: 'ja' | 'en',
  reports: ReportOverview[],
  scores: (text: string) => (doc: string) => number,
): ReportOverview[] {
  const parts =
    lang === 'ja'
      ? question.split(/と|や/).filter((part) => part.trim().length >= 2)
      : [...question.matchAll(/\b([A-Z][\w.&-]*) (?:and|&) ([A-Z][\w.&-]*)\b/g)].flatMap((match) => [
          match[1]!,
          match[2]!,
        ]);
  const each = [scores(question), ...(parts.length > 1 ? parts.map(scores) : [])];
  return reports.filter((report) => each.some((score) => score(report.doc) >= NAMED_REPORT_SCORE));
}

/**
 * 「NRIの報告書っていつ出たの？」, "When was the NRI report published?": the date of a report itself,
 * which the shelf's metadata gives (`corpus/sources.json`), not a date its passages mention.
 */
export function asksWhenReportPublished(question: string, lang: 'ja' | 'en'): boolean {
  const q = question.normalize('NFKC');
  return lang === 'en'
    ? PUBLISHED_EN.some((pattern) => pattern.test(q))
    : PUBLISHED_JA.some((pattern) => pattern.test(q));
}

const PUBLISHED_EN = [
  /\bwhen (was|were|did)\b[^?]{0,120}\b(reports?|papers?|study|studies|documents?|decks?)\b[^?]{0,80}\b(published|released|issued|come out|came out|put out|written|dated)\b/i,
  /\b(publication|release|issue) date\b/i,
];
const PUBLISHED_JA = [
  /(報告書|レポート|リポート|資料)(って|は|の)?[、\s]*((いつ|何年|何月)[^。？?]{0,6}(出|発行|公表|発表|公開|刊行|作成|まとめ)|(発行|公表|発表|公開|刊行|作成)(日|年月日|時期|年)|日付)/,
  // 「島根の調査っていつ発行された」: a study, when it is published (not what a survey found).
  /調査(って|は|の)?[、\s]*(いつ|何年|何月)[^。？?]{0,6}(発行|公表|刊行|公開)/,
];

/**
 * The publication date of the report a question names, from the shelf's metadata, cited by the quote
 * that says what the report is; when the metadata gives no date, a plain abstention saying so.
 * 「ジェトロの報告書っていつ出たの」 names two: each with its date. Undefined when the question names
 * no report, or most of the shelf.
 */
export function answerReportDate(
  question: string,
  lang: 'ja' | 'en',
  reports: ReportOverview[],
  scores: (text: string) => (doc: string) => number,
): Answer | undefined {
  const named = namedReports(question, lang, reports, scores).filter((report) => report.citations.length > 0);
  if (named.length === 0 || named.length > MAX_NAMED_REPORTS) return undefined;
  const dated = named.filter((report) => report.date);
  // The reports without a date are shown as related, each by the quote that says what it is.
  const related = named.filter((report) => !report.date).map((report, i) => ({ ...report.citations[0]!, n: i + 1 }));
  const text = DATE_TEXT[lang];
  const undated = named.filter((report) => !report.date).map((report) => text.none(`『${report.title}』`));
  if (dated.length === 0) {
    return {
      question,
      lang,
      text: undated.join('\n'),
      abstained: true,
      abstainReason: `the shelf gives no publication date for ${named.map((report) => report.doc).join(', ')}`,
      confidence: 0.3,
      citations: [],
      related,
      suggestions: named.map((report) => TEXT[lang].more(report.title)),
      composer: 'extractive',
    };
  }
  const citations = dated.map((report, i) => ({ ...report.citations[0]!, n: i + 1 }));
  const lines = dated.map(
    (report, i) =>
      `${text.dated(`『${report.title}』`, formatDate(report.date!, lang))}\n・「${citations[i]!.quote}」[${i + 1}]`,
  );
  return {
    question,
    lang,
    text: [...lines, ...undated].join('\n'),
    abstained: false,
    abstainReason: null,
    confidence: 0.8,
    citations,
    related,
    suggestions: dated.map((report) => TEXT[lang].more(report.title)),
    composer: 'extractive',
  };
}

const DATE_TEXT = {
  ja: {
    dated: (title: string, date: string) => `${title}の発行日は${date}です（報告書の一覧による）。`,
    none: (title: string) =>
      `お調べした報告書の一覧には、${title}の発行日が記載されていません。報告書の内容は「関連」に示します。`,
  },
  en: {
    dated: (title: string, date: string) => `${title} is dated ${date} (from the shelf's list of reports):`,
    none: (title: string) =>
      `The shelf's list of reports gives no publication date for ${title}. What it is about is shown as related.`,
  },
};

/** 2008-06-18 → 2008年6月18日 (or as given when not a full date). */
function formatDate(date: string, lang: 'ja' | 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return lang === 'ja' ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

/**
 * A report a question names scores this share of the best-named one's score or more; the two JETRO
 * reports both do for 「ジェトロの報告書」, and both are shown (at most two: more is the shelf).
 */
const NAMED_REPORT_SCORE = 0.9;
const MAX_NAMED_REPORTS = 2;

/** The answer to what the named reports cover: each with its publisher, date, sections and overview, quoted and cited. */
function reportAnswer(question: string, lang: 'ja' | 'en', reports: ReportOverview[]): Answer {
  const text = TEXT[lang];
  const citations: Citation[] = [];
  const blocks = reports.map((report) => {
    const quotes = report.citations.map((citation) => {
      const n = citations.length + 1;
      citations.push({ ...citation, n });
      return `・「${citation.quote}」[${n}]`;
    });
    // The report's own table of contents, cited, when it has one; else the sections the chunker found.
    const contents = report.contents && { ...report.contents, n: citations.length + 1 };
    if (contents) citations.push(contents);
    const sections = cleanSections(report.sections).slice(0, contents ? MAX_PARTS_SHOWN : SECTIONS_SHOWN);
    const cited = contents ? `[${contents.n}]` : '';
    return [
      text.covers(heading(report)),
      ...quotes,
      ...(sections.length > 0 ? [`${text.sections}${sections.join(' ／ ')}${cited}`] : []),
    ].join('\n');
  });
  const intro = reports.length > 1 ? [text.named(reports.length)] : [];
  return {
    question,
    lang,
    text: [...intro, ...blocks].join('\n\n'),
    abstained: false,
    abstainReason: null,
    confidence: 0.8,
    citations,
    related: [],
    suggestions:
      lang === 'ja'
        ? reports.slice(0, 1).flatMap((report) =>
            cleanSections(report.sections)
              .slice(0, 2)
              // 「１．前回の振り返り」 is asked about as 「前回の振り返り」.
              .map((section) => text.section(shortName(report), section.replace(/^[0-9０-９]{1,2}\s*[.．]\s*/, ''))),
          )
        : [TEXT.en.shelf],
    composer: 'extractive',
  };
}

/** 『title』（publisher, date）, without what the title already says (「（経済産業省委託調査）」 twice). */
function heading(report: ReportOverview): string {
  const publisher = report.publisher?.replace(/[（(][^）)]*[）)]/g, (part) =>
    report.title.includes(part) ? '' : part,
  );
  const source = [publisher, report.date].filter(Boolean).join(', ');
  return `『${report.title}』${source ? `（${source}）` : ''}`;
}

/** A report's name for a follow-up question: its publisher, or its title up to the first bracket. */
function shortName(report: ReportOverview): string {
  return (report.publisher ?? report.title)
    .replace(/[（(].*$/, '')
    .replace(/^株式会社/, '')
    .trim();
}

/** Section headings as a reader names them: without list marks (■), each once. */
function cleanSections(sections: readonly string[]): string[] {
  const seen = new Set<string>();
  return sections
    .map((section) => section.replace(/^[■□●◆◇・\s]+/, '').trim())
    .filter((section) => section.length >= 2 && !seen.has(section) && seen.add(section));
}

/** Sections listed for a report in an answer: enough to see its structure in a chat message. */
const SECTIONS_SHOWN = 6;
/** The parts of a report's own table of contents listed (all of a usual one). */
const MAX_PARTS_SHOWN = 10;

const TEXT = {
  ja: {
    intro: (n: number) => `お調べできる報告書は次の${n}点です（それぞれが何を扱うかを本文から引用します）。`,
    more: (title: string) => `「${title}」には何が書かれていますか？`,
    named: (n: number) => `お尋ねの報告書は次の${n}点です。`,
    covers: (report: string) => `${report}は、次のような内容です。`,
    sections: '構成：',
    section: (report: string, section: string) => `${report}の報告書の「${section}」について教えて`,
    shelf: 'どんな報告書がある？',
  },
  en: {
    intro: (n: number) => `The shelf holds ${n} reports (each with a quote saying what it is about, in Japanese):`,
    more: (title: string) => `What does "${title}" cover?`,
    named: (n: number) => `The ${n} reports you named:`,
    covers: (report: string) => `${report} is about the following (quoted in the original Japanese):`,
    sections: 'Sections: ',
    section: (_report: string, section: string) => `What does the section "${section}" say?`,
    shelf: 'What reports do you have?',
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
