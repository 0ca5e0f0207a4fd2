// Per answerable question: is an evidence string in the first quote / some quote? Usage: node scripts/dev/quotes.mjs INDEX_DIR FILE...
import { KotaeChatService } from '../../dist/chat/kotae-chat-service.js';
import { readQuestions } from '../../dist/evaluation/questions.js';
import { openPipeline } from '../../dist/pipeline.js';
import { compact } from '../../dist/text/normalize.js';
const [indexDir, ...files] = process.argv.slice(2);
const p = await openPipeline({ indexDir });
const chat = new KotaeChatService({ pipeline: p });
for (const file of files)
  for (const q of readQuestions(file)) {
    const a = await chat.answer(q.question);
    const ev = q.evidence.map(compact);
    const has = (c) => ev.some((e) => compact(c.quote).includes(e));
    const first = a.citations[0] && has(a.citations[0]) ? 'F' : '-';
    const some = a.citations.some(has) ? 'S' : '-';
    console.log(
      `${q.id}\t${q.answerable ? 'A' : 'U'}\t${a.abstained ? 'abst' : 'ans'}\t${first}${some}\t${a.text.split('\n')[0].slice(0, 100)}`,
    );
  }
