import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIR = join(ROOT, 'web');
// LINLI_WEB_DIST lets two builds of one checkout (a journey run beside a benchmark) keep out of each other's files.
export const WEB_DIST = process.env.LINLI_WEB_DIST ? resolve(process.env.LINLI_WEB_DIST) : join(WEB_DIR, 'dist');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), st.mtimeMs);
}

/** The built app is stale when any source is newer than it (or it is missing). */
export function webNeedsBuild(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(WEB_DIR, 'src')), newest(join(WEB_DIR, 'index.html')), newest(join(WEB_DIR, 'vite.config.ts')));
  return sources > statSync(built).mtimeMs;
}

export async function buildWeb(log: (l: string) => void): Promise<void> {
  const started = Date.now();
  log('构建网页应用 / building the web app …');
  const vite = await import('vite');
  await vite.build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  log(`网页应用已构建 / web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
