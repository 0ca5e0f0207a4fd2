// Retrieval over the dev questions, repeated: run with `node --cpu-prof` to see where the time goes.
import { readQuestions } from '../../dist/evaluation/questions.js';
import { openPipeline } from '../../dist/pipeline.js';

const [indexDir, qfile, passes = '20'] = process.argv.slice(2);
const pipeline = await openPipeline({ indexDir });
const qs = readQuestions(qfile).map((q) => q.question);
const t = performance.now();
for (let pass = 0; pass < Number(passes); pass++) for (const q of qs) await pipeline.retriever.search(q, { k: 10 });
console.log(`${((performance.now() - t) / (qs.length * Number(passes))).toFixed(2)} ms per search`);
