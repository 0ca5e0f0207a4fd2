// JSQuAD misses at rank 1: which paragraph wins, same article or not.
import { writeFileSync } from 'node:fs';
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';
const [corpus, indexDir, qfile, out] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk, ifStale: true });
const r = new HybridRetriever(index, tk, loadLexicon(), {});
const qs = readQuestions(qfile).filter((q) => q.answerable);
let same = 0,
  other = 0,
  miss10 = 0;
const rows = [];
for (const q of qs) {
  const ps = await r.search(q.question, { k: 10 });
  const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
  if (i === 0) continue;
  const top = ps[0];
  const art = (d) => d.replace(/p\d+\.txt$/, '');
  const s = art(top.chunk.doc) === art(q.docs[0]);
  if (i < 0) miss10++;
  if (s) same++;
  else other++;
  const f = (p) =>
    `${p.score.toFixed(2)} L${p.lexical.toFixed(2)} N${p.ngram.toFixed(2)} D${p.dense.toFixed(2)} C${p.coverage.toFixed(2)} W${p.window.toFixed(2)} P${p.phrase.toFixed(2)} S${p.sibling.toFixed(2)} H${p.shape}`;
  rows.push({
    id: q.id,
    q: q.question,
    a: q.answers[0],
    rank: i + 1,
    same: s,
    top: top.chunk.doc,
    topText: top.chunk.text.slice(0, 200),
    topF: f(top),
    gold: i >= 0 ? f(ps[i]) : '',
    goldText: i >= 0 ? ps[i].chunk.text.slice(0, 200) : '',
  });
}
console.log({ fails: rows.length, same, other, miss10 });
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n'));
