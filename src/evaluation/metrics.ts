/** Recall@k and MRR@10 over answerable questions, with breakdowns. */
export interface RankedResult {
  /** 1-based rank of the first relevant passage, or undefined when none in the list. */
  firstRelevant: number | undefined;
  type: string;
  lang: string;
}

export interface RetrievalFigures {
  n: number;
  r1: number;
  r5: number;
  r10: number;
  mrr10: number;
}

export function retrievalFigures(results: RankedResult[]): RetrievalFigures {
  const n = results.length || 1;
  const recall = (k: number) => results.filter((r) => r.firstRelevant !== undefined && r.firstRelevant <= k).length / n;
  const mrr =
    results.reduce(
      (sum, r) => sum + (r.firstRelevant !== undefined && r.firstRelevant <= 10 ? 1 / r.firstRelevant : 0),
      0,
    ) / n;
  return { n: results.length, r1: recall(1), r5: recall(5), r10: recall(10), mrr10: mrr };
}

export function breakdown(results: RankedResult[], key: 'type' | 'lang'): Map<string, RetrievalFigures> {
  const groups = new Map<string, RankedResult[]>();
  for (const result of results) groups.set(result[key], [...(groups.get(result[key]) ?? []), result]);
  return new Map([...groups].sort().map(([name, group]) => [name, retrievalFigures(group)]));
}

export function formatFigures(name: string, f: RetrievalFigures): string {
  const p = (x: number) => x.toFixed(3);
  return `${name.padEnd(22)} n=${String(f.n).padStart(4)}  R@1 ${p(f.r1)}  R@5 ${p(f.r5)}  R@10 ${p(f.r10)}  MRR@10 ${p(f.mrr10)}`;
}
