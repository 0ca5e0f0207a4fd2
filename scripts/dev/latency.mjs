// Warm retrieval latency (p50/p99 ms) over the questions of a question file, 3 passes after warm-up.

import { readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';

const [corpus, indexDir, qfile, opts] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk, ifStale: true });
const r = new HybridRetriever(index, tk, loadLexicon(), JSON.parse(opts || '{}'));
const qs = readQuestions(qfile).slice(0, 300);
for (const q of qs) await r.search(q.question, { k: 10 });
const times = [];
for (let pass = 0; pass < 3; pass++) {
  for (const q of qs) {
    const t = process.hrtime.bigint();
    await r.search(q.question, { k: 10 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`n=${times.length} p50 ${at(0.5)} ms  p99 ${at(0.99)} ms`);
