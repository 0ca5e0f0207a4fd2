/**
 * Onboarding content for new staff, built from the reports themselves: the shelf (per report its
 * title, publisher, date, top-level sections and a short extractive overview with citations), a
 * glossary of terms the reports define or expand (each cited), and starter questions.
 */

import type { GlossaryEntry, Onboarding, ReportOverview } from '../chat/chat-service.js';
import type { Chunk } from '../chunking/chunk.js';
import { splitSentences } from '../text/sentences.js';
import { citationFor, type ReportLookup } from './citations.js';

export interface OnboardingSource {
  chunks: Chunk[];
  reports: { doc: string }[];
  report: ReportLookup;
}

const MAX_SECTIONS = 12;
const MAX_GLOSSARY = 60;

/** "ハイ・バリュー・マニュファクチャリング（HVM、高価値製造）" → HVM; "X（以下、「Y」という）" → Y. */
const PATTERNS: { re: RegExp; term: (m: RegExpMatchArray) => string; definition: (m: RegExpMatchArray) => string }[] = [
  {
    // Japanese name followed by an acronym in brackets: 直接投資（FDI） / 研究機構（FhG：Fraunhofer …）
    re: /([\p{Script=Katakana}\p{Script=Han}ー・A-Za-z0-9]{2,30})[（(]([A-Z][A-Za-z0-9&]{1,9})(?:[、：:,\s]\s*([^（）()]{2,60}))?[）)]/gu,
    term: (m) => m[2]!,
    definition: (m) => (m[3] ? `${m[1]}（${m[3]}）` : m[1]!),
  },
  {
    // Acronym followed by its expansion: RACI（Responsible, Accountable, …）
    re: /\b([A-Z]{2,8})[（(]([A-Z][A-Za-z ,.&/-]{8,80})[）)]/g,
    term: (m) => m[1]!,
    definition: (m) => m[2]!,
  },
  {
    // X（以下、「Y」という）
    re: /([^、。「」（）()\s]{2,40})[（(]以下、?「?([^」）)]{1,20})」?という[）)]/gu,
    term: (m) => m[2]!,
    definition: (m) => m[1]!,
  },
  {
    // 「魔の川」とは… / Xとは、…である。
    re: /「([^」]{2,20})」とは、?([^。]{6,90}。)/gu,
    term: (m) => m[1]!,
    definition: (m) => m[2]!,
  },
];

export function buildGlossary(source: OnboardingSource): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const chunk of source.chunks) {
    for (const pattern of PATTERNS) {
      for (const match of chunk.text.matchAll(pattern.re)) {
        const term = pattern.term(match).trim();
        const definition = pattern.definition(match).trim();
        if (!term || !definition || term === definition || entries.has(term)) continue;
        if (/^(図表|資料|注|出所|出典)/.test(definition) || /^\d+$/.test(term)) continue;
        entries.set(term, { term, definition, citation: citationFor(1, chunk, match[0].trim(), source.report) });
      }
    }
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'ja')).slice(0, MAX_GLOSSARY);
}

function topSections(chunks: Chunk[]): string[] {
  const seen: string[] = [];
  for (const chunk of chunks) {
    const top = chunk.section[0];
    if (top && !seen.includes(top) && top.length <= 40) seen.push(top);
  }
  return seen.slice(0, MAX_SECTIONS);
}

/** Overview: the first substantial sentences of the report's opening passages (summaries come first). */
function overview(chunks: Chunk[], report: ReportLookup): Pick<ReportOverview, 'overview' | 'citations'> {
  const citations: ReportOverview['citations'] = [];
  const lines: string[] = [];
  for (const chunk of chunks.slice(0, 12)) {
    for (const sentence of splitSentences(chunk.text.replace(/\n/g, ' '))) {
      const text = sentence.text;
      if (text.length < 30 || text.length > 160 || !/[。]$/.test(text) || /^(出所|出典|資料|注)/.test(text)) continue;
      const n = citations.length + 1;
      citations.push(citationFor(n, chunk, text, report));
      lines.push(`${text}[${n}]`);
      break;
    }
    if (citations.length >= 2) break;
  }
  return { overview: lines.join(''), citations };
}

export function buildOnboarding(source: OnboardingSource): Onboarding {
  const reports: ReportOverview[] = source.reports.map(({ doc }) => {
    const chunks = source.chunks.filter((chunk) => chunk.doc === doc);
    const meta = source.report(doc);
    return {
      doc,
      title: meta?.title ?? doc,
      publisher: meta?.publisher ?? null,
      date: meta?.date ?? null,
      sections: topSections(chunks),
      ...overview(chunks, source.report),
    };
  });
  const glossary = buildGlossary(source);
  const starterQuestions = [
    ...glossary
      .filter((entry) => /^[A-Z]{2,6}$/.test(entry.term))
      .slice(0, 3)
      .map((entry) => `${entry.term}とは何ですか？`),
    ...reports
      .slice(0, 4)
      .flatMap((report) =>
        report.sections[1] ? [`${report.sections[1].replace(/^[\d０-９.．\-\s（）()]+/, '')}について教えて`] : [],
      ),
  ];
  return { reports, glossary, starterQuestions: [...new Set(starterQuestions)].slice(0, 8) };
}
