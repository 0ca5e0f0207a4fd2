import { breakdown, formatFigures, retrievalFigures } from '../../dist/evaluation/metrics.js';
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';

const [corpus, indexDir, qfile, opts, verbose] = process.argv.slice(2);
const tk = await getTokenizer();
let t = Date.now();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk, ifStale: true });
console.log('open', Date.now() - t, 'chunks', index.chunks.length);
const r = new HybridRetriever(index, tk, loadLexicon(), JSON.parse(opts || '{}'));
const qs = readQuestions(qfile).filter((q) => q.answerable);
const results = [];
t = Date.now();
for (const q of qs) {
  const ps = await r.search(q.question, { k: 10 });
  const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
  results.push({ firstRelevant: i < 0 ? undefined : i + 1, type: q.type, lang: q.lang });
  if (verbose && (i < 0 || i > 0))
    console.log(
      q.id,
      q.type,
      i < 0 ? 'MISS' : i + 1,
      q.question,
      '| top:',
      ps[0]?.chunk.text.slice(0, 60).replace(/\n/g, ' '),
    );
}
console.log('per query ms', (Date.now() - t) / qs.length);
console.log(formatFigures('all', retrievalFigures(results)));
for (const [k, v] of breakdown(results, 'type')) console.log(formatFigures(' type ' + k, v));
for (const [k, v] of breakdown(results, 'lang')) console.log(formatFigures(' lang ' + k, v));
