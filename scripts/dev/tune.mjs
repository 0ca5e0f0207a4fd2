import { formatFigures, retrievalFigures } from '../../dist/evaluation/metrics.js';
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';

const [corpus, indexDir, qfile, configs, limit] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk, ifStale: true });
let qs = readQuestions(qfile).filter((q) => q.answerable);
if (limit) qs = qs.slice(0, +limit);
for (const opts of JSON.parse(configs)) {
  const r = new HybridRetriever(index, tk, loadLexicon(), opts);
  const results = [];
  for (const q of qs) {
    const ps = await r.search(q.question, { k: 10 });
    const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
    results.push({ firstRelevant: i < 0 ? undefined : i + 1, type: q.type, lang: q.lang });
  }
  console.log(formatFigures(JSON.stringify(opts), retrievalFigures(results)));
}
