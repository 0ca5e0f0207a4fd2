/** A pino logger whose JSON lines are parsed into an array, for asserting on logs in tests. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging.js';

export function collectingLogger(lines: Record<string, unknown>[]): Logger {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return createLogger({ level: 'debug', destination: sink });
}
