/**
 * Hybrid retrieval: BM25 over kuromoji terms + BM25 over character bigrams + dense vectors
 * (hnswlib), fused by a weighted sum of max-normalized scores, then re-scored by query-term
 * coverage, a report prior (the question names a report by publisher, author, title words or
 * year) and neighbour smoothing (evidence often sits next to the passage that matches the
 * question's framing); the best candidates are then re-scored by sentence windows, by the
 * phrases they share with the question, by the terms that tell them from their siblings (chunks of
 * the same title) and by the shape of the answer the question word asks for. Weights were tuned on
 * the dev questions and JSQuAD (`scripts/dev/tune.mjs`).
 */
import type { Chunk } from '../chunking/chunk.js';
import { Bm25Index } from '../indexing/bm25.js';
import { indexTextOf } from '../indexing/index-text.js';
import type { LoadedIndex } from '../indexing/load-index.js';
import { isSourceLine, normalizeForIndex } from '../text/normalize.js';
import { charBigrams, charTrigrams, type Tokenizer } from '../text/tokenizer.js';
import { AliasTable } from './aliases.js';
import type { Lexicon } from './lexicon.js';
import { expandPassages, joinChunks, MAX_PASSAGE_CHARS } from './expand-passages.js';
import type { Passage } from './passage.js';
import { Loanwords } from './loanwords.js';
import { type ReadingTokenizer, RomajiNames } from './romaji-names.js';
import { type AnalyzedQuery, analyzeQuery } from './query-analysis.js';
import { type WeightedConcepts, weighConcepts } from './concepts.js';
import { CAUSE } from './question-kind.js';

export interface RetrieverOptions {
  /** Weight of BM25 over kuromoji terms. Default 1.0. */
  lexicalWeight?: number;
  /** Weight of BM25 over character bigrams. Default 0.9. */
  ngramWeight?: number;
  /** Weight of BM25 over character trigrams (phrases shared with the report). Default 0.6. */
  trigramWeight?: number;
  /** Weight of dense cosine similarity. Default 0.25 (LSA is a weak signal on its own). */
  denseWeight?: number;
  /** Weight of coverage: the share of the query's concepts (`concepts.ts`) a chunk has. Default 0.3. */
  coverageWeight?: number;
  /** Dense neighbours fetched per query. Default 60. */
  denseCandidates?: number;
  /** Expand aliases (static abbreviations + definitions found in the corpus). Default true. */
  aliases?: boolean;
  /** Boost for the chunks of a report the question names (publisher, author, title words, year). Default 0.3. */
  reportWeight?: number;
  /**
   * Share of the best adjacent chunk's score (same report, seq ± 1) added to a chunk. Default 0.1
   * (0.2 until round 15: it lifted the chunks of dense regions over the one holding the evidence;
   * report sets MRR@10 0.853 → 0.857 at window 1.8, JSQuAD unchanged).
   */
  neighbourWeight?: number;
  /**
   * Bonus for a passage that enumerates when the question asks for a list (「いくつ」「3点で」「要素は」).
   * Default 0.2 (dev set: list questions MRR@10 0.69 → 0.74, JSQuAD unchanged).
   */
  listWeight?: number;
  /**
   * Bonus for a passage naming three types or more (「内発型」「外発型」「誘致先行型」) or a count of types
   * (「３つのパターン」) when the question asks how something is classified (「どういうタイプに分けてる」
   * 「どんな型に分類」). Default 0.4 (round 45: dev R@5 0.938 → 0.954, other staff sets R@5 0.974 →
   * 0.977, JSQuAD unchanged; 0.6, tried with the list bonus raised alike, lowered the looked-at sets'
   * MRR@10 0.800 → 0.795).
   */
  typesWeight?: number;
  /**
   * Weight of the best sentence window: the share of the query's idf-weighted terms found within
   * one or two consecutive sentences of the passage (evidence is concentrated, topic words are
   * spread). Default 1.8 (1.2 until round 15; the eight report question sets, 324 answerable
   * questions: MRR@10 0.846 → 0.853, none of the eight lower; JSQuAD unchanged; 2.4 hurts).
   */
  windowWeight?: number;
  /**
   * Weight of the longest phrases the passage shares with the question: the question is scanned
   * left to right for maximal character runs (3+ characters, whitespace and punctuation ignored)
   * found verbatim in the passage, scored sqrt(Σ length²) / question length (0..1), so one long
   * run counts more than scattered short ones. A question that reuses a phrase of its passage
   * (「公共企業体等労働関係法」, 「産まれている」) is closer to it than one sharing the same words apart.
   * Japanese questions only. Default 2.0, range 0–3 (dev MRR@10 0.845 → 0.851, JSQuAD R@1 0.924 → 0.929;
   * 3.0 starts to hurt both).
   */
  phraseWeight?: number;
  /**
   * Weight of sibling coverage: the candidates that share a title (the paragraphs of one article,
   * the chunks of one report) are re-ordered among themselves by the query terms that tell them
   * apart. Each term weighs idf × ln((n + 1) / (df + 1)) with n the chunks of the title and df those
   * holding the term, so the article's topic (梅雨 in every paragraph of 梅雨) weighs nothing and a
   * term few paragraphs have weighs most; a candidate scores the share it holds minus the mean of its
   * siblings among the candidates, so no title gains on another. Default 0.4, range 0–0.8
   * (dev MRR@10 0.850 → 0.853, R@5 0.923 → 0.938; JSQuAD MRR@10 0.9486 → 0.9495; 0.8+ hurts dev).
   */
  siblingWeight?: number;
  /**
   * Bonus for a candidate with the shape of the answer the question word asks for: 「何人」「人数」 → a
   * numeral with 人/名, 「何年」 → with 年 (any 何 + counter), 「いつ」 → a date, 「どのくらい」 → a figure
   * (`answerShape`); 「なぜ」, "why" → a cause (ため, 背景, ことから: `CAUSE`; round 24: looked-at sets
   * MRR@10 0.851 → 0.853, held out 0.846 → 0.849, JSQuAD unchanged). Default 0.3, range 0–0.45
   * (JSQuAD MRR@10 +0.0003, dev unchanged; 0.2 → 0.3 with the window and neighbour weights above:
   * report sets MRR@10 0.857 → 0.859; 0.4 and 0.6 raise MRR@10 but lower dev and answer more near misses).
   */
  shapeWeight?: number;
  /**
   * Weight of a passage naming both things a question compares (「フラウンホーファーと産総研って、規模は
   * どれくらい違うの」: the table with a column for each, not a passage on either): `comparedPair`, each side
   * by its own word or an alias's full form (産総研 → 産業技術総合研究所). Default 0.6 (round 47: looked-at
   * sets MRR@10 0.832 → 0.844, dev 0.857 → 0.870, the other sets 0.884 → 0.886, JSQuAD unchanged; 0.3 does
   * half as much, 0.6–1.0 are level on the other sets).
   */
  comparedWeight?: number;
  /**
   * Weight of the best sentence window (as `windowWeight`) among the windows that hold the shape of
   * the answer asked (`answerShape`: 「何人」 → 14人, 「いつ」 → a date): the passage whose figure or date
   * sits beside the question's words, not one that has the words in one sentence and some number in
   * another. Default 0.6 (round 28: held-out sets MRR@10 0.840 → 0.851, looked-at 0.859 → 0.869, dev
   * 0.844 → 0.847, JSQuAD R@1 +0.0004; 0.9–1.2 raise no MRR@10 further and answer more near misses).
   */
  shapedWindowWeight?: number;
  /** Penalty for a chunk of references (「- ・ 経済産業省 [2015]. 「…」」), which names many words and answers nothing. */
  referenceWeight?: number;
  /**
   * Penalty for a table of contents (a report's opening list of numbered headings, or an agenda
   * slide repeated before each part): it names every topic of the report and answers none.
   */
  contentsWeight?: number;
  /**
   * Penalty for a catalogue (a numbered list of short labels: the cases a study interviewed, a table of
   * contents) when the question asks how a case went, what was done or why (「支援が終わったあとどうなった
   * の」): the list names the case and its partner, and answers none of it. Default 1.5 (round 48: rounds
   * 209–213 MRR@10 0.806 → 0.819, every other staff set 0.882 → 0.888; 0.6 did half as much).
   */
  catalogueWeight?: number;
  /**
   * When a question asks what a report covers (「日本総研のレポート、ざっくり何について書いてある？」),
   * the named report's opening (its statement of purpose, then its title page) is ranked first, this
   * far above the best other candidate: it says what the report is, whatever passage happens to
   * share the question's other words. 0 turns it off. Default 1.0.
   */
  overviewWeight?: number;
  /**
   * Weight of the words that name a named report's publisher or author (「NRIの報告書だと…」, "the JRI
   * paper"): they pick the report (the report prior), and would otherwise rank the passage that
   * names the publisher (its opening, 「野村総合研究所（以下、NRIという）が…実施した」) above the one asked
   * about. Default 0.5.
   */
  publisherWeight?: number;
  /**
   * Weight, in BM25 only, of the words of a named report's title and publisher (「島根のアモルファス合金の調査で…」,
   * "the Shimane amorphous-alloy study"): like the publisher's, they pick the report, and at full
   * weight rank its title page and summary (which repeat them) above the passage asked about. Coverage
   * still counts them, so a question is not judged unanswered for naming its report. Words that half
   * the titles share (地域, 調査) are left at full weight. Default 0.5 (held-out staff sets MRR@10
   * 0.855 → 0.860, looked-at 0.870 → 0.876, dev unchanged; JSQuAD R@1 0.9331 → 0.9327).
   */
  titleWeight?: number;
  /** Candidates re-scored by sentence windows and shared phrases. Default 40. */
  rerankDepth?: number;
  /**
   * A retrieved chunk grows into its best-scoring neighbours up to this many characters (1 = never):
   * small chunks match precisely, the passage shown and quoted keeps its context. Default 600.
   */
  maxPassageChars?: number;
}

export const DEFAULT_RETRIEVER_OPTIONS = {
  lexicalWeight: 1.0,
  ngramWeight: 0.9,
  trigramWeight: 0.6,
  denseWeight: 0.25,
  coverageWeight: 0.3,
  denseCandidates: 60,
  aliases: true,
  reportWeight: 0.3,
  neighbourWeight: 0.1,
  windowWeight: 1.8,
  listWeight: 0.2,
  typesWeight: 0.4,
  phraseWeight: 2.0,
  rerankDepth: 40,
  siblingWeight: 0.4,
  shapeWeight: 0.3,
  comparedWeight: 0.6,
  shapedWindowWeight: 0.6,
  referenceWeight: 0.6,
  contentsWeight: 0.3,
  catalogueWeight: 1.5,
  overviewWeight: 1.0,
  publisherWeight: 0.5,
  titleWeight: 0.5,
  maxPassageChars: MAX_PASSAGE_CHARS,
} satisfies Required<RetrieverOptions>;

export interface SearchOptions {
  k?: number;
  /** Already-analysed query (the answer composer reuses it). */
  analyzed?: AnalyzedQuery;
}

export class HybridRetriever {
  readonly chunks: Chunk[];
  private readonly lexical: Bm25Index;
  private readonly ngrams: Bm25Index;
  private readonly trigrams: Bm25Index;
  private readonly options: Required<RetrieverOptions>;
  readonly aliases: AliasTable | undefined;
  /** The reports, in the order `reportPrior` scores them. */
  readonly reportDocs: readonly string[];
  private romaji: RomajiNames | null | undefined;
  private loanwordTable: Loanwords | undefined;
  private joinedText: string | undefined;
  /** Report index of each chunk, and per report the weighted terms of its metadata. */
  private readonly chunkReport: Int32Array;
  /** Per report, the chunks that say what it is: its purpose statement and its title page, best first. */
  private readonly openings: number[][];
  private readonly reportTerms: Map<string, number>[];
  /** Per report, the terms of its publisher and author (and their aliases). */
  private readonly publisherTerms: Set<string>[];
  /** The abbreviations of the reports' publishers and authors (jetro, nri), normalized. */
  private readonly publisherAliases: ReadonlySet<string>;
  private readonly scores: Float64Array;
  /** Chunks that enumerate (①②, (1)(2), 1./2. on separate lines, 方向性.1). */
  private readonly enumerates: boolean[];
  /** Chunks naming three types or more (「内発型」「外発型」「誘致先行型」), or a count of types (「３つのパターン」). */
  private readonly namesTypes: boolean[];
  private readonly references: boolean[];
  /** Chunks that are a table of contents (`contentsLists`). */
  private readonly contents: Set<number>;
  /** Chunks that are a catalogue: a numbered list of short labels (`catalogues`). */
  private readonly catalogues: Set<number>;
  private readonly finals: Float64Array;
  /** Work buffer of `coverages`: all zeros between calls. */
  private readonly conceptBest: Float64Array;
  /** Normalized index text of each chunk, and the same split into sentences (for the window re-scoring). */
  private readonly indexTexts: string[];
  private readonly sentences: string[][];
  /** Normalized index text of each chunk without whitespace and punctuation (for shared phrases). */
  private readonly letters: string[];
  /** Normalized title of each chunk's report: it scopes over every sentence (see `windowScore`). */
  private readonly titles: string[];
  /** Per chunk, its report's title, publisher, author and year (normalized): said of every sentence. */
  private readonly scopes: string[];
  /** Chunks sharing a title (an article's paragraphs, a report's chunks): group id of each chunk, and group sizes. */
  private readonly titleGroup: Int32Array;
  private readonly groupSize: Int32Array;
  private readonly joinedPassages = new Map<string, Chunk>();
  private readonly expansionTermCache = new Map<string, readonly string[]>();

  constructor(
    readonly index: LoadedIndex,
    readonly tokenizer: Tokenizer,
    readonly lexicon?: Lexicon,
    options: RetrieverOptions = {},
  ) {
    this.options = { ...DEFAULT_RETRIEVER_OPTIONS, ...options };
    this.chunks = index.chunks;
    this.lexical = Bm25Index.build(index.terms);
    // Normalized index text of each chunk: sentence windows always need it; the n-gram postings
    // only when the index does not store them (they are built at index time from the same text).
    const texts = index.chunks.map((chunk) => normalizeForIndex(indexTextOf(chunk, { citations: true })));
    this.ngrams = index.ngramIndex ?? Bm25Index.build(texts.map(charBigrams));
    this.trigrams = index.trigramIndex ?? Bm25Index.build(texts.map(charTrigrams));
    this.aliases = this.options.aliases
      ? AliasTable.fromCorpus(index.aliasSourceTexts ?? index.chunks.map((chunk) => chunk.text), tokenizer)
      : undefined;
    const docs = [...new Set(index.chunks.map((chunk) => chunk.doc))];
    this.reportDocs = docs;
    const docIndex = new Map(docs.map((doc, i) => [doc, i]));
    this.chunkReport = Int32Array.from(index.chunks, (chunk) => docIndex.get(chunk.doc)!);
    this.openings = docs.map((doc, r) =>
      reportOpenings(index.chunks, this.chunkReport, r, index.reports.get(doc)?.title),
    );
    // A report's publisher and author, and their abbreviations (野村総合研究所 → NRI), read once.
    const publishers = docs.map((doc) => publisherOf(index.reports.get(doc), tokenizer, this.aliases));
    this.reportTerms = reportMetadataTerms(docs, index, tokenizer, publishers);
    // 産業 (経済産業省), 日本 (日本総合研究所): words most passages use say nothing of who wrote them.
    const ordinary = Math.max(COMMON_PUBLISHER_WORD * index.chunks.length, MIN_COMMON_DF);
    this.publisherTerms = publishers.map(
      ({ terms }) => new Set([...terms].filter((term) => this.lexical.documentFrequency(term) <= ordinary)),
    );
    this.publisherAliases = new Set(
      publishers.flatMap(({ aliases }) => aliases.map((alias) => normalizeForIndex(alias))),
    );
    // Per-query work buffers, reused (filled synchronously after the last await of a search).
    this.scores = new Float64Array(index.chunks.length);
    this.enumerates = index.chunks.map((chunk) => ENUMERATION.test(chunk.text));
    this.namesTypes = index.chunks.map((chunk) => namesTypes(chunk.text));
    this.references = index.chunks.map((chunk) => isReferenceList(chunk.text));
    this.contents = new Set(contentsLists(index.chunks));
    this.catalogues = new Set(catalogues(index.chunks));
    this.finals = new Float64Array(index.chunks.length);
    this.conceptBest = new Float64Array(index.chunks.length);
    this.letters = texts.map(lettersOf);
    this.titles = index.chunks.map((chunk) => normalizeForIndex(chunk.title));
    // What a window counts as said of every sentence: the report's title, publisher, author and year.
    this.scopes = index.chunks.map((chunk) => {
      const meta = index.reports.get(chunk.doc);
      const year = /^(\d{4})/.exec(meta?.date ?? '')?.[1] ?? '';
      return normalizeForIndex(`${chunk.title} ${meta?.publisher ?? ''} ${meta?.author ?? ''} ${year}`);
    });
    const groupOf = new Map<string, number>();
    this.titleGroup = Int32Array.from(this.titles, (title) => {
      let g = groupOf.get(title);
      if (g === undefined) groupOf.set(title, (g = groupOf.size));
      return g;
    });
    this.groupSize = new Int32Array(groupOf.size);
    for (const g of this.titleGroup) this.groupSize[g]!++;
    this.indexTexts = texts;
    this.sentences = texts.map((text) =>
      text.split(/(?<=[。！？!?])|\n/).filter((sentence) => sentence.trim().length > 0),
    );
  }

  /**
   * The best share of the query's idf-weighted concepts (`concepts.ts`) found inside one sentence
   * or two adjacent sentences of chunk `i` (terms are matched as substrings of the normalized text).
   * Terms of the report's title count in every window: the title says what each sentence is about
   * (an article's sentences leave out its name: 「夫妻の間には14人の子供が産まれている」 under
   * 「グスタフ・マーラー」), so the sentence beside the title line gains nothing from it (JSQuAD R@1
   * +0.001, dev unchanged). So do its publisher, author and year (「2008年のジェトロの…調査、アンケートの
   * 回収率は」: the title page, which says 「2008年6月18日 ジェトロ」, gains nothing from them either;
   * round 48: rounds 209–213 MRR@10 0.829 → 0.834, every other staff set 0.889 → 0.892, JSQuAD unchanged). `shaped`: the best among the windows that hold `shape` (0 if none does or
   * none is given), from the same pass.
   */
  private windowScores(i: number, query: WeightedConcepts, shape?: RegExp): { window: number; shaped: number } {
    const sentences = this.sentences[i]!;
    const { terms, weights } = query;
    // A sentence is part of the chunk's text: only the terms the chunk has are looked for in each.
    const text = this.indexTexts[i]!;
    const inChunk: number[] = [];
    terms.forEach(({ term }, t) => {
      if (text.includes(term)) inChunk.push(t);
    });
    const found = sentences.map((sentence) => inChunk.filter((t) => sentence.includes(terms[t]!.term)));
    const title = this.scopes[i]!;
    const inTitle: number[] = [];
    terms.forEach(({ term }, t) => {
      if (title.includes(term)) inTitle.push(t);
    });
    // Each window counts a concept once, at its heaviest term found in the sentence, the next
    // sentence or the title.
    const holds = shape ? sentences.map((sentence) => shape.test(sentence)) : undefined;
    const best = new Float64Array(weights.length);
    let top = 0;
    let shaped = 0;
    for (let s = 0; s < found.length; s++) {
      best.fill(0);
      for (const group of [found[s]!, found[s + 1] ?? NONE, inTitle]) {
        for (const t of group) {
          const { weight, concept } = terms[t]!;
          if (weight > best[concept]!) best[concept] = weight;
        }
      }
      let covered = 0;
      for (const w of best) covered += w;
      if (covered > top) top = covered;
      // A window holds the shape when either of its sentences does.
      if (holds && (holds[s] || holds[s + 1]) && covered > shaped) shaped = covered;
    }
    return { window: top / query.total, shaped: shaped / query.total };
  }

  /**
   * Shared phrases of chunk `i` and the question (`letters`: its normalized letters): the question
   * is scanned left to right for the longest run found verbatim in the chunk; runs of 3+ characters
   * add their squared length. sqrt of the sum over the question's length: 1 when the whole question
   * is one run of the chunk.
   */
  private phraseScore(i: number, letters: string): number {
    const text = this.letters[i]!;
    let total = 0;
    let at = 0;
    while (at + MIN_PHRASE <= letters.length) {
      if (!text.includes(letters.slice(at, at + MIN_PHRASE))) {
        at++;
        continue;
      }
      // A run's prefixes are in the text whenever the run is: binary search of the longest.
      let found = MIN_PHRASE;
      let missing = letters.length - at + 1;
      while (missing - found > 1) {
        const length = (found + missing) >> 1;
        if (text.includes(letters.slice(at, at + length))) found = length;
        else missing = length;
      }
      total += found * found;
      at += found;
    }
    return Math.sqrt(total) / letters.length;
  }

  /**
   * Per candidate (in `top` order): its coverage of the query's terms weighted by how rare each term
   * is among the chunks of its own title group (a term every paragraph of the article has weighs 0),
   * minus the mean of the group's candidates: siblings are re-ordered among themselves by the terms
   * that tell them apart, and no group gains on another. Terms count one by one, not by concept
   * (`concepts.ts`): the score is relative among siblings, which all share that bias.
   */
  private siblingScores(top: readonly number[], termIdf: readonly (readonly [string, number])[]): Float64Array {
    const groups = [...new Set(top.map((i) => this.titleGroup[i]!))];
    const slot = new Map(groups.map((g, s) => [g, s]));
    const inTop = new Map(top.map((i, r) => [i, r]));
    // Per term: its document frequency in each candidate group, and which candidates have it.
    const present: Uint8Array[] = [];
    const local = termIdf.map(([term]) => {
      const df = new Int32Array(groups.length);
      const has = new Uint8Array(top.length);
      for (const id of this.lexical.postings(term)) {
        const s = slot.get(this.titleGroup[id]!);
        if (s !== undefined) df[s]!++;
        const r = inTop.get(id);
        if (r !== undefined) has[r] = 1;
      }
      present.push(has);
      return df;
    });
    const scores = new Float64Array(top.length);
    top.forEach((i, r) => {
      const s = slot.get(this.titleGroup[i]!)!;
      const size = this.groupSize[this.titleGroup[i]!]!;
      let total = 0;
      let covered = 0;
      termIdf.forEach(([, idf], t) => {
        const weight = idf * Math.log((size + 1) / (local[t]![s]! + 1));
        total += weight;
        if (present[t]![r]) covered += weight;
      });
      scores[r] = total > 0 ? covered / total : 0;
    });
    const sum = new Float64Array(groups.length);
    const count = new Int32Array(groups.length);
    top.forEach((i, r) => {
      const s = slot.get(this.titleGroup[i]!)!;
      sum[s] = sum[s]! + scores[r]!;
      count[s]!++;
    });
    top.forEach((i, r) => {
      const s = slot.get(this.titleGroup[i]!)!;
      scores[r] = scores[r]! - sum[s]! / count[s]!;
    });
    return scores;
  }

  /**
   * Chunks `from..to` as one passage. Chunks never change while serving, so a passage joined once
   * is kept (a bounded number of them) and handed out again, as a single chunk is.
   */
  private joined(from: number, to: number): Chunk {
    if (from === to) return this.chunks[from]!;
    const key = `${from}-${to}`;
    let passage = this.joinedPassages.get(key);
    if (!passage) {
      passage = joinChunks(this.chunks, from, to);
      if (this.joinedPassages.size >= MAX_JOINED_PASSAGES) {
        this.joinedPassages.delete(this.joinedPassages.keys().next().value!);
      }
      this.joinedPassages.set(key, passage);
    }
    return passage;
  }

  /** Per chunk, the share of the query's concepts it has (each at its heaviest term the chunk holds). */
  private coverages(query: WeightedConcepts): Float64Array {
    const coverages = new Float64Array(this.chunks.length);
    // Per chunk, the heaviest term of the concept at hand (reset after each concept).
    const best = this.conceptBest;
    const byConcept: WeightedConcepts['terms'][] = Array.from(query.weights, () => []);
    for (const entry of query.terms) byConcept[entry.concept]!.push(entry);
    for (const members of byConcept) {
      if (members.length === 1) {
        this.lexical.addPresence([[members[0]!.term, members[0]!.weight]], coverages);
        continue;
      }
      const touched: number[] = [];
      for (const { term, weight } of members) {
        for (const id of this.lexical.postings(term)) {
          if (best[id] === 0) touched.push(id);
          if (weight > best[id]!) best[id] = weight;
        }
      }
      for (const id of touched) {
        coverages[id] = coverages[id]! + best[id]!;
        best[id] = 0;
      }
    }
    for (let i = 0; i < coverages.length; i++) coverages[i] = coverages[i]! / query.total;
    return coverages;
  }

  /** BM25 inverse document frequency of an index term over the chunks (the answer composer weighs terms by it). */
  idf(term: string): number {
    return this.lexical.idf(term);
  }

  analyze(question: string): AnalyzedQuery {
    return analyzeQuery(
      question,
      this.tokenizer,
      this.lexicon,
      this.aliases,
      () => this.romajiNames(),
      () => this.loanwords(),
      () => this.wholeText(),
    );
  }

  /**
   * Built on the first English question (or Japanese one with a bracketed reading: `ownGlosses`): every
   * chunk's index text, to find a name written in Latin
   * letters — in what the reports say, not in the English titles their figures' sources and
   * bibliographies cite (「(資料) it's OWL Clustermanagement GmbH "… from the Leading-Edge Cluster …"」:
   * the reports call that programme 先端クラスター競争).
   */
  private wholeText(): string {
    this.joinedText ??= this.indexTexts
      .flatMap((text) => text.split('\n'))
      .filter((line) => !isSourceLine(line) && !REFERENCE_LINE.test(line))
      .join('\n');
    return this.joinedText;
  }

  /** Builds now what the first English question would otherwise wait for (a server's warm-up). */
  warmUp(): void {
    this.loanwords();
    this.romajiNames();
  }

  /** Built on the first English question: the katakana words of the chunks, keyed by sound. */
  private loanwords(): Loanwords {
    this.loanwordTable ??= Loanwords.fromTexts(this.chunks.map((chunk) => chunk.text));
    return this.loanwordTable;
  }

  /** Built on the first English question: readings of the index vocabulary's proper nouns. */
  private romajiNames(): RomajiNames | undefined {
    if (this.romaji === undefined) {
      const tokenizer = this.tokenizer as Partial<ReadingTokenizer>;
      this.romaji = tokenizer.tokens
        ? RomajiNames.fromTerms(new Set(this.index.terms.flat()), tokenizer as ReadingTokenizer)
        : null;
    }
    return this.romaji ?? undefined;
  }

  /** The two sides a Japanese question compares, each as the forms a passage may write it in (normalized). */
  private comparedForms(query: AnalyzedQuery): string[][] | undefined {
    const pair = query.compared;
    if (!pair) return undefined;
    const form = (text: string) => normalizeForIndex(text).replace(/[\s・]/g, '');
    return pair.map((side) => [
      form(side),
      ...(this.aliases?.match(side) ?? [])
        .filter((hit) => hit.alias === side)
        .flatMap((hit) => hit.expansions.map(form)),
    ]);
  }

  /** 0..1 per report: how strongly the question names it (distinctive metadata terms it shares). */
  reportPrior(query: AnalyzedQuery): Float64Array {
    const prior = new Float64Array(this.reportTerms.length);
    let best = 0;
    const expanded = this.expansionOnlyTerms(query);
    for (let r = 0; r < prior.length; r++) {
      const meta = this.reportTerms[r]!;
      let score = 0;
      for (const [term, weight] of query.terms) if (!expanded.has(term)) score += weight * (meta.get(term) ?? 0);
      prior[r] = score;
      if (score > best) best = score;
    }
    // One distinctive term (idf ≈ ln 5 on five reports) is enough; shared words are not.
    if (best < MIN_PRIOR) return prior.fill(0);
    for (let r = 0; r < prior.length; r++) prior[r] = prior[r]! / best;
    return prior;
  }

  /**
   * Terms only the expansion of an abbreviation other than a publisher's brought in: 「RESAS」 is read
   * as 地域経済分析システム and システム, which does not name the report whose publisher is an
   * 「…エコシステム課」 (JETRO's, NRI's expansions do name theirs).
   */
  private expansionOnlyTerms(query: AnalyzedQuery): ReadonlySet<string> {
    const others = query.aliases.filter(({ alias }) => !this.publisherAliases.has(normalizeForIndex(alias)));
    if (others.length === 0) return EMPTY_TERMS;
    // The question's own words, as written (no second tokenization per search).
    const own = normalizeForIndex(query.core);
    const expanded = new Set<string>();
    for (const { expansions } of others) {
      for (const expansion of expansions) {
        for (const term of this.expansionTerms(expansion)) if (!own.includes(term)) expanded.add(term);
      }
    }
    return expanded;
  }

  /** The terms of an abbreviation's expansion, tokenized once (the alias table is small). */
  private expansionTerms(expansion: string): readonly string[] {
    let terms = this.expansionTermCache.get(expansion);
    if (!terms) {
      terms = this.tokenizer.terms(expansion);
      this.expansionTermCache.set(expansion, terms);
    }
    return terms;
  }

  /** Opening chunks of the reports a question names best (prior 1), when it names at most two. */
  private namedOpenings(prior: Float64Array): number[] {
    const named = namedReports(prior);
    return named.length <= MAX_OVERVIEW_REPORTS ? named.flatMap((r) => this.openings[r]!) : [];
  }

  /** The purpose statement ranks above the title page (its chunks come best first). */
  private overviewBonus(rank: number): number {
    return this.options.overviewWeight * (1 - OVERVIEW_STEP * rank);
  }

  /** The query's terms with the named reports' publisher and author words weighed `publisherWeight`. */
  private withoutPublishers(query: AnalyzedQuery, prior: Float64Array): AnalyzedQuery {
    const weight = this.options.publisherWeight;
    const named = namedReports(prior);
    if (weight >= 1 || named.length === 0) return query;
    const publisher = (term: string) => named.some((r) => this.publisherTerms[r]!.has(term));
    if (![...query.terms.keys()].some(publisher)) return query;
    const terms = new Map([...query.terms].map(([term, w]) => [term, publisher(term) ? w * weight : w] as const));
    return { ...query, terms };
  }

  /** BM25's terms, with the named reports' title words weighed `titleWeight`. */
  private titleTermsWeighed(terms: Map<string, number>, prior: Float64Array): Map<string, number> {
    const weight = this.options.titleWeight;
    const named = namedReports(prior);
    if (weight >= 1 || named.length === 0) return terms;
    // Words in half the titles or more (地域, 調査) pick no report: 「地域の調査って…」 names none.
    const title = (term: string) => named.some((r) => (this.reportTerms[r]!.get(term) ?? 0) > SHARED_TITLE_IDF);
    if (![...terms.keys()].some(title)) return terms;
    return new Map([...terms].map(([term, w]) => [term, title(term) ? w * weight : w] as const));
  }

  async search(question: string, options: SearchOptions = {}): Promise<Passage[]> {
    const k = options.k ?? 10;
    const asked = options.analyzed ?? this.analyze(question);
    const n = this.chunks.length;
    if (n === 0) return [];
    const prior = this.options.reportWeight > 0 ? this.reportPrior(asked) : undefined;
    const query = prior ? this.withoutPublishers(asked, prior) : asked;
    const { lexicalWeight, ngramWeight, trigramWeight, denseWeight, coverageWeight, denseCandidates } = this.options;

    const lexical = new Float64Array(n);
    this.lexical.score(prior ? this.titleTermsWeighed(query.terms, prior) : query.terms, lexical);
    const ngram = new Float64Array(n);
    this.ngrams.score(query.grams, ngram);
    const dense = new Float64Array(n);
    if (denseWeight > 0) {
      try {
        const vector = await this.index.embeddings.embedQuery(query.core);
        for (const [i, similarity] of await this.index.vectors.search(vector, denseCandidates)) dense[i] = similarity;
      } catch {
        // A failing optional embedder leaves lexical retrieval working.
      }
    }
    const trigram = new Float64Array(n);
    if (trigramWeight > 0) this.trigrams.score(trigramsOf(query), trigram);
    const maxTrigram = max(trigram) || 1;
    const maxLexical = max(lexical) || 1;
    const maxNgram = max(ngram) || 1;
    // Coverage, windows and sibling terms count what a Japanese passage can hold: not the ordinary
    // English words of an English question (its translations stand for them).
    const termIdf = [...query.terms]
      .filter(([term]) => !query.foreign?.has(term))
      .map(([term, weight]) => [term, weight * this.lexical.idf(term)] as const);
    const concepts = weighConcepts(query, (term) => this.lexical.idf(term));

    const { reportWeight, neighbourWeight } = this.options;
    const scores = this.scores;
    const { listWeight, typesWeight } = this.options;
    const wantsList = query.kind === 'list' && listWeight > 0;
    // 「産業集積をどういうタイプに分けてる」: a typology is listed by its types, whatever the question's kind.
    const wantsTypes = typesWeight > 0 && TYPOLOGY_ASKED.test(query.core);
    // 「飯塚市のLL、国の支援が終わったあとどうなったの」: a catalogue of the cases names it and its partner, and
    // says nothing of how it went.
    const asksCourse = !wantsList && !wantsTypes && query.course === true;
    // Coverage: the idf-weighted share of the query's concepts a chunk contains (from the postings).
    const coverages = this.coverages(concepts);
    for (let i = 0; i < n; i++) {
      if (lexical[i] === 0 && ngram[i] === 0 && trigram[i] === 0 && dense[i] === 0) {
        scores[i] = 0;
        continue;
      }
      const coverage = coverages[i]!;
      let score =
        lexicalWeight * (lexical[i]! / maxLexical) +
        ngramWeight * (ngram[i]! / maxNgram) +
        trigramWeight * (trigram[i]! / maxTrigram) +
        denseWeight * dense[i]! +
        coverageWeight * coverage;
      if (prior) score += reportWeight * prior[this.chunkReport[i]!]!;
      if (wantsList && this.enumerates[i]) score += listWeight;
      if (wantsTypes && this.namesTypes[i]) score += typesWeight;
      if (this.references[i]) score -= this.options.referenceWeight;
      if (this.contents.has(i)) score -= this.options.contentsWeight;
      // Asked how a case went: a catalogue (not a table of contents, which keeps its own weight).
      else if (asksCourse && this.catalogues.has(i)) score -= this.options.catalogueWeight;
      scores[i] = score;
    }
    // Smoothed scores, then a top-k selection: Passage objects only for the k returned.
    const report = this.chunkReport;
    const { windowWeight, phraseWeight, rerankDepth, siblingWeight, shapeWeight } = this.options;
    // Passages grow into neighbouring chunks, which then drop out of the list: rank more than k.
    const depth = Math.max(k * PASSAGE_SPREAD, rerankDepth);
    const top: number[] = [];
    const finals = this.finals;
    for (let i = 0; i < n; i++) {
      if (scores[i] === 0) continue;
      let neighbour = 0;
      if (neighbourWeight > 0) {
        if (i > 0 && report[i - 1] === report[i]) neighbour = scores[i - 1]!;
        if (i + 1 < n && report[i + 1] === report[i] && scores[i + 1]! > neighbour) neighbour = scores[i + 1]!;
      }
      const score = scores[i]! + neighbourWeight * neighbour;
      finals[i] = score;
      if (top.length === depth && score <= finals[top[depth - 1]!]!) continue;
      let at = top.length < depth ? top.length : depth - 1;
      while (at > 0 && finals[top[at - 1]!]! < score) {
        if (at < depth) top[at] = top[at - 1]!;
        at--;
      }
      top[at] = i;
    }
    const windows = new Map<number, number>();
    const shapedWindows = new Map<number, number>();
    const { shapedWindowWeight } = this.options;
    const windowShape = shapedWindowWeight > 0 && windowWeight > 0 ? query.answerShape : undefined;
    const phrases = new Map<number, number>();
    const letters = query.lang === 'ja' && phraseWeight > 0 ? lettersOf(normalizeForIndex(query.core)) : '';
    const phrased = letters.length >= MIN_PHRASE;
    if (windowWeight > 0 || phrased) {
      for (const i of top) {
        if (windowWeight > 0) {
          const { window, shaped } = this.windowScores(i, concepts, windowShape);
          windows.set(i, window);
          finals[i] = finals[i]! + windowWeight * window;
          if (windowShape) {
            shapedWindows.set(i, shaped);
            finals[i] = finals[i]! + shapedWindowWeight * shaped;
          }
        }
        if (phrased) {
          const phrase = this.phraseScore(i, letters);
          phrases.set(i, phrase);
          finals[i] = finals[i]! + phraseWeight * phrase;
        }
      }
      top.sort((a, b) => finals[b]! - finals[a]!);
    }
    const siblings = new Map<number, number>();
    if (siblingWeight > 0 && top.length > 1) {
      const sibling = this.siblingScores(top, termIdf);
      top.forEach((i, r) => {
        siblings.set(i, sibling[r]!);
        finals[i] = finals[i]! + siblingWeight * sibling[r]!;
      });
    }
    const shapes = new Set<number>();
    // A definition asked (「RESASってそもそも何のツール？」): the passage glossing the term (「…システム
    // （RESAS）」「ミッシング・ミドル (政府や…)」) has the answer's shape.
    // A reason asked (「なぜ」, "why"): the passage giving one says ため, 背景, ことから … (retrieval only:
    // the composer's quotes are chosen by what they say of the question, not by a cause word).
    const shape =
      shapeWeight > 0 ? (query.answerShape ?? query.gloss ?? (query.kind === 'reason' ? CAUSE : undefined)) : undefined;
    for (const i of shape ? top : []) {
      if (!shape!.test(this.chunks[i]!.text)) continue;
      shapes.add(i);
      finals[i] = finals[i]! + shapeWeight;
    }
    const compared = this.options.comparedWeight > 0 ? this.comparedForms(query) : undefined;
    const bothSides = new Set<number>();
    for (const i of compared ? top : []) {
      // The chunk's own text, not `letters` (which holds its section path too: a passage under a heading
      // naming one side and a line naming the other compares nothing; three looked-at near misses lost).
      const text = normalizeForIndex(this.chunks[i]!.text).replace(/[\s・]/g, '');
      if (!compared!.every((forms) => forms.some((form) => text.includes(form)))) continue;
      bothSides.add(i);
      finals[i] = finals[i]! + this.options.comparedWeight;
    }
    const openings = prior && query.overview && this.options.overviewWeight > 0 ? this.namedOpenings(prior) : NONE;
    if (openings.length > 0) {
      // The openings go above the best candidate, in their order.
      const best = top.reduce((high, i) => Math.max(high, finals[i]!), 0);
      openings.forEach((i, rank) => {
        if (!top.includes(i)) top.push(i);
        finals[i] = best + this.overviewBonus(rank);
      });
    }
    if (siblings.size > 0 || shapes.size > 0 || bothSides.size > 0 || openings.length > 0)
      top.sort((a, b) => finals[b]! - finals[a]!);
    const passages = expandPassages(top, this.chunks, (j) => scores[j]!, k, this.options.maxPassageChars);
    return passages.map(({ primary: i, from, to }) => {
      const neighbour = openings.includes(i)
        ? 0
        : finals[i]! -
          scores[i]! -
          windowWeight * (windows.get(i) ?? 0) -
          shapedWindowWeight * (shapedWindows.get(i) ?? 0) -
          phraseWeight * (phrases.get(i) ?? 0) -
          siblingWeight * (siblings.get(i) ?? 0) -
          (shapes.has(i) ? shapeWeight : 0) -
          (bothSides.has(i) ? this.options.comparedWeight : 0);
      return {
        chunk: this.joined(from, to),
        score: finals[i]!,
        lexical: lexical[i]! / maxLexical,
        ngram: ngram[i]! / maxNgram,
        dense: dense[i]!,
        coverage: coverages[i]!,
        report: prior ? prior[report[i]!]! : 0,
        neighbour: neighbourWeight > 0 ? neighbour / neighbourWeight : 0,
        window: windows.get(i) ?? 0,
        shapedWindow: shapedWindows.get(i) ?? 0,
        phrase: phrases.get(i) ?? 0,
        sibling: siblings.get(i) ?? 0,
        shape: shapes.has(i) ? 1 : 0,
      };
    });
  }
}

/** An enumeration in a passage: ①…②, (1)…(2), 1. … newline 2., 「方向性.1」. */
const ENUMERATION = /(①[^②]*②|[(（]1[)）][^(（]*[(（]2[)）]|[1１][.．][^2２]*\n[2２][.．]|方向性\s*[.．]?\s*[1１])/s;

/**
 * A question asking how something is classified: 「どういうタイプに分けてる」「どんな型に分類」「何パターン」,
 * "what types".
 */
const TYPOLOGY_ASKED =
  /((どういう|どんな|どのような|何|いくつか?)の?[「『]?(タイプ|型|類型|パターン)|(タイプ|型|類型|パターン)[」』]?(って|は|に|で)?[、\s]*(どう|何|いくつ|どんな|分け)|(どういう|どんな)分け方|分類|類型化|\b(what|which) (kinds|types|categories)\b|\btypolog)/i;
/** Three distinct words naming a type (「内発型」「外発型」「誘致先行型」), or a count of types (「３つのパターン」「4類型」). */
function namesTypes(text: string): boolean {
  const normalized = text.normalize('NFKC');
  if (/[0-9一二三四五六七八九]\s*(つの)?(パターン|類型|タイプ)/.test(normalized)) return true;
  const types = new Set([...normalized.matchAll(TYPE_WORD)].map((match) => match[0]));
  return types.size >= 3;
}
/** A word naming a type: two letters or more before 型 (内発型, 誘致先行型; not 新型, 大型 alone). */
const TYPE_WORD = /[\p{Script=Han}\p{Script=Katakana}ー]{2,8}型(?![\p{Script=Han}])/gu;

const NONE: readonly number[] = [];
const EMPTY_TERMS: ReadonlySet<string> = new Set();
/** A publisher's word in more than this share of the passages is an ordinary word (産業, 日本). */
const COMMON_PUBLISHER_WORD = 0.06;
/** …and in more than this many passages (a share of a handful of passages says nothing). */
const MIN_COMMON_DF = 10;

/** Shortest run of characters that counts as a shared phrase. */
const MIN_PHRASE = 3;

/** Normalized text without whitespace, punctuation and symbols (phrases run across them). */
function lettersOf(normalized: string): string {
  return normalized.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Joined passages kept (see `joined`). */
const MAX_JOINED_PASSAGES = 2000;

/** Chunks ranked per passage returned (a passage takes in about three chunks). */
const PASSAGE_SPREAD = 3;

/** Reports whose openings an overview question ranks first (「NRIと日本総研のレポートの概要」). */
const MAX_OVERVIEW_REPORTS = 2;

/** Each further opening chunk of an overview question gets this share less of the bonus. */
const OVERVIEW_STEP = 0.1;

/** Share of a report's opening chunks searched for its statement of purpose. */
const OPENING_SHARE = 0.15;
/** How a report states what it is (「本稿では…分析を試みる」「本事業（調査）は…を目的として」). */
const PURPOSE = /(目的|本稿|本調査|本事業|本報告|本研究|本書)/;

/**
 * The chunks that say what report `r` is: its title page (its first chunk) and the first chunk of
 * its opening part that states its purpose. The title page comes first when it shows the report's
 * title (「次世代製造業にみる…」 with its contents); a cover that does not (a commissioned study's
 * first slide) comes after the statement of purpose. Empty for a report without chunks.
 */
function reportOpenings(chunks: readonly Chunk[], chunkReport: Int32Array, r: number, title?: string): number[] {
  const first = chunkReport.indexOf(r);
  if (first < 0) return [];
  let size = 0;
  while (first + size < chunks.length && chunkReport[first + size] === r) size++;
  const opening = Math.max(1, Math.ceil(size * OPENING_SHARE));
  let purpose = -1;
  for (let i = first; i < first + opening && purpose < 0; i++) if (statesPurpose(chunks[i]!.text)) purpose = i;
  if (purpose < 0 || purpose === first) return [first];
  const titleStart = lettersOf(normalizeForIndex(title ?? '')).slice(0, TITLE_PREFIX);
  const titled = titleStart.length > 0 && lettersOf(normalizeForIndex(chunks[first]!.text)).includes(titleStart);
  return titled ? [first, purpose] : [purpose, first];
}
/** Characters of a title that tell it is shown (titles run on with subtitles the page may break). */
const TITLE_PREFIX = 12;

/** A sentence stating a purpose; not a heading that names one (「1-1. 調査の背景・目的」). */
function statesPurpose(text: string): boolean {
  return text
    .split('\n')
    .some((line) => line.length >= MIN_PURPOSE_CHARS && PURPOSE.test(line) && !NUMBERED_HEADING.test(line));
}
const MIN_PURPOSE_CHARS = 30;

/** The idf (across reports' metadata) of a title word that half the reports share. */
const SHARED_TITLE_IDF = Math.log(2);

/** A report counts as named when its metadata match scores at least this (≈ one distinctive term). */
const MIN_PRIOR = 1.0;

/**
 * Per report, metadata term → idf across reports (terms every report shares weigh 0). Metadata:
 * title, publisher, author, the year of the date, and the aliases of names in them (日本総合研究所
 * → 日本総研, 野村総合研究所 → NRI).
 */
function reportMetadataTerms(
  docs: string[],
  index: LoadedIndex,
  tokenizer: Tokenizer,
  publishers: readonly Publisher[],
): Map<string, number>[] {
  const sets = docs.map((doc, r) => {
    const meta = index.reports.get(doc);
    if (!meta) return new Set<string>();
    const terms = new Set([...tokenizer.terms(meta.title), ...publishers[r]!.terms]);
    const year = /^(\d{4})/.exec(meta.date ?? '')?.[1];
    if (year) terms.add(year);
    return terms;
  });
  const df = new Map<string, number>();
  for (const set of sets) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
  return sets.map((set) => new Map([...set].map((term) => [term, Math.log(docs.length / df.get(term)!)])));
}

/** The reports a question names best (prior 1). */
function namedReports(prior: Float64Array): number[] {
  return [...prior.keys()].filter((r) => prior[r] === 1);
}

/** A report's publisher and author: their abbreviations, and the terms of both. */
interface Publisher {
  aliases: string[];
  terms: Set<string>;
}

function publisherOf(
  meta: { publisher?: string | null; author?: string | null } | undefined,
  tokenizer: Tokenizer,
  aliasTable: AliasTable | undefined,
): Publisher {
  const names = `${meta?.publisher ?? ''} ${meta?.author ?? ''}`;
  const aliases = aliasTable?.aliasesOf(names) ?? [];
  const terms = new Set(tokenizer.terms(names));
  for (const alias of aliases) for (const term of tokenizer.terms(alias)) terms.add(term);
  return { aliases, terms };
}

/** Trigrams of a Japanese question's core; an English question's words would only match English bibliographies. */
function trigramsOf(query: AnalyzedQuery): Map<string, number> {
  if (query.lang === 'en') return new Map();
  return new Map(charTrigrams(normalizeForIndex(query.core)).map((gram) => [gram, 1]));
}

function max(values: Float64Array): number {
  let best = 0;
  for (const value of values) if (value > best) best = value;
  return best;
}

/** A bibliography entry: 「[2015]. 「…」」, 「…ジェトロセンサー2015年10月号、日本貿易振興機構。」, "White Paper, … 2007". */
const REFERENCE_LINE =
  /\[[0-9]{4}[a-z]?\]\.|[0-9]{4}年[0-9]{1,2}月号|\b(White Paper|Working Paper|Discussion Paper)\b|\bpp\.\s*[0-9]/;

/** A chunk most of whose lines are bibliography entries. */
export function isReferenceList(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  const entries = lines.filter((line) => REFERENCE_LINE.test(line)).length;
  return lines.length > 0 && entries / lines.length > 0.5;
}

/** A numbered heading line: 「1. LL事業について」「- 1) LL事業の概要」「2-2-1. 広島県 – …」「（１）総論」. */
const NUMBERED_HEADING =
  /^[-・\s]*(?:[0-9０-９]{1,2}(?:-[0-9０-９]{1,2}){0,2}\s*[.．)）]|[（(][0-9０-９]{1,2}[)）])\s*\S/;
/** Chunks of a report's opening read for its table of contents. */
const OPENING_CHUNKS = 4;

/**
 * Chunks that are a catalogue: a numbered list of short labels, most of the chunk (「1. 福島県－スウェーデン・
 * スコーネ（医療福祉）《03～06年度》」…, a table of contents). It names the cases (or parts) of a report and
 * says nothing of how any of them went.
 */
export function catalogues(chunks: readonly Chunk[]): number[] {
  const out: number[] = [];
  chunks.forEach((chunk, i) => {
    const lines = chunk.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    // A label has words (not a chart's 「0.5%」, which reads as 「0.」 and a number).
    const labels = lines.filter(
      (line) => NUMBERED_HEADING.test(line) && !/[。！？]/.test(line) && line.length <= 60 && /\p{L}{2}/u.test(line),
    );
    if (labels.length >= MIN_CATALOGUE_LABELS && labels.length / lines.length >= 0.6) out.push(i);
  });
  return out;
}
const MIN_CATALOGUE_LABELS = 5;

/**
 * Chunks that are a table of contents: most lines numbered headings without a sentence, in the
 * report's opening chunks or repeated elsewhere in it (an agenda slide before each part). A list of
 * cases (「1. 福島県－スウェーデン…」) elsewhere in a report, said once, is no table of contents.
 */
export function contentsLists(chunks: readonly Chunk[]): number[] {
  const key = (chunk: Chunk, line: string) => `${chunk.doc}\u0000${line}`;
  const linesOf = (chunk: Chunk) =>
    chunk.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  // Per chunk, its heading lines when they are most of it.
  const headingsOf = chunks.map((chunk) => {
    const lines = linesOf(chunk);
    if (lines.length < 4) return undefined;
    const headings = lines.filter((line) => NUMBERED_HEADING.test(line) && !/[。！？]/.test(line) && line.length <= 60);
    return headings.length / lines.length >= 0.6 ? headings : undefined;
  });
  // In how many chunks of its report each of those lines stands (an agenda slide repeats).
  const chunksWith = new Map<string, number>();
  headingsOf.forEach((headings, i) => headings?.forEach((line) => chunksWith.set(key(chunks[i]!, line), 0)));
  for (const chunk of chunks) {
    for (const line of new Set(linesOf(chunk))) {
      const count = chunksWith.get(key(chunk, line));
      if (count !== undefined) chunksWith.set(key(chunk, line), count + 1);
    }
  }
  const first = new Map<string, number>();
  for (const chunk of chunks) first.set(chunk.doc, Math.min(first.get(chunk.doc) ?? Infinity, chunk.seq));
  const out: number[] = [];
  headingsOf.forEach((headings, i) => {
    if (!headings) return;
    const chunk = chunks[i]!;
    const opening = chunk.seq - first.get(chunk.doc)! < OPENING_CHUNKS;
    const repeated = headings.filter((line) => chunksWith.get(key(chunk, line))! > 1).length;
    if (opening || repeated / headings.length >= 0.5) out.push(i);
  });
  return out;
}
