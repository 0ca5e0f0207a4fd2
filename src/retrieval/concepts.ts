/**
 * A question's terms grouped into concepts. One word of the question may stand for several index
 * terms — an English word's translations (partner → パートナー, 相手, 仲間), an alias and its full
 * form (JETRO → 日本 貿易 振興 機構, ジェトロ) — and a passage answers that word when it has any of
 * them. Coverage counts each concept once, at its best term found: counted term by term, the
 * alternatives would outweigh the rest of the question, and a passage holding one of them would
 * look poorly covered (an English question's passages rarely reached a fifth of its terms).
 */
import type { AnalyzedQuery } from './query-analysis.js';

export interface WeightedConcepts {
  /** Each counted query term with its weight × idf and its concept's number, in query order. */
  terms: { term: string; weight: number; concept: number }[];
  /** Per concept, its weight: that of its heaviest term. */
  weights: Float64Array;
  /** Sum of the concepts' weights (at least a tiny positive number). */
  total: number;
}

/**
 * The query's terms weighted by idf and grouped into concepts (`AnalyzedQuery.concepts`; a term
 * not listed there is a concept of its own). The ordinary English words of an English question are
 * left out: a Japanese passage never has them, their translations stand for them.
 */
export function weighConcepts(query: AnalyzedQuery, idf: (term: string) => number): WeightedConcepts {
  const ids = new Map<string, number>();
  const terms: WeightedConcepts['terms'] = [];
  const weights: number[] = [];

  for (const [term, weight] of query.terms) {
    if (query.foreign?.has(term)) continue;
    const key = query.concepts?.get(term) ?? term;
    let concept = ids.get(key);
    if (concept === undefined) {
      ids.set(key, (concept = ids.size));
      weights.push(0);
    }
    const w = weight * idf(term);
    terms.push({ term, weight: w, concept });
    if (w > weights[concept]!) weights[concept] = w;
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  return { terms, weights: Float64Array.from(weights), total: total > 0 ? total : 1e-9 };
}

/** The share of the concepts' weight found: each concept counts its heaviest term that `has`. */
export function conceptCoverage({ terms, weights, total }: WeightedConcepts, has: (term: string) => boolean): number {
  const best = new Float64Array(weights.length);
  for (const { term, weight, concept } of terms) if (weight > best[concept]! && has(term)) best[concept] = weight;
  let covered = 0;
  for (const w of best) covered += w;
  return covered / total;
}
