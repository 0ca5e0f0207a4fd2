/**
 * `npm start` itself, as a process manager runs it (docker stop, systemd): SIGTERM goes to npm, not
 * to the server. The start script execs node, so npm's forwarded signal reaches `kotae serve`, which
 * shuts down and frees its port; a shell in between would leave the server running without npm.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, servedUrl, serveEnv } from './serve-process.js';

let npm: ChildProcess;
let work = '';
let output: () => string = () => '';
let url = '';
let exited: Promise<number | null>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'kotae-npm-start-'));
  // A copy of the project, so that the start script's build writes its own dist/, not the one other
  // tests' child processes are loading.
  const app = path.join(work, 'app');
  for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'src', 'resources']) {
    cpSync(path.join(ROOT, entry), path.join(app, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  npm = spawn('npm', ['start', '--silent'], {
    cwd: app,
    env: serveEnv(work),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that cleanup can stop whatever npm started even if the test fails.
    detached: true,
  });
  exited = new Promise((resolve) => npm.once('exit', (code) => resolve(code)));
  const served = servedUrl(npm, 150_000);
  output = served.output;
  url = await served.url;
}, 180_000);

afterAll(() => {
  try {
    if (npm?.pid) process.kill(-npm.pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm start under a process manager', () => {
  it('GIVEN SIGTERM sent to npm THEN the server shuts down and its port is closed', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    npm.kill('SIGTERM');
    await exited;
    // The server's own log says it stopped; nothing listens on its port any more.
    await expect.poll(output, { timeout: 10_000 }).toContain('"msg":"stopped"');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // The background warm-up (about a second) is cut short by the shutdown: the log does not claim,
    // after "stopped", that the answer caches were warmed.
    // Whatever the warm-up says of itself comes before "stopped": the shutdown waits for it.
    const log = output();
    const stoppedAt = log.indexOf('"msg":"stopped"');
    const warmed = log.indexOf('answer caches warmed');
    expect(warmed === -1 || warmed < stoppedAt, log.slice(-600)).toBe(true);
    const endedAt = log.indexOf('warm-up ended by the shutdown');
    expect(endedAt === -1 || endedAt < stoppedAt, log.slice(-600)).toBe(true);
  }, 30_000);
});
