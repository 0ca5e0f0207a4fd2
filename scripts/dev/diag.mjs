import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';

const [corpus, indexDir, qfile, ids] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: corpus, tokenizer: tk });
const r = new HybridRetriever(index, tk, loadLexicon(), {});
for (const q of readQuestions(qfile).filter((q) => ids.split(',').includes(q.id))) {
  const a = r.analyze(q.question);
  const ps = await r.search(q.question, { k: 1000 });
  const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
  console.log(
    '\n##',
    q.id,
    q.question,
    '\n  terms',
    [...a.terms.keys()].join(' '),
    '\n  evidence',
    q.evidence.join(' | '),
    '\n  rank',
    i + 1,
  );
  if (i >= 0) {
    const p = ps[i];
    console.log(
      '  REL',
      p.score.toFixed(2),
      p.lexical.toFixed(2),
      p.ngram.toFixed(2),
      p.dense.toFixed(2),
      p.coverage.toFixed(2),
      p.chunk.id,
      JSON.stringify(p.chunk.section),
      p.chunk.text.slice(0, 150).replace(/\n/g, ' '),
    );
  }
  for (const p of ps.slice(0, 2))
    console.log(
      '  TOP',
      p.score.toFixed(2),
      p.lexical.toFixed(2),
      p.ngram.toFixed(2),
      p.dense.toFixed(2),
      p.coverage.toFixed(2),
      p.chunk.id,
      p.chunk.text.slice(0, 100).replace(/\n/g, ' '),
    );
}
