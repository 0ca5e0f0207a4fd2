// Retrieval MRR@10 / R@5 per question set for retriever option sets, the index loaded once.
// Usage: node scripts/dev/tune-sets.mjs CORPUS INDEX '[{...}, ...]' FILE...   (one line per config)
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';
const [corpus, indexDir, configs, ...files] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk, ifStale: true });
const lexicon = loadLexicon();
const sets = files.map((file) => ({
  name: file
    .split('/')
    .pop()
    .replace(/\.jsonl$/, '')
    .slice(0, 9),
  qs: readQuestions(file).filter((q) => q.answerable),
}));
for (const opts of JSON.parse(configs)) {
  const r = new HybridRetriever(index, tk, lexicon, opts);
  let all = 0,
    n = 0,
    r5 = 0,
    r1 = 0;
  const per = [];
  for (const { name, qs } of sets) {
    let sum = 0;
    for (const q of qs) {
      const ps = await r.search(q.question, { k: 10 });
      const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
      if (i >= 0) sum += 1 / (i + 1);
      if (i >= 0 && i < 5) r5++;
      if (i === 0) r1++;
    }
    all += sum;
    n += qs.length;
    per.push(`${name} ${(sum / qs.length).toFixed(3)}`);
  }
  console.log(
    `${JSON.stringify(opts).padEnd(40)} MRR ${(all / n).toFixed(4)} R@1 ${(r1 / n).toFixed(4)} R@5 ${(r5 / n).toFixed(4)} | ${per.join(' ')}`,
  );
}
