// Extractive answer latency of questions each asked once (nothing cached for them), as a fresh
// server meets them: with the server's warm-up first (default) or without (NOWARM=1).
//   node scripts/dev/first-answer-latency.mjs INDEX QUESTIONS.jsonl [MORE.jsonl ...]
import { readQuestions } from '../../dist/evaluation/questions.js';
import { openPipeline } from '../../dist/pipeline.js';
import { KotaeChatService } from '../../dist/chat/kotae-chat-service.js';

const [indexDir, ...files] = process.argv.slice(2);
const pipeline = await openPipeline({ indexDir });
const chat = new KotaeChatService({ pipeline, answerCacheSize: 0 });
if (!process.env.NOWARM) {
  const warm = await chat.warmUp();
  console.log(`warm-up: ${warm.passages} passages in ${warm.ms} ms`);
}
const questions = [...new Set(files.flatMap((file) => readQuestions(file).map((q) => q.question)))];
const times = [];
for (const question of questions) {
  const t = performance.now();
  await chat.answer(question);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor((times.length * p) / 100))].toFixed(1);
const mean = (times.reduce((sum, ms) => sum + ms, 0) / times.length).toFixed(2);
console.log(`n=${times.length} mean ${mean} ms  p50 ${at(50)}  p95 ${at(95)}  p99 ${at(99)} ms`);
