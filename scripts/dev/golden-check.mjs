// Prints the rank of the first passage containing each golden evidence string (for writing test/retrieval/golden-ranking.test.ts).

import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';
import { compact } from '../../dist/text/normalize.js';

const [indexDir, json] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: 'corpus', tokenizer: tk, ifStale: true });
const r = new HybridRetriever(index, tk, loadLexicon());
for (const [q, ev] of JSON.parse(json)) {
  const ps = await r.search(q, { k: 10 });
  const i = ps.findIndex((p) => compact(p.chunk.text).includes(compact(ev)));
  console.log(i < 0 ? 'MISS' : i + 1, q);
}
