// Report-set questions whose relevant passage is not first: rank, question, evidence, what came first.
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';
import { openIndex } from '../../dist/indexing/open-index.js';
import { HybridRetriever } from '../../dist/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../dist/retrieval/lexicon.js';
import { getTokenizer } from '../../dist/text/kuromoji-tokenizer.js';
const [indexDir, ...files] = process.argv.slice(2);
const tk = await getTokenizer();
const index = await openIndex({ indexDir, corpusDir: 'corpus', tokenizer: tk, ifStale: true });
const r = new HybridRetriever(index, tk, loadLexicon(), JSON.parse(process.env.OPTS ?? '{}'));
let sum = 0, n = 0, r5 = 0;
for (const file of files) {
  for (const q of readQuestions(file).filter((q) => q.answerable)) {
    const ps = await r.search(q.question, { k: 10 });
    const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
    n++; if (i >= 0) sum += 1 / (i + 1); if (i >= 0 && i < 5) r5++;
    if (i === 0 || process.env.QUIET) continue;
    console.log(`\n${file.split('/').pop()} ${q.id} [${i + 1}] ${q.question}\n  ev: ${q.evidence.join(' | ')}\n  top: ${ps[0].chunk.doc.slice(0, 12)} ${JSON.stringify(ps[0].chunk.section.at(-1))} ${ps[0].chunk.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
}
console.log(`\nALL n=${n} MRR ${(sum / n).toFixed(4)} R@5 ${(r5 / n).toFixed(4)}`);
