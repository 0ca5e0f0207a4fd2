/**
 * Onboarding content for new staff, built from the reports themselves: the shelf (per report its
 * title, publisher, date, top-level sections and a short extractive overview with citations), a
 * glossary of terms the reports define or expand (each cited), and starter questions.
 */

import type { GlossaryEntry, Onboarding, ReportOverview } from '../chat/chat-service.js';
import type { Chunk } from '../chunking/chunk.js';
import type { Citation } from './answer.js';
import { isBulletLine, normalizeForIndex } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { citationFor, displaySection, quoteLines, type ReportLookup } from './citations.js';
import { contentsLists } from '../retrieval/hybrid-retriever.js';

export interface OnboardingSource {
  chunks: Chunk[];
  reports: { doc: string }[];
  /** Index terms of each chunk (same order as `chunks`), for the overview's keywords. */
  terms?: string[][];
  report: ReportLookup;
}

const MAX_SECTIONS = 12;
const MAX_GLOSSARY = 150;

/** An acronym: starts with a capital and has at least two capitals (HVM, FhG, IoT, EDIHs). */
const ACRONYM = /^[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*$/;
const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;

interface GlossaryPattern {
  re: RegExp;
  term: (m: RegExpMatchArray) => string;
  definition: (m: RegExpMatchArray) => string;
  /** The definition is the name written before the bracket (and may drag in its sentence). */
  nameBefore?: boolean;
}

/** Definitions and expansions as the reports write them. */
const PATTERNS: GlossaryPattern[] = [
  {
    // 地域間交流支援(RIT)事業 → RIT事業: 地域間交流支援事業
    re: /([\p{Script=Han}\p{Script=Katakana}ー・]{2,20})[（(]([A-Z]{2,6})[)）](事業|計画|制度|法|機構)/gu,
    term: (m) => m[2]! + m[3]!,
    definition: (m) => m[1]! + m[3]!,
    nameBefore: true,
  },
  {
    // LL (Local to Local) 事業 → LL事業: Local to Local
    re: /\b([A-Z]{2,6})\s*[（(]([A-Z][A-Za-z ]{3,40})[)）]\s*(事業|計画|制度)/g,
    term: (m) => m[1]! + m[3]!,
    definition: (m) => m[2]!.trim(),
  },
  {
    // 名称（HVM、高価値製造） / 名称 (IMI) / 直接投資（FDI） → the acronym is the term
    re: /([^、。「」『』（）()\s]{2,30})\s?[（(]([A-Z][A-Za-z0-9&]{1,9})(?:[、：:,＝=]\s*([^（）()]{2,60}))?[)）]/gu,
    term: (m) => m[2]!,
    definition: (m) => (m[3] ? `${trimLeadingContext(m[1]!)}（${m[3]}）` : m[1]!),
    nameBefore: true,
  },
  {
    // RACI（プロジェクトや業務における…フレームワーク） → the bracket defines the acronym
    re: /(?<![A-Za-z])([A-Z][A-Za-z0-9&]{1,9})[（(]((?:[^（）()]|[（(][^（）()]*[)）]){6,90})[)）]/g,
    term: (m) => m[1]!,
    definition: (m) => m[2]!,
  },
  {
    // 「魔の川」とは… / 「X」とは、…である。
    re: /「([^」]{2,20})」とは、?([^。]{6,90}。)/gu,
    term: (m) => m[1]!,
    definition: (m) => m[2]!,
  },
  {
    // X（以下、「Y」という）
    re: /([^、。「」（）()\s]{2,40})[（(]以下、?「?([^」）)]{1,20})」?という[)）]/gu,
    term: (m) => m[2]!,
    definition: (m) => m[1]!,
    nameBefore: true,
  },
];

/**
 * The name before a bracket often drags in its sentence: "EUではデジタルイノベーションハブ" →
 * "デジタルイノベーションハブ", "83年にアストン・サイエンスパーク" → "アストン・サイエンスパーク".
 */
function trimLeadingContext(name: string): string {
  const trimmed = name.replace(/^[-・\s]+/, '').trim();
  // Cut after the last hiragana other than の (particles, verb endings); 「XのY」 is one name, but
  // 「九州全体での事業継続」 is 事業継続 in a place (での, への, からの, との, までの).
  const cut = trimmed.replace(/^.*([ぁ-ねは-ゖ]|(で|へ|から|と|まで)の)(?=[^\p{Script=Hiragana}（(])/u, '');
  // 「(IMI) の全米ネットワーク」: a name does not open with a particle.
  const named = (cut.length >= 2 ? cut : trimmed).replace(/^[のはがをにへとも]\s*/, '');
  return named.length >= 2 ? named : trimmed;
}

function acceptable(term: string, definition: string): boolean {
  if (!term || !definition || term === definition) return false;
  // 「地域未来投資促進法（以下「法律」という）」 misread the other way round: a definition says more than its term.
  if (definition.length <= 2 && definition.length < term.length) return false;
  // 「福岡県飯塚市－米国シリコンバレー（IT）」「技術戦略委員会:TSB」: a pairing or a label, not a name.
  if (/[－—:：]/.test(definition) && !/[（(]/.test(definition)) return false;
  // A Latin expansion starts with the acronym's first letter (RDA is not 「Agency（地域開発公社）」).
  // (Only for an expansion in Latin words: 「GaN系半導体レーザー」 is a Japanese name.)
  const latin = /^([A-Za-z]{3,})(?=[\s（(]|$)/.exec(definition)?.[1];
  if (latin && ACRONYM.test(term) && latin[0]!.toLowerCase() !== term[0]!.toLowerCase()) return false;
  if (/^(図表|資料|注|出所|出典)/.test(definition) || /^\d+$/.test(term)) return false;
  // An acronym's expansion is Japanese (or English words); a single Latin word is not a definition.
  if (/^[A-Z]/.test(term) && !/事業|計画|制度|法|機構/.test(term) && !ACRONYM.test(term)) return false;
  if (ACRONYM.test(term) && !CJK.test(definition) && !/\s/.test(definition)) return false;
  return true;
}

/** A definition without the expansion in brackets after it. */
function nameOf(definition: string): string {
  return definition.replace(/[（(].*$/, '').trim();
}

/**
 * Every definition the reports give a term, and how often: the one given most often wins (RESAS is
 * 「地域経済分析システム」 twice, 「地域の産業構造の可視化」 once, in a table cell), the first on a tie.
 */
export function buildGlossary(source: OnboardingSource): GlossaryEntry[] {
  const candidates = new Map<string, { entry: GlossaryEntry; count: number }[]>();
  for (const chunk of source.chunks) {
    for (const pattern of PATTERNS) {
      for (const match of chunk.text.matchAll(pattern.re)) {
        const term = pattern.term(match).trim();
        const raw = pattern.definition(match);
        const definition = (pattern.nameBefore ? trimLeadingContext(raw) : raw.replace(/^[-・\s]+/, '').trim())
          // 「全要素生産性、注8」: a footnote marker is no part of the definition.
          .replace(/[、,]\s*[（(]?注\d*[)）]?$/, '')
          .replace(/[（(]注\d*[)）]$/, '');
        if (!acceptable(term, definition)) continue;
        const given = candidates.get(term) ?? [];
        const entry = { term, definition, citation: citationFor(1, chunk, match[0].trim(), source.report) };
        // 「地域経済分析システム」 and 「地域経済分析システム（Regional Economy…）」 give one name.
        const same = given.find((candidate) => nameOf(candidate.entry.definition) === nameOf(definition));
        if (!same) given.push({ entry, count: 1 });
        else {
          same.count++;
          // The fuller form of the same name (with its expansion) is the one shown.
          if (definition.length > same.entry.definition.length) same.entry = entry;
        }
        candidates.set(term, given);
      }
    }
  }
  const entries = [...candidates.values()].map(
    (given) => given.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).entry,
  );
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'ja')).slice(0, MAX_GLOSSARY);
}

function topSections(chunks: Chunk[]): string[] {
  const seen: string[] = [];
  for (const chunk of chunks) {
    const top = displaySection(chunk.section)[0];
    if (top && !seen.includes(top) && top.length <= 40) seen.push(top);
  }
  return seen.slice(0, MAX_SECTIONS);
}

/**
 * A report's own table of contents: of its contents lists (a title page's, an agenda slide repeated
 * before each part), the one naming most top-level parts (「１．前回の振り返り」「2. 成功要因分析」), read
 * on into the chunks right after it that go on with the list (a contents page the chunker split).
 * Cited at its first lines. Undefined when it has none naming three parts.
 */
function tableOfContents(chunks: Chunk[], report: ReportLookup): { parts: string[]; citation: Citation } | undefined {
  const found = contentsLists(chunks);
  const lists = new Set(found);
  const partsOf = (chunk: Chunk) =>
    chunk.text
      .split('\n')
      .map((line) => line.trim())
      .filter(
        (line) =>
          TOP_LEVEL_PART.test(line) &&
          /\p{L}{2}/u.test(line) &&
          !/[。！？]/.test(line) &&
          line.length <= MAX_PART_CHARS,
      );
  let best: { chunk: Chunk; first: string[]; parts: string[] } | undefined;
  for (const i of found) {
    if (lists.has(i - 1) && chunks[i - 1]!.seq === chunks[i]!.seq - 1) continue;
    const first = partsOf(chunks[i]!);
    const parts = [...first];
    for (let j = i + 1; lists.has(j) && chunks[j]!.seq === chunks[j - 1]!.seq + 1; j++)
      parts.push(...partsOf(chunks[j]!));
    if (first.length > 0 && parts.length > (best?.parts.length ?? MIN_PARTS - 1))
      best = { chunk: chunks[i]!, first, parts };
  }
  if (!best) return undefined;
  // Quoted as the report writes it, from the first part to the last (its sub-items between them too:
  // 「1. LL事業について」「- 1) 調査・分析概要」…「3. RIT事業について」), on one line, and cited at those lines.
  const text = best.chunk.text;
  const start = text.indexOf(best.first[0]!);
  const end = text.lastIndexOf(best.first.at(-1)!) + best.first.at(-1)!.length;
  const span = start >= 0 && end > start ? text.slice(start, end) : best.first[0]!;
  const quote = span
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  const citation = citationFor(1, best.chunk, quote, report);
  return { parts: best.parts, citation: { ...citation, lines: quoteLines(best.chunk, span, Math.max(start, 0)) } };
}
/** A top-level part: 「１．前回の振り返り」「2. 成功要因分析」, not 「- 1) 調査・分析概要」, 「（１）総論」 nor 「1.5～2」. */
const TOP_LEVEL_PART = /^[0-9０-９]{1,2}\s*[.．]\s*\S/;
const MAX_PART_CHARS = 60;
const MIN_PARTS = 3;

/** A report's keywords: its frequent terms that the other reports use less (tf × idf across reports). */
function reportKeywords(doc: string, source: OnboardingSource, max = 40): Map<string, number> {
  const tf = new Map<string, number>();
  const df = new Map<string, number>();
  const docsWith = new Map<string, Set<string>>();
  source.chunks.forEach((chunk, i) => {
    for (const term of source.terms?.[i] ?? []) {
      if (term.length < 2 || /^[0-9.]+$/.test(term)) continue;
      if (chunk.doc === doc) tf.set(term, (tf.get(term) ?? 0) + 1);
      const set = docsWith.get(term) ?? new Set<string>();
      set.add(chunk.doc);
      docsWith.set(term, set);
    }
  });
  for (const [term, set] of docsWith) df.set(term, set.size);
  const reports = source.reports.length;
  return new Map(
    [...tf]
      .map(([term, count]) => [term, count * Math.log(1 + reports / (df.get(term) ?? 1))] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, max),
  );
}

/**
 * How a slide's lead line without 。 ends when it is complete: a verb or adjective ending, べき,
 * a noun (体言止め) or a closing bracket. 「…等に関す」 was cut by the converter mid-word.
 */
const LEAD_LINE_END = /(る|た|い|だ|き|[\p{Script=Han}\p{Script=Katakana}ー]|[)）」』])$/u;

const SUMMARY_CUES = /(目的|本調査|本稿|本報告|本事業|要約|提言|結論|明らかに|まとめ)/;

/**
 * Overview: the two sentences that best carry the report's keywords (from different passages),
 * each a verbatim quote with its citation; sentences near the start and sentences that state a purpose or summary weigh more.
 */
function overview(
  doc: string,
  chunks: Chunk[],
  source: OnboardingSource,
): Pick<ReportOverview, 'overview' | 'citations'> {
  const keywords = reportKeywords(doc, source);
  // The title page and section headings name the report; they do not say what it finds.
  const meta = source.report(doc);
  const titleStart = normalizeForIndex(meta?.title ?? '').slice(0, 12);
  const headings = new Set(chunks.flatMap((chunk) => chunk.section).map((heading) => normalizeForIndex(heading)));
  const namesReport = (text: string) => {
    const normalized = normalizeForIndex(text);
    return (titleStart.length > 0 && normalized.includes(titleStart)) || headings.has(normalized);
  };
  const scored: { chunk: Chunk; text: string; score: number }[] = [];
  chunks.forEach((chunk, position) => {
    for (const line of chunk.text.split('\n')) {
      for (const sentence of splitSentences(line)) {
        // 「◼ 本事業（調査）は…」 is quoted from its first word.
        const text = sentence.text.replace(/^[◼■□◆・•\-\s]+/, '');
        if (text.length < 30 || text.length > 160 || /^(出所|出典|資料|注|※)/.test(text)) continue;
        // Slides state their message in a whole line without 。 (「…島根大学を核とする国際共同研究拠点で
        // 商用化を前進させることにある」); a bullet point or a piece of a line is no overview.
        if (
          !/。$/.test(text) &&
          (sentence.text !== line.trim() || isBulletLine(line) || /[・•]/.test(text) || !LEAD_LINE_END.test(text))
        )
          continue;
        if (namesReport(text)) continue;
        const normalized = normalizeForIndex(text);
        let weight = 0;
        for (const [term, w] of keywords) if (normalized.includes(term)) weight += w;
        // Reports state their purpose and summary up front, in recognisable words.
        const early = position < chunks.length * 0.15 ? 1.8 : 1;
        const cue = SUMMARY_CUES.test(text) ? 1.5 : 1;
        scored.push({ chunk, text, score: (early * cue * weight) / Math.sqrt(text.length / 40 + 1) });
      }
    }
  });
  scored.sort((a, b) => b.score - a.score);
  const chosen: typeof scored = [];
  for (const candidate of scored) {
    if (chosen.some((c) => c.chunk === candidate.chunk)) continue;
    chosen.push(candidate);
    if (chosen.length === 2) break;
  }
  chosen.sort((a, b) => a.chunk.seq - b.chunk.seq);
  const citations = chosen.map((c, i) => citationFor(i + 1, c.chunk, c.text, source.report));
  return { overview: chosen.map((c, i) => `${c.text}[${i + 1}]`).join(''), citations };
}

export function buildOnboarding(source: OnboardingSource): Onboarding {
  const reports: ReportOverview[] = source.reports.map(({ doc }) => {
    const chunks = source.chunks.filter((chunk) => chunk.doc === doc);
    const meta = source.report(doc);
    const contents = tableOfContents(chunks, source.report);
    return {
      doc,
      title: meta?.title ?? doc,
      publisher: meta?.publisher ?? null,
      date: meta?.date ?? null,
      sections: contents?.parts ?? topSections(chunks),
      ...overview(doc, chunks, source),
      ...(contents ? { contents: contents.citation } : {}),
    };
  });
  const glossary = buildGlossary(source);
  // Starter questions: the topics the corpus manifest lists, then the terms the reports use most.
  const topics = source.reports.flatMap(({ doc }) => (source.report(doc)?.topics ?? []).slice(0, 2));
  const corpusText = source.chunks.map((chunk) => chunk.text).join('\n');
  const frequent = glossary
    .map((entry) => ({ entry, count: corpusText.split(entry.term).length - 1 }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 4)
    .map(({ entry }) => `${entry.term}とは何ですか？`);
  const starterQuestions = [...topics.map((topic) => `${topic}について教えて`), ...frequent];
  return { reports, glossary, starterQuestions: [...new Set(starterQuestions)].slice(0, 10) };
}
