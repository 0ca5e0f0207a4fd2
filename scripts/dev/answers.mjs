// Dev diagnostic: where the extractive answer misses the evidence. Usage: node scripts/dev/answers.mjs [id,...]

import { KotaeChatService } from '../../dist/chat/kotae-chat-service.js';
import { isRelevant, readQuestions } from '../../dist/evaluation/questions.js';

import { openPipeline } from '../../dist/pipeline.js';

import { compact } from '../../dist/text/normalize.js';

const ids = process.argv[2]?.split(',');

const p = await openPipeline({ indexDir: '/tmp/kotae-eval-dev' });
const chat = new KotaeChatService({ pipeline: p });
for (const q of readQuestions(process.env.QFILE ?? '../shared/eval/questions-dev.jsonl')) {
  if (ids && !ids.includes(q.id)) continue;
  if (!q.answerable) continue;
  const a = await chat.answer(q.question);
  const ev = q.evidence.map(compact);
  const hit = a.citations.some((c) => ev.some((e) => compact(c.quote).includes(e) || compact(c.text).includes(e)));
  if (hit && !ids) continue;
  const ps = await p.retriever.search(q.question, { k: 10 });
  const rank = ps.findIndex((x) => isRelevant(q, { doc: x.chunk.doc, text: x.chunk.text }));
  console.log(
    `\n## ${q.id} [${q.type}] rank=${rank + 1} abstained=${a.abstained} ${q.question}\n  evidence: ${q.evidence.join(' | ')}`,
  );
  console.log(
    a.text
      .split('\n')
      .map((l) => '  > ' + l.slice(0, 160))
      .join('\n'),
  );
}
