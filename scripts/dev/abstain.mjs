// Dev diagnostic: abstention features per dev question (A = answerable, U = unanswerable).

import { readQuestions } from '../../dist/evaluation/questions.js';
import { openPipeline } from '../../dist/pipeline.js';

const p = await openPipeline({ indexDir: '/tmp/kotae-eval-dev' });
const rows = [];
for (const q of readQuestions('../shared/eval/questions-dev.jsonl')) {
  const a = p.retriever.analyze(q.question);
  const ps = await p.retriever.search(q.question, { k: 5, analyzed: a });
  const win = Math.max(...ps.map((x) => x.window ?? 0));
  const cov = Math.max(...ps.slice(0, 3).map((x) => x.coverage));
  rows.push([
    q.answerable ? 'A' : 'U',
    win.toFixed(2),
    cov.toFixed(2),
    (ps[0]?.score ?? 0).toFixed(2),
    q.id,
    q.question.slice(0, 40),
  ]);
}
rows.sort((x, y) => x[1] - y[1]);
for (const r of rows) console.log(r.join('\t'));
