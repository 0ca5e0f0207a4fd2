/**
 * Progress reporting for long work (indexing). A bar on a terminal, plain progress lines
 * otherwise (CI logs), nothing in tests.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  tick(amount?: number): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };

export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '{label} [{bar}] {percentage}% | {value}/{total} | {duration}s', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (label, total) => bar.start(total, 0, { label }),
      tick: (amount = 1) => bar.increment(amount),
      stop: () => bar.stop(),
    };
  }
  let label = '';
  let total = 0;
  let done = 0;
  let lastDecile = -1;
  const started = { at: 0 };
  return {
    start(newLabel, newTotal) {
      label = newLabel;
      total = newTotal;
      done = 0;
      lastDecile = -1;
      started.at = Date.now();
    },
    tick(amount = 1) {
      done += amount;
      const decile = total ? Math.floor((done / total) * 10) : 10;
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(
          `${label}: ${done}/${total} (${decile * 10}%) ${((Date.now() - started.at) / 1000).toFixed(1)}s\n`,
        );
      }
    },
    stop() {},
  };
}
