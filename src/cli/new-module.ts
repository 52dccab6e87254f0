import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSpec, registerIn, renderServerModule, type ModuleSpec, type RenderedFile } from './module.template.js';
import { renderWebModule } from './web-module.template.js';

export const NEW_MODULE_USAGE = 'linli new-module ID --record NOUN --zh 名称 --en Name --record-zh 记录名 --record-en "Record name" [--demo-title 标题 …]';

/** Reads the command line of `linli new-module` into a spec; every missing part is named. */
export function specFromArgs(args: string[]): ModuleSpec {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      record: { type: 'string' },
      zh: { type: 'string' },
      en: { type: 'string' },
      'record-zh': { type: 'string' },
      'record-en': { type: 'string' },
      'demo-title': { type: 'string', multiple: true },
    },
  });
  const missing = [
    positionals[0] ? null : 'ID',
    ...(['record', 'zh', 'en', 'record-zh', 'record-en'] as const).map((k) => (values[k] ? null : `--${k}`)),
  ].filter(Boolean);
  if (missing.length) throw new Error(`缺少 / missing: ${missing.join(', ')}\n用法 / usage: ${NEW_MODULE_USAGE}`);
  return {
    id: positionals[0]!,
    record: values.record!,
    name: { zh: values.zh!, en: values.en! },
    recordName: { zh: values['record-zh']!, en: values['record-en']! },
    demoTitles: values['demo-title']?.length ? values['demo-title'] : [`${values['record-zh']}（演示）`],
  };
}

/** Every file of a new module, server and web, and the two lists it joins. */
export function renderModule(spec: ModuleSpec): RenderedFile[] {
  return [...renderServerModule(spec), ...renderWebModule(spec)];
}

/**
 * Writes a new module under `root` and adds it to the server's and the web app's lists of modules. Refuses to
 * overwrite anything: a module folder that exists already stops it before a file is written.
 */
export function writeModule(root: string, spec: ModuleSpec): string[] {
  const serverList = join(root, 'src/modules/index.ts');
  const webList = join(root, 'web/src/modules/index.ts');
  const taken = [...readFileSync(serverList, 'utf8').matchAll(/from '\.\/(\w+)\/module\.js'/g)].map((m) => m[1]!);
  checkSpec(spec, taken);
  const files = renderModule(spec);
  const existing = files.filter((f) => existsSync(join(root, f.path)));
  if (existing.length) throw new Error(`文件已存在 / files exist already: ${existing.map((f) => f.path).join(', ')}`);
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.content);
  }
  writeFileSync(serverList, registerIn(readFileSync(serverList, 'utf8'), `import { ${spec.id}Module } from './${spec.id}/module.js';`, `${spec.id}Module`));
  writeFileSync(webList, registerIn(readFileSync(webList, 'utf8'), `import { ${spec.id}Module } from './${spec.id}';`, `${spec.id}Module`));
  // The templates leave line breaking to the project's formatter, so what is written is as the linter wants it.
  const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');
  execFileSync(
    process.execPath,
    [biome, 'format', '--write', '--vcs-enabled=false', ...files.map((f) => f.path), 'src/modules/index.ts', 'web/src/modules/index.ts'],
    { cwd: root, stdio: 'pipe' },
  );
  return [...files.map((f) => f.path), 'src/modules/index.ts', 'web/src/modules/index.ts'];
}
