import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../platform/config.js';
import { startPlatform } from '../platform/bootstrap.js';
import { describeSyncLine } from '../platform/catalog.sync.js';
import { seedDistrict, districtCount } from '../platform/demo.js';
import { verifyAudit, type VerifyResult } from '../platform/audit/audit.verify.js';
import { readLoggedCheckpoints, writeCheckpoint } from '../platform/audit/audit.checkpoint.js';
import { lastEntry } from '../platform/audit/audit.repository.js';
import { auditCheckpointJob } from '../platform/audit/audit.jobs.js';
import { failedEventJob } from '../platform/failed-events/failed-event.retry.js';
import type { Platform } from '../platform/bootstrap.js';
import { listProfiles } from '../platform/profiles.js';
import { buildApp } from '../platform/http/app.js';
import { modules } from '../modules/index.js';
import { buildWeb, webNeedsBuild, WEB_DIST } from './web-build.js';
import { printDemoAccounts } from './demo-accounts.js';
import { NEW_MODULE_USAGE, specFromArgs, writeModule } from './new-module.js';

const moduleHelp = () =>
  modules
    .flatMap((m) => Object.values(m.commands ?? {}))
    .map((c) => `  ${c.help}`)
    .join('\n');

const HELP = `linli — 邻里基层社会治理平台 / Linli community governance platform

用法 / usage: linli <command> [options]

  start                         启动服务（首次启动自动创建演示区）/ start the server (creates the demo district on first start)
  migrate                       执行数据库迁移 / run database migrations
  seed --profile P --scale S    创建演示区 / create a demo district (profiles: ${listProfiles().join(', ')}; scale 0.01 … 1)
  audit verify [--checkpoints LOG]  校验审计链及库外检查点（可另读日志中的检查点）/ verify the audit chain and its checkpoints (also those in a log file)
  audit checkpoint              立即写一个审计检查点 / write an audit checkpoint now
  openapi --out FILE            导出 OpenAPI 文档 / write the OpenAPI document
  build-web                     构建网页应用 / build the web app
  new-module ID --record NOUN …  新建模块（服务端与网页，已登记）/ create a module, server and web, registered (see docs/architecture.md)
${moduleHelp()}

环境变量 / environment: PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL (postgres://… instead of the embedded database),
LINLI_PROFILE (jingan), LINLI_SCALE (0.01). See docs/operations.md.`;

const log = (line: string) => console.log(line);

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start':
      return start(config);
    case 'migrate': {
      const p = await startPlatform(config, modules);
      log(p.migrated.length ? `已执行迁移 / migrated: ${p.migrated.join(', ')}` : '数据库已是最新 / database is up to date');
      logStartChanges(p);
      return p.close();
    }
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: { profile: { type: 'string', default: config.defaultProfile }, scale: { type: 'string', default: String(config.defaultScale) } },
      });
      const p = await startPlatform(config, modules);
      try {
        const r = await seedDistrict(p.core, { profile: values.profile!, scale: Number(values.scale), log });
        log(`演示区已创建 / demo district created in ${r.seconds.toFixed(1)} s`);
        await printDemoAccounts(p.core, log);
      } finally {
        await p.close();
      }
      return;
    }
    case 'audit': {
      const [sub, ...args] = rest;
      if (sub !== 'verify' && sub !== 'checkpoint') throw new Error('usage: linli audit verify [--checkpoints LOG] | linli audit checkpoint');
      const { values } = parseArgs({ args, options: { checkpoints: { type: 'string', multiple: true } } });
      const p = await startPlatform(config, modules);
      try {
        if (sub === 'checkpoint') {
          const head = await lastEntry(p.core.db);
          if (!head) log('审计日志为空，无需检查点 / the audit log is empty: no checkpoint to write');
          else {
            const c = await writeCheckpoint(p.core, head);
            log(`检查点已写入 / checkpoint written: entry ${c.seq}, hash ${c.hash}`);
          }
          return;
        }
        const extraCheckpoints = (values.checkpoints ?? []).flatMap((file) => readLoggedCheckpoints(p.core.auditSealer, readFileSync(file, 'utf8'), file));
        const r = await verifyAudit(p.core, { extraCheckpoints });
        printVerify(r);
        if (!r.ok) process.exitCode = 2;
      } finally {
        await p.close();
      }
      return;
    }
    case 'openapi': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      const p = await startPlatform(config, modules, { memory: !config.databaseUrl });
      const app = await buildApp(p.core);
      const doc = `${JSON.stringify(app.swagger(), null, 2)}\n`;
      if (values.out) {
        mkdirSync(dirname(values.out), { recursive: true });
        writeFileSync(values.out, doc);
        log(`OpenAPI → ${values.out}`);
      } else process.stdout.write(doc);
      await app.close();
      return p.close();
    }
    case 'build-web':
      return buildWeb(log);
    case 'new-module': {
      if (rest.includes('--help')) return log(`用法 / usage: ${NEW_MODULE_USAGE}`);
      const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
      for (const file of writeModule(root, specFromArgs(rest))) log(`  ${file}`);
      log('下一步 / next: npm run openapi && npm run format, then npx vitest run src/modules/<id> test/scope.test.ts (docs/architecture.md)');
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      log(HELP);
      return;
    default: {
      const found = modules.find((m) => m.commands?.[command]);
      if (!found) {
        log(HELP);
        throw new Error(`unknown command ${command}`);
      }
      const p = await startPlatform(config, modules);
      try {
        const code = await found.commands![command]!.run(p.core, rest, log);
        if (code) process.exitCode = code;
      } finally {
        await p.close();
      }
    }
  }
}

/** What a start changed on its own: catalogs brought to their profiles, an audit chain sealed under its key. */
function logStartChanges(p: Platform) {
  for (const line of p.catalogSync) log(describeSyncLine(line));
  if (p.sealedLegacyEntries !== null) {
    log(
      `审计链已用审计密钥封存（此前 ${p.sealedLegacyEntries} 条未加密钥）/ audit chain sealed under the audit key (${p.sealedLegacyEntries} earlier unkeyed entries)`,
    );
  }
}

function printVerify(r: VerifyResult) {
  const cp = r.checkpoints;
  if (r.ok) log(`审计链完好 / audit chain intact: ${r.checked} entries, last hash ${r.lastHash}`);
  else if (r.firstBrokenSeq !== null)
    log(`审计链被破坏 / audit chain BROKEN at entry ${r.firstBrokenSeq}: ${r.reason} (${r.checked} entries verified before it)`);
  else log(`审计检查点无效 / audit checkpoint INVALID: ${r.reason}`);
  if (cp.latest) log(`检查点 / checkpoints: ${cp.found} signed, ${cp.matched} matched; latest at entry ${cp.latest.seq} (${cp.latest.at})`);
  else log('尚无检查点：末尾条目被删除无法发现 / no checkpoint yet: entries cut from the end cannot be detected');
  for (const bad of cp.invalid)
    log(`  无效检查点 / invalid checkpoint ${bad.source}: ${bad.fault === 'signature' ? '签名不符 / not signed with the audit key' : '无法读取 / unreadable'}`);
}

async function start(config: ReturnType<typeof loadConfig>) {
  const t0 = Date.now();
  log(`邻里 Linli — 启动中 / starting (${config.databaseUrl ? 'PostgreSQL' : `PGlite at ${config.dataDir}`})`);
  const p = await startPlatform(config, modules);
  if (p.migrated.length) log(`数据库迁移 / migrations: ${p.migrated.length}`);
  logStartChanges(p);
  if ((await districtCount(p.core)) === 0) {
    log(`首次启动：创建演示区 / first start: creating the demo district (${config.defaultProfile}, scale ${config.defaultScale})`);
    const r = await seedDistrict(p.core, { profile: config.defaultProfile, scale: config.defaultScale, log: (l) => log(`  ${l}`) });
    log(`演示区已创建 / demo district created in ${r.seconds.toFixed(1)} s`);
  }
  if (webNeedsBuild()) {
    try {
      await buildWeb(log);
    } catch (e) {
      log(`网页应用构建失败，仅提供 API / web build failed, serving the API only: ${(e as Error).message}`);
    }
  }
  const app = await buildApp(p.core, { logger: { level: config.logLevel }, webDir: WEB_DIST });
  const stops = [auditCheckpointJob(p.core), failedEventJob(p.core), ...p.core.modules.flatMap((m) => (m.jobs ? [m.jobs(p.core)] : []))];
  await app.listen({ port: config.port, host: config.host });
  // The accounts first, the address last: the line a user looks for, and the one that says start-up is over.
  await printDemoAccounts(p.core, log, config.host);
  log('');
  // Any address the server answers on; a named one is the only one it answers on.
  const where = ['0.0.0.0', '::', 'localhost'].includes(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  log(`邻里 Linli 已启动 / is running: http://${where}:${config.port}  (API 文档 / API docs: http://${where}:${config.port}/docs)`);
  log(`启动用时 / started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const shutdown = async () => {
    log('正在停止 / stopping …');
    for (const stop of stops) await stop();
    await app.close();
    await p.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`错误 / error: ${(e as Error).message}`);
  if (process.env.LINLI_DEBUG) console.error(e);
  process.exit(1);
});
