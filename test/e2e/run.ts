// Runs the browser journeys with node's test runner (the web app is built first when needed).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildWeb, webNeedsBuild } from '../../src/cli/web-build.js';

const root = resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
if (webNeedsBuild()) await buildWeb(console.log);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', join(root, 'test/e2e/journeys.e2e.ts')], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(r.status ?? 1);
