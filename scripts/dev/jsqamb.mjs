// How many JSQuAD rank-1 misses have a gold answer in the passage ranked first (ambiguous labels)?
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';
const [corpus, indexDir, qfile] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk, ifStale: true });
const r = new HybridRetriever(index, tk, loadLexicon(), {});
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
let fails = 0,
  amb = 0,
  ambIn10 = 0;
for (const q of readQuestions(qfile).filter((q) => q.answerable)) {
  const ps = await r.search(q.question, { k: 10 });
  const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
  if (i === 0) continue;
  fails++;
  const t = norm(ps[0].chunk.text);
  if (q.answers.some((a) => t.includes(norm(a)))) {
    amb++;
    if (i > 0) ambIn10++;
  }
}
console.log({ fails, amb, ambIn10 });
