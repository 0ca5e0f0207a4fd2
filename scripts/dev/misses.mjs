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
let sum = 0,
  n = 0,
  r5 = 0;
for (const file of files) {
  for (const q of readQuestions(file).filter(
    (q) => q.answerable && (!process.env.ONLY_LANG || q.lang === process.env.ONLY_LANG),
  )) {
    const ps = await r.search(q.question, { k: 10 });
    const i = ps.findIndex((p) => isRelevant(q, { doc: p.chunk.doc, text: p.chunk.text }));
    n++;
    if (i >= 0) sum += 1 / (i + 1);
    if (i >= 0 && i < 5) r5++;
    if (i === 0 || process.env.QUIET) continue;
    const f = (p) =>
      `${p.score.toFixed(2)} L${p.lexical.toFixed(2)} N${p.ngram.toFixed(2)} D${p.dense.toFixed(2)} C${p.coverage.toFixed(2)} R${p.report.toFixed(1)} nb${p.neighbour.toFixed(2)} W${p.window.toFixed(2)} P${p.phrase.toFixed(2)} S${p.sibling.toFixed(2)} H${p.shape}`;
    console.log(
      `\n${file.split('/').pop()} ${q.id} [${i + 1}] ${q.question}\n  ev: ${q.evidence.join(' | ')}\n  top: ${f(ps[0])} ${ps[0].chunk.id.slice(0, 3)}${ps[0].chunk.id.slice(20)} ${JSON.stringify(ps[0].chunk.section.at(-1))} ${ps[0].chunk.text.replace(/\s+/g, ' ').slice(0, 100)}`,
    );
    if (i > 0)
      console.log(
        `  rel: ${f(ps[i])} ${ps[i].chunk.id.slice(0, 3)}${ps[i].chunk.id.slice(20)} ${JSON.stringify(ps[i].chunk.section.at(-1))} ${ps[i].chunk.text.replace(/\s+/g, ' ').slice(0, 100)}`,
      );
  }
}
console.log(`\nALL n=${n} MRR ${(sum / n).toFixed(4)} R@5 ${(r5 / n).toFixed(4)}`);
