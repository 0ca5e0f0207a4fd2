/**
 * The default composer: offline, no LLM. Picks the sentences (list items, table rows) of the top
 * passages that best answer the question — coverage of the question's content words, agreement
 * with the passage ranking, a bonus for the kind of answer wanted (figures, definitions, lists) —
 * without redundancy (MMR), and presents them as verbatim quotes with [n] markers.
 * Abstains, with the nearest passages as "related", when the evidence is too weak.
 */
import type { Passage } from '../retrieval/passage.js';
import type { AnalyzedQuery } from '../retrieval/query-analysis.js';
import { normalizeForIndex } from '../text/normalize.js';
import type { Tokenizer } from '../text/tokenizer.js';
import { charBigrams } from '../text/tokenizer.js';
import type { Answer, Citation } from './answer.js';
import { citationFor, leadQuote, type ReportLookup } from './citations.js';
import { type QuestionKind, questionKind } from './question-kind.js';
import { passageUnits, type Unit } from './units.js';

export interface ExtractiveOptions {
  /** Passages considered for quotes. Default 5. */
  passages?: number;
  /** Most quotes in an answer (lists may use `maxListUnits`). Default 4. */
  maxUnits?: number;
  /** Most items gathered for a list question. Default 8. */
  maxListUnits?: number;
  /** Answer length budget in characters of quotes. Default 600 (lists 920). */
  maxChars?: number;
  /**
   * Abstain when the best passage covers less than this share of the question's idf-weighted
   * content words. Default 0.2: on the dev set, higher thresholds abstain on many answerable casual questions before catching unanswerable ones (see README, Evaluation).
   */
  minCoverage?: number;
  /** MMR trade-off between relevance (1) and novelty (0). Default 0.75. */
  mmrLambda?: number;
}

export const DEFAULT_EXTRACTIVE_OPTIONS = {
  passages: 5,
  maxUnits: 4,
  maxListUnits: 8,
  maxChars: 600,
  minCoverage: 0.2,
  mmrLambda: 0.75,
} satisfies Required<ExtractiveOptions>;

export interface ComposeInput {
  question: string;
  lang: 'ja' | 'en';
  query: AnalyzedQuery;
  passages: Passage[];
  reports: ReportLookup;
  tokenizer: Tokenizer;
  /** Inverse document frequency of an index term. */
  idf: (term: string) => number;
}

interface Candidate {
  unit: Unit;
  passage: Passage;
  rank: number;
  score: number;
  coverage: number;
  grams: Set<string>;
}

const TEXT = {
  ja: {
    intro: '報告書には次のように書かれています。',
    listIntro: '報告書では次のように挙げられています。',
    abstain:
      'お調べした報告書には、このご質問に直接答える記述が見つかりませんでした。近い内容の箇所を「関連」として示します。',
    rephrase: '報告書にある言葉（制度名・地域名・組織名など）を含めて聞き直すと見つかることがあります。',
  },
  en: {
    intro: 'The reports say (quoted in the original Japanese):',
    listIntro: 'The reports list the following (quoted in the original Japanese):',
    abstain:
      'I could not find a passage in the reports that answers this question. The nearest passages are shown as related.',
    rephrase: 'Try asking with the names used in the reports (programme, region or organisation names).',
  },
};

function kindBonus(kind: QuestionKind, unit: Unit): number {
  const text = unit.text;
  switch (kind) {
    case 'number':
      return /[0-9０-９]/.test(text) ? 0.15 : 0;
    case 'definition':
      return /(とは|という|を指す|のこと|[（(][^）)]{2,}[）)]|＝|:|：)/.test(text) ? 0.12 : 0;
    case 'list':
      return unit.kind === 'item' || /[①-⑳]|[0-9]つ|[、・]/.test(text) ? 0.1 : 0;
    case 'reason':
      return /(ため|により|によって|要因|背景|理由|から)/.test(text) ? 0.08 : 0;
    default:
      return 0;
  }
}

/**
 * Footnotes, references and source lines ("(注41) …", "出所：…", "清水誠 [2015]. 「…」") support
 * nothing by themselves: never quoted as an answer.
 */
export function isApparatus(text: string): boolean {
  return (
    /^[-・\s]*([（(]注\d*[)）]|注\d|出所|出典|資料[:：）)]|[（(]資料[)）]|※\s*出典)/.test(text) ||
    /\[\d{4}[a-z]?\]\s*[.．]/.test(text) ||
    /\b(pp?\.\s*\d|vol\.|No\.\s*\d+-\d+)/i.test(text)
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The share of the query's idf-weighted terms found in `terms`. */
export function termCoverage(query: AnalyzedQuery, terms: Set<string>, idf: (term: string) => number): number {
  let total = 0;
  let covered = 0;
  for (const [term, weight] of query.terms) {
    const w = weight * idf(term);
    total += w;
    if (terms.has(term)) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

export function composeExtractive(input: ComposeInput, options: ExtractiveOptions = {}): Answer {
  const opts = { ...DEFAULT_EXTRACTIVE_OPTIONS, ...options };
  const text = TEXT[input.lang];
  const kind = questionKind(input.question);
  const top = input.passages.slice(0, opts.passages);
  const best = top[0];
  const queryGrams = new Set(input.query.grams.keys());

  const candidates: Candidate[] = [];
  top.forEach((passage, rank) => {
    const prior = best ? passage.score / best.score : 0;
    for (const unit of passageUnits(passage.chunk.text)) {
      if (unit.kind === 'heading' || isApparatus(unit.text)) continue;
      const terms = new Set(input.tokenizer.terms(unit.text));
      const coverage = termCoverage(input.query, terms, input.idf);
      const grams = new Set(charBigrams(normalizeForIndex(unit.text)));
      let gramHits = 0;
      for (const gram of queryGrams) if (grams.has(gram)) gramHits++;
      const gramCoverage = queryGrams.size ? gramHits / queryGrams.size : 0;
      // Very long units read badly in chat; prefer focused sentences.
      const lengthPenalty = unit.text.length > 220 ? 0.1 : 0;
      const score = 0.55 * coverage + 0.2 * gramCoverage + 0.3 * prior + kindBonus(kind, unit) - lengthPenalty;
      candidates.push({ unit, passage, rank, score, coverage, grams });
    }
  });

  const bestCoverage = Math.max(0, ...top.slice(0, 3).map((passage) => passage.coverage));
  if (!best || bestCoverage < opts.minCoverage || candidates.length === 0) {
    return abstain(input, text, bestCoverage);
  }

  const selected = selectMmr(candidates, kind, opts);
  if (kind === 'list') extendList(selected, candidates, opts.maxListUnits);
  // Readable order: by passage rank, then position in the passage.
  selected.sort((a, b) => a.rank - b.rank || a.unit.start - b.unit.start);

  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const group of mergeContiguous(selected)) {
    const n = citations.length + 1;
    citations.push(citationFor(n, group.passage.chunk, group.quote, input.reports));
    lines.push(`「${group.quote}」[${n}]`);
  }
  const intro = kind === 'list' && lines.length > 2 ? text.listIntro : text.intro;
  const body = lines.length === 1 ? lines[0]! : lines.map((line) => `・${line}`).join('\n');
  const confidence = Math.max(0, Math.min(1, 0.25 + 0.75 * bestCoverage));
  return {
    question: input.question,
    lang: input.lang,
    text: `${intro}\n${body}`,
    abstained: false,
    abstainReason: null,
    confidence: Number(confidence.toFixed(2)),
    citations,
    related: [],
    suggestions: [],
    composer: 'extractive',
  };
}

function selectMmr(candidates: Candidate[], kind: QuestionKind, opts: Required<ExtractiveOptions>): Candidate[] {
  const budget = kind === 'list' ? opts.maxChars + 320 : opts.maxChars;
  const maxUnits = kind === 'list' ? Math.min(opts.maxListUnits, 5) : opts.maxUnits;
  const pool = [...candidates].sort((a, b) => b.score - a.score);
  const bestScore = pool[0]?.score ?? 0;
  const selected: Candidate[] = [];
  let used = 0;
  while (selected.length < maxUnits && pool.length > 0) {
    let pick = -1;
    let pickValue = -Infinity;
    pool.forEach((candidate, i) => {
      if (candidate.score < bestScore * 0.55) return;
      const redundancy = Math.max(0, ...selected.map((s) => jaccard(s.grams, candidate.grams)));
      const value = opts.mmrLambda * candidate.score - (1 - opts.mmrLambda) * redundancy;
      if (value > pickValue) {
        pickValue = value;
        pick = i;
      }
    });
    if (pick < 0) break;
    const [chosen] = pool.splice(pick, 1);
    if (!chosen) break;
    if (selected.length > 0 && used + chosen.unit.text.length > budget) continue;
    if (selected.some((s) => jaccard(s.grams, chosen.grams) > 0.6)) continue;
    selected.push(chosen);
    used += chosen.unit.text.length;
  }
  return selected;
}

/** For list questions: gather the sibling items of the chosen list items from the same passage. */
function extendList(selected: Candidate[], candidates: Candidate[], maxItems: number): void {
  const anchor = selected.find((candidate) => candidate.unit.kind === 'item' || candidate.unit.kind === 'row');
  if (!anchor) return;
  const siblings = candidates
    .filter((c) => c.passage === anchor.passage && c.unit.kind === anchor.unit.kind && !selected.includes(c))
    .sort((a, b) => a.unit.start - b.unit.start);
  for (const sibling of siblings) {
    if (selected.length >= maxItems) break;
    selected.push(sibling);
  }
}

interface QuoteGroup {
  passage: Passage;
  quote: string;
}

/** Units of one passage that follow each other (or share a line) become one verbatim quote. */
function mergeContiguous(selected: Candidate[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  let last: { group: QuoteGroup; start: number; end: number; candidate: Candidate } | undefined;
  for (const candidate of selected) {
    const text = candidate.passage.chunk.text;
    const between =
      last && last.candidate.passage === candidate.passage ? text.slice(last.end, candidate.unit.start) : undefined;
    if (last && between !== undefined && /^[\s]*$/.test(between) && !between.includes('\n')) {
      last.group.quote = text.slice(last.start, candidate.unit.start + candidate.unit.text.length);
      last.end = candidate.unit.start + candidate.unit.text.length;
      last.candidate = candidate;
      continue;
    }
    const group = { passage: candidate.passage, quote: candidate.unit.text };
    groups.push(group);
    last = { group, start: candidate.unit.start, end: candidate.unit.start + candidate.unit.text.length, candidate };
  }
  return groups;
}

function abstain(input: ComposeInput, text: (typeof TEXT)['ja'], bestCoverage: number): Answer {
  const related = input.passages
    .slice(0, 3)
    .map((passage, i) => citationFor(i + 1, passage.chunk, leadQuote(passage.chunk.text), input.reports));
  const sections = [
    ...new Set(
      input.passages
        .slice(0, 3)
        .map((p) => p.chunk.section.at(-1))
        .filter(Boolean),
    ),
  ] as string[];
  const suggestions = [
    text.rephrase,
    ...sections
      .slice(0, 2)
      .map((section) =>
        input.lang === 'en' ? `What does "${section}" say?` : `「${section}」には何が書かれていますか？`,
      ),
  ];
  return {
    question: input.question,
    lang: input.lang,
    text: text.abstain,
    abstained: true,
    abstainReason: `best passage covers ${(bestCoverage * 100).toFixed(0)}% of the question's content words (threshold ${(DEFAULT_EXTRACTIVE_OPTIONS.minCoverage * 100).toFixed(0)}%)`,
    confidence: Number(Math.min(0.3, bestCoverage).toFixed(2)),
    citations: [],
    related,
    suggestions,
    composer: 'extractive',
  };
}
