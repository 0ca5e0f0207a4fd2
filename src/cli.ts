/**
 * `kotae` command line: index, search, ask, onboard, report, serve, discord register.
 * Every command has --help. Errors print one readable line (no stack) and exit non-zero.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Answer } from './answering/answer.js';
import { KotaeChatService } from './chat/kotae-chat-service.js';
import { validateQuestion } from './chat/validate-question.js';
import { loadConfig } from './config/config.js';
import { ConfigError, ErrorCode, KotaeError, QuestionError, UsageError } from './errors.js';
import { buildIndex } from './indexing/build-index.js';
import { consoleProgress } from './indexing/progress.js';
import { createLogger } from './logging.js';
import { openPipeline } from './pipeline.js';
import { passageJson, renderAnswer, renderPassages } from './surfaces/cli/render-answer.js';
import { getTokenizer } from './text/kuromoji-tokenizer.js';

const HELP: Record<string, string> = {
  main: `kotae (答え) — answers questions about Japanese policy reports, citing the passages it relied on.

Usage: kotae <command> [options]

Commands:
  serve                    the main job: web chat + API (and Slack/Discord when their tokens are set)
  index                    build or update the index of the corpus
  search "質問"            print the passages that answer a question, with citations
  ask "質問"               print the answer with its sources
  onboard                  the reports, a glossary and starter questions for new staff
  report                   usage: questions per day, abstentions, gaps, most cited passages
  discord register         register the Discord slash commands

Run \`kotae <command> --help\` for the options of a command. Configuration: environment variables
(see .env.example); a .env file in the working directory is read too.`,
  index: `Usage: kotae index [--corpus DIR] [--index DIR]

Builds or updates the index (only new or changed reports are analysed again).
  --corpus DIR   reports (.txt/.md, optional sources.json)   default: corpus/ (KOTAE_CORPUS_DIR)
  --index DIR    where the index is written                  default: indexes/ (KOTAE_INDEX_DIR)`,
  search: `Usage: kotae search [--index DIR] [--k N] [--json] "質問"
       kotae search [--index DIR] [--k N] --json --questions FILE

  --index DIR       the index to search            default: indexes/ (KOTAE_INDEX_DIR)
  --k N             passages to return (1–100)     default: 5
  --json            one JSON object {"query", "results": [...]}
  --questions FILE  JSON Lines with "id" and "question"; prints one line per question:
                    {"id", "results": [{"doc", "text", "score", "title", "section", "lines"}]}`,
  ask: `Usage: kotae ask [--index DIR] [--json] "質問"
       kotae ask [--index DIR] --json --questions FILE

  --index DIR       the index to use               default: indexes/ (KOTAE_INDEX_DIR)
  --json            print the Answer object as JSON
  --questions FILE  JSON Lines with "id" and "question"; prints one line per question:
                    {"id", "answer", "abstained", "citations": [{"n", "doc", "quote", "text", "title", "section", "lines"}]}`,
  onboard: `Usage: kotae onboard [--index DIR] [--json]

Prints the shelf of reports (title, publisher, date, sections, overview), a glossary built from
the reports, and starter questions.`,
  report: `Usage: kotae report [--data DIR]

  --data DIR   where the question log is     default: data/ (KOTAE_DATA_DIR)`,
  serve: `Usage: kotae serve   (npm start)

Makes sure the index is built and current, then serves the web chat and API on HOST:PORT
(default 127.0.0.1:3000), plus Slack (SLACK_BOT_TOKEN + SLACK_APP_TOKEN or SLACK_SIGNING_SECRET)
and Discord (DISCORD_TOKEN) when configured. Stops cleanly on Ctrl-C / SIGTERM.`,
  discord: `Usage: kotae discord register

Registers /ask, /source, /onboard and /help: in one guild when DISCORD_GUILD_ID is set (instant),
globally otherwise. Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.`,
};

interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses options strictly: an unknown option is a usage error naming it. */
function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see --help)`);
  }
}

const str = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

function positiveInt(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${name} must be a whole number from 1 to ${max} (got "${value}")`);
  return n;
}

async function readQuestionLines(file: string, each: (id: unknown, question: string) => Promise<void>): Promise<void> {
  if (!existsSync(file)) throw new UsageError(`--questions: file not found: ${file}`);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let item: { id?: unknown; question?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      throw new UsageError(`${file}:${n}: not valid JSON`);
    }
    if (typeof item.question !== 'string') throw new UsageError(`${file}:${n}: missing "question"`);
    await each(item.id ?? n, item.question);
  }
}

function citationJson(answer: Answer) {
  return answer.citations.map(({ n, doc, quote, text, title, section, lines, passageId }) => ({
    n,
    doc,
    quote,
    text,
    title,
    section,
    lines,
    id: passageId,
  }));
}

export async function main(argv: string[]): Promise<number> {
  if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return 0;
  }
  // --help works whatever the environment holds (a bad variable must not hide the usage).
  if ((rest.includes('--help') || rest.includes('-h')) && HELP[command]) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const usage = (name: string, code = 0): number => {
    out(HELP[name] ?? HELP.main!);
    return code;
  };

  switch (command) {
    case 'index': {
      const { values } = parse(rest, { corpus: { type: 'string' }, index: { type: 'string' } });
      if (values.help) return usage('index');
      const tokenizer = await getTokenizer();
      const result = await buildIndex({
        corpusDir: str(values.corpus) ?? config.corpusDir,
        indexDir: str(values.index) ?? config.indexDir,
        tokenizer,
        embedder: config.embedder,
        progress: consoleProgress(),
        logger,
      });
      for (const skip of result.manifest.skipped) process.stderr.write(`skipped ${skip.doc}: ${skip.reason}\n`);
      out(
        `indexed ${result.manifest.files.length} reports, ${result.manifest.chunkCount} passages (${result.analysed} analysed, ${result.reused} unchanged) in ${(result.ms / 1000).toFixed(1)} s → ${str(values.index) ?? config.indexDir}`,
      );
      return 0;
    }
    case 'search': {
      const { values, positionals } = parse(rest, {
        index: { type: 'string' },
        k: { type: 'string' },
        json: { type: 'boolean' },
        questions: { type: 'string' },
      });
      if (values.help) return usage('search');
      const k = positiveInt(str(values.k), '--k', 5, 100);
      const question = positionals.join(' ').trim();
      if (!str(values.questions) && !question)
        throw new QuestionError('no question', 'usage: kotae search "質問" (see --help)');
      if (question) validateQuestion(question, config.maxQuestionChars);
      const pipeline = await openPipeline({
        indexDir: str(values.index) ?? config.indexDir,
        logger,
        embedder: config.embedder,
      });
      if (str(values.questions)) {
        await readQuestionLines(str(values.questions)!, async (id, q) => {
          const results = await pipeline.retriever.search(q, { k });
          out(JSON.stringify({ id, results: results.map(passageJson) }));
        });
        return 0;
      }
      const results = await pipeline.retriever.search(question, { k });
      out(
        values.json ? JSON.stringify({ query: question, results: results.map(passageJson) }) : renderPassages(results),
      );
      return 0;
    }
    case 'ask': {
      const { values, positionals } = parse(rest, {
        index: { type: 'string' },
        json: { type: 'boolean' },
        questions: { type: 'string' },
      });
      if (values.help) return usage('ask');
      const question = positionals.join(' ');
      if (!str(values.questions) && !question.trim()) {
        throw new QuestionError('no question', '質問を指定してください: kotae ask "LL事業とは？" (--help)');
      }
      const pipeline = await openPipeline({
        indexDir: str(values.index) ?? config.indexDir,
        logger,
        embedder: config.embedder,
      });
      const chat = new KotaeChatService({
        pipeline,
        logger,
        maxQuestionChars: config.maxQuestionChars,
        ...(await optionalLlm(config, logger)),
      });
      if (str(values.questions)) {
        await readQuestionLines(str(values.questions)!, async (id, q) => {
          try {
            const answer = await chat.answer(q);
            out(
              JSON.stringify({ id, answer: answer.text, abstained: answer.abstained, citations: citationJson(answer) }),
            );
          } catch (error) {
            if (!(error instanceof QuestionError)) throw error;
            out(JSON.stringify({ id, answer: error.userMessage, abstained: true, citations: [] }));
          }
        });
        return 0;
      }
      const answer = await chat.answer(question);
      out(values.json ? JSON.stringify(answer, null, 2) : renderAnswer(answer));
      return 0;
    }
    case 'onboard': {
      const { values } = parse(rest, { index: { type: 'string' }, json: { type: 'boolean' } });
      if (values.help) return usage('onboard');
      const pipeline = await openPipeline({
        indexDir: str(values.index) ?? config.indexDir,
        logger,
        embedder: config.embedder,
      });
      const onboarding = new KotaeChatService({ pipeline }).onboarding();
      if (values.json) {
        out(JSON.stringify(onboarding, null, 2));
        return 0;
      }
      const { renderOnboarding } = await import('./surfaces/cli/render-onboarding.js');
      out(renderOnboarding(onboarding));
      return 0;
    }
    case 'report': {
      const { values } = parse(rest, { data: { type: 'string' } });
      if (values.help) return usage('report');
      const { runReportCommand } = await import('./storage/index.js');
      runReportCommand(str(values.data) ?? config.dataDir, process.stdout);
      return 0;
    }
    case 'serve': {
      const { values } = parse(rest, {});
      if (values.help) return usage('serve');
      const { serve } = await import('./main.js');
      await serve(config);
      return 0;
    }
    case 'discord': {
      const { values, positionals } = parse(rest, {});
      if (values.help || positionals[0] !== 'register') return usage('discord', values.help ? 0 : 2);
      if (!config.discord) throw new ConfigError('DISCORD_TOKEN: required for `kotae discord register` (got unset)');
      const { registerCommands } = await import('./surfaces/discord/index.js');
      await registerCommands({ config: config.discord, logger: createLogger({ level: 'info' }) });
      out('Discord slash commands registered.');
      return 0;
    }
    default:
      process.stderr.write(`kotae: unknown command "${command}"\n\n${HELP.main}\n`);
      return 2;
  }
}

async function optionalLlm(config: ReturnType<typeof loadConfig>, logger: ReturnType<typeof createLogger>) {
  if (!config.llm) return {};
  const { createLlmComposer } = await import('./answering/llm-composer.js');
  return { llm: createLlmComposer(config.llm, logger) };
}

export function reportError(error: unknown): number {
  if (error instanceof QuestionError) {
    process.stderr.write(`kotae: ${error.userMessage}\n`);
    return 2;
  }
  if (error instanceof KotaeError) {
    process.stderr.write(`kotae: ${error.message}\n`);
    return error.code === ErrorCode.Usage ? 2 : 1;
  }
  process.stderr.write(
    `kotae: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 1;
}
