/**
 * `npm run eval`: retrieval figures (Recall@1/5/10, MRR@10 by type and language) on the dev
 * questions, the in-house questions (eval/in-house.jsonl) and JSQuAD, and answer figures on each
 * (citation recall, abstention, evidence in the quotes shown, faithfulness of quotes). The
 * relevance rule is the one in ../shared/eval/README.md: a citation is relevant when its quote or
 * passage holds an evidence string, or, for JSQuAD, when it cites the gold paragraph.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KotaeChatService } from '../chat/kotae-chat-service.js';
import { QuestionError } from '../errors.js';
import { buildIndex } from '../indexing/build-index.js';
import { consoleProgress } from '../indexing/progress.js';
import { openPipeline, type Pipeline } from '../pipeline.js';
import { getTokenizer } from '../text/kuromoji-tokenizer.js';
import { compact, repairDisplay } from '../text/normalize.js';
import { breakdown, formatFigures, type RankedResult, retrievalFigures } from './metrics.js';
import { type EvalQuestion, isRelevant, readQuestions } from './questions.js';

const SHARED = process.env['KOTAE_EVAL_DIR'] ?? path.resolve('../shared/eval');

async function pipelineFor(corpusDir: string, name: string): Promise<Pipeline> {
  const indexDir = path.join(os.tmpdir(), `kotae-eval-${name}`);
  const tokenizer = await getTokenizer();
  await buildIndex({ corpusDir, indexDir, tokenizer, progress: consoleProgress() });
  return openPipeline({ indexDir });
}

async function retrieval(pipeline: Pipeline, questions: EvalQuestion[], label: string): Promise<void> {
  const results: RankedResult[] = [];
  for (const question of questions.filter((q) => q.answerable)) {
    const passages = await pipeline.retriever.search(question.question, { k: 10 });
    const at = passages.findIndex((p) => isRelevant(question, { doc: p.chunk.doc, text: p.chunk.text }));
    results.push({ firstRelevant: at < 0 ? undefined : at + 1, type: question.type, lang: question.lang });
  }
  console.log(`\n## Retrieval — ${label} (answerable questions)`);
  console.log(formatFigures('all', retrievalFigures(results)));
  if (new Set(results.map((r) => r.type)).size > 1) {
    for (const [type, figures] of breakdown(results, 'type')) console.log(formatFigures(`  type ${type}`, figures));
  }
  if (new Set(results.map((r) => r.lang)).size > 1) {
    for (const [lang, figures] of breakdown(results, 'lang')) console.log(formatFigures(`  lang ${lang}`, figures));
  }
}

/**
 * Answer figures. On JSQuAD (every question answerable, relevance by gold file) they measure how
 * often the composer abstains on, or cites past, questions it can answer: a larger check of the
 * abstention rules than the dev set's 65 answerable questions.
 */
async function answers(
  pipeline: Pipeline,
  questions: EvalQuestion[],
  corpusDir: string,
  label: string,
  /** The gold answers are spans of the text (JSQuAD), not paraphrases (dev): say how often a quote holds one. */
  spanAnswers = false,
): Promise<void> {
  const chat = new KotaeChatService({ pipeline });
  const sources = new Map<string, string[]>();
  const linesOf = (doc: string) => {
    if (!sources.has(doc)) sources.set(doc, readFileSync(path.join(corpusDir, doc), 'utf8').split('\n'));
    return sources.get(doc)!;
  };
  // The whole report as written (the faithfulness rule), or a line range as displayed (tags removed).
  const sourceOf = (doc: string, range?: readonly [number, number]) =>
    range
      ? compact(
          linesOf(doc)
            .slice(range[0] - 1, range[1])
            .map((line) => repairDisplay(line))
            .join(''),
        )
      : compact(linesOf(doc).join('\n'));
  let answerable = 0;
  let cited = 0;
  let abstainedAnswerable = 0;
  let unanswerable = 0;
  let abstainedUnanswerable = 0;
  let quotes = 0;
  let faithful = 0;
  let atCitedLines = 0;
  const citedSpans: number[] = [];
  const passageSpans: number[] = [];
  const missed: string[] = [];
  // What the user reads: the quotes, not the passages behind them.
  const evidenceInQuotes = newQuoteTally();
  const spanInQuotes = newQuoteTally();
  for (const question of questions) {
    let answer: Awaited<ReturnType<typeof chat.answer>>;
    try {
      answer = await chat.answer(question.question);
    } catch (error) {
      if (error instanceof QuestionError) continue;
      throw error;
    }
    for (const citation of answer.citations) {
      quotes++;
      const quote = compact(citation.quote);
      // An empty quote "occurs" everywhere: it counts as unfaithful.
      if (quote.length > 0 && sourceOf(citation.doc).includes(quote)) faithful++;
      if (quote.length > 0 && sourceOf(citation.doc, citation.lines).includes(quote)) atCitedLines++;
      citedSpans.push(citation.lines[1] - citation.lines[0] + 1);
      const passage = chat.passage(citation.passageId);
      if (passage) passageSpans.push(passage.lines[1] - passage.lines[0] + 1);
    }
    if (!question.answerable) {
      unanswerable++;
      if (answer.abstained) abstainedUnanswerable++;
      else missed.push(`  answered an unanswerable question: ${question.id} ${question.question}`);
      continue;
    }
    answerable++;
    if (answer.abstained) {
      abstainedAnswerable++;
      missed.push(`  abstained on answerable: ${question.id} ${question.question}`);
    }
    const evidence = question.evidence.map(compact);
    const hit = answer.citations.some(
      (c) => evidence.some((e) => compact(c.quote).includes(e)) || isRelevant(question, { doc: c.doc, text: c.text }),
    );
    if (hit) cited++;
    const shown = answer.citations.map((c) => c.quote);
    if (evidence.length > 0) tallyQuotes(evidenceInQuotes, shown, evidence);
    if (spanAnswers && question.answers.length > 0) {
      tallyQuotes(spanInQuotes, shown, question.answers.map(compact).filter(Boolean));
    }
  }
  const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '—'}% (${a}/${b})`;
  console.log(`\n## Answers — ${label} (extractive composer)`);
  console.log(`citation recall (answerable, a cited passage is relevant):        ${pct(cited, answerable)}`);
  if (unanswerable > 0) {
    console.log(
      `abstained on unanswerable questions:                        ${pct(abstainedUnanswerable, unanswerable)}`,
    );
  }
  console.log(`abstained on answerable questions:                          ${pct(abstainedAnswerable, answerable)}`);
  if (evidenceInQuotes.questions > 0) {
    const { first, any, questions } = evidenceInQuotes;
    console.log(`evidence in the first quote:                                ${pct(first, questions)}`);
    console.log(`evidence in some quote:                                     ${pct(any, questions)}`);
  }
  if (spanInQuotes.questions > 0) {
    const { first, any, questions } = spanInQuotes;
    console.log(`gold answer in the first quote:                             ${pct(first, questions)}`);
    console.log(`gold answer in some quote:                                  ${pct(any, questions)}`);
  }
  console.log(`faithful quotes (verbatim in the cited report, NFKC/space):  ${pct(faithful, quotes)}`);
  console.log(`quotes found at the lines they cite:                        ${pct(atCitedLines, quotes)}`);
  console.log(
    `source lines a citation points at: mean ${mean(citedSpans).toFixed(1)} (its whole passage: ${mean(passageSpans).toFixed(1)})`,
  );
  if (process.env['KOTAE_EVAL_VERBOSE']) console.log(missed.join('\n'));
}

/** Of `questions` answers, how many hold a gold string in their first quote and in any quote. */
interface QuoteTally {
  questions: number;
  first: number;
  any: number;
}

function newQuoteTally(): QuoteTally {
  return { questions: 0, first: 0, any: 0 };
}

/** Counts one answer: `golds` are compacted (NFKC, no whitespace), as the relevance rule reads them. */
function tallyQuotes(tally: QuoteTally, quotes: readonly string[], golds: readonly string[]): void {
  const holds = (quote: string) => {
    const text = compact(quote);
    return golds.some((gold) => text.includes(gold));
  };
  tally.questions++;
  if (quotes[0] !== undefined && holds(quotes[0])) tally.first++;
  if (quotes.some(holds)) tally.any++;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

const HELP = `npm run eval [-- --questions FILE ...]

Prints retrieval figures (Recall@1/5/10, MRR@10, by type and language) and answer figures
(citation recall, abstention, evidence in the quotes shown, faithful quotes) for:
  - the dev questions, ../shared/eval/questions-dev.jsonl, over corpus/
  - the team's own question sets, eval/*.jsonl (eval/README.md), over corpus/
  - every --questions FILE (JSON Lines in the same format), over corpus/
  - JSQuAD valid, ../shared/eval/jsquad-valid/, over its own corpus
Indexes are built in the system's temporary directory (kotae-eval-dev, kotae-eval-jsquad).

Options:
  --questions FILE   another question set over corpus/ (repeatable)
  -h, --help         this text

Environment:
  KOTAE_EVAL_DIR          the eval data directory (default ../shared/eval)
  KOTAE_EVAL_SKIP_JSQUAD  set to skip JSQuAD (about 20 s)
  KOTAE_EVAL_VERBOSE      set to list the answerable questions whose answer cites no evidence`;

async function main(): Promise<void> {
  let values: { questions?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { questions: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new Error(`eval: ${error instanceof Error ? error.message : String(error)} (see npm run eval -- --help)`);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  for (const file of values.questions ?? []) {
    if (!existsSync(file)) throw new Error(`eval: --questions ${file}: no such file`);
  }
  const devFile = path.join(SHARED, 'questions-dev.jsonl');
  if (!existsSync(devFile))
    throw new Error(`eval: ${devFile} not found (set KOTAE_EVAL_DIR to the eval data directory)`);
  const dev = readQuestions(devFile);
  const corpus = await pipelineFor('corpus', 'dev');
  await retrieval(corpus, dev, `questions-dev (${dev.length} questions)`);
  await answers(corpus, dev, 'corpus', 'dev questions');

  // Questions the team wrote without looking at kotae's rankings (eval/README.md): a check that
  // what was tuned on the dev set carries over. Every eval/*.jsonl is a set of its own.
  const ownSets = existsSync('eval')
    ? readdirSync('eval')
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => path.join('eval', name))
    : [];
  const extra = (values.questions ?? []).filter((file) => !ownSets.includes(path.normalize(file)));
  for (const file of [...ownSets, ...extra]) {
    const questions = readQuestions(file);
    await retrieval(corpus, questions, `${path.basename(file)} (${questions.length} questions)`);
    await answers(corpus, questions, 'corpus', path.basename(file));
  }

  const jsquadDir = path.join(SHARED, 'jsquad-valid');
  if (existsSync(jsquadDir) && !process.env['KOTAE_EVAL_SKIP_JSQUAD']) {
    const jsquad = await pipelineFor(path.join(jsquadDir, 'corpus'), 'jsquad');
    const questions = readQuestions(path.join(jsquadDir, 'questions.jsonl'));
    await retrieval(jsquad, questions, 'JSQuAD valid');
    await answers(jsquad, questions, path.join(jsquadDir, 'corpus'), 'JSQuAD valid, relevance by gold paragraph', true);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
