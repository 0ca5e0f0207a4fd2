// Warm extractive answer latency per question (the slowest first), as `npm run bench` measures it.
import { readQuestions } from '../../dist/evaluation/questions.js';
import { openPipeline } from '../../dist/pipeline.js';
import { KotaeChatService } from '../../dist/chat/kotae-chat-service.js';

const [indexDir, qfile, top = '15'] = process.argv.slice(2);
const pipeline = await openPipeline({ indexDir });
const chat = new KotaeChatService({ pipeline, answerCacheSize: 0 });
const qs = readQuestions(qfile).map((q) => q.question);
for (const q of qs) await chat.answer(q);
const times = new Map();
for (let pass = 0; pass < 3; pass++) {
  for (const q of qs) {
    const t = performance.now();
    await chat.answer(q);
    times.set(q, Math.min(times.get(q) ?? Infinity, performance.now() - t));
  }
}
const sorted = [...times].sort((a, b) => b[1] - a[1]);
const total = sorted.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`n=${sorted.length} mean ${(total / sorted.length).toFixed(2)} ms`);
for (const [q, ms] of sorted.slice(0, Number(top))) console.log(`${ms.toFixed(1).padStart(7)} ms  ${q}`);
