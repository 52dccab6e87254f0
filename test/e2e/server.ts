import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  output: () => string;
  startedMs: number;
  stop(): Promise<void>;
}

/** Starts Linli exactly as `npm start` does (the CLI's start command), on a port and data folder of its own. */
export async function startServer(opts: { port: number; dataDir?: string; env?: Record<string, string> }): Promise<RunningServer & { dataDir: string }> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'linli-e2e-'));
  const t0 = Date.now();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/linli.ts'), 'start'], {
    cwd: ROOT,
    // Every journey logs in from the same address, more often than the per-minute login limit meant for
    // password guessing allows.
    env: {
      ...process.env,
      PORT: String(opts.port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: process.env.LOGIN_RATE_LIMIT ?? '200',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own: tsx runs the server in a child process, and a signal to tsx alone would leave that
    // child listening on the port after a failed start.
    detached: true,
  });
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      child.kill(sig);
    }
  };
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${opts.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    if (Date.now() - t0 > 120_000) {
      // A server that never came up must not outlive the run: its open pipes would keep the runner waiting.
      signal('SIGKILL');
      throw new Error(`server did not start in 120 s:\n${out}`);
    }
    // Ready once it has printed its accounts: listening alone comes a moment earlier.
    if (out.includes('启动用时')) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        /* not yet */
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    startedMs: Date.now() - t0,
    output: () => out,
    stop: () =>
      new Promise<void>((res) => {
        // A server that already exited sends no second 'exit': waiting for one would hang the run.
        if (child.exitCode !== null || child.signalCode !== null) return res();
        child.once('exit', () => res());
        signal('SIGTERM');
      }),
  };
}
