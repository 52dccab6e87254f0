import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor } from '../../platform/actor.js';
import type { ModuleCommand } from '../../platform/module.js';
import { ImportService } from './import.service.js';

/**
 * `linli import FILE [--district CODE] [--commit]`: the first load of a district's base data is run by its
 * operators from the server, not uploaded through a browser. The same job as the web wizard: a dry run by
 * default, the report printed; `--commit` writes in one transaction, all or nothing.
 */
export const importCommand: ModuleCommand = {
  help: 'import FILE [--district CODE] [--commit]  导入实有人口（默认试导入）/ import residents (a dry run unless --commit)',
  async run(core, args, log) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { district: { type: 'string' }, commit: { type: 'boolean', default: false } },
    });
    const file = positionals[0];
    if (!file || !existsSync(file)) {
      log(`文件不存在 / no such file: ${file ?? '(none)'}`);
      return 2;
    }
    const districts = await core.db.selectFrom('district').select(['id', 'code', 'name']).execute();
    const district = values.district ? districts.find((d) => d.code === values.district) : districts.length === 1 ? districts[0] : undefined;
    if (!district) {
      log(`请用 --district 指定区划代码 / name the district with --district: ${districts.map((d) => `${d.code} ${d.name}`).join(', ') || '(none)'}`);
      return 2;
    }
    // The district's administrator, as the command's operator: audited under the operating system's user.
    const actor: Actor = {
      userId: 0,
      userName: `cli:${process.env.USER ?? 'operator'}`,
      positionId: null,
      role: 'admin',
      requestId: `cli-import-${Date.now()}`,
      locale: 'zh-CN',
      scope: { all: true, districtId: district.id, paths: [], departmentId: null, gridId: null },
    };
    const imports = new ImportService(core);
    // Said the moment it happens: the embedded database then keeps this thread busy until the commit.
    ImportService.phases.on('phase', (job: number, phase: string) => {
      if (job === id && phase === 'writing') log('  写入 / writing');
    });
    const id = await imports.start(actor, { name: basename(file), stream: createReadStream(file) }, !values.commit);
    log(`${values.commit ? '导入' : '试导入'} / ${values.commit ? 'import' : 'dry run'} #${id}: ${file} → ${district.name}`);
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000));
      const { job, live } = await imports.get(actor, id);
      if (live) log(`  ${live.phase === 'validating' ? '校验 / checking' : '写入 / writing'}: ${live.totalRows} 行 rows, ${live.errorRows} 错误 errors`);
      if (job.status !== 'done' && job.status !== 'failed') continue;
      for (const e of (job.errors as Array<{ message: { zh: string; en: string } }>).slice(0, 20)) log(`  ${e.message.zh} / ${e.message.en}`);
      if (job.status === 'failed') {
        const f = job.failure as { zh: string; en: string } | null;
        log(`失败 / failed: ${f ? `${f.zh} / ${f.en}` : ''}`);
        return 1;
      }
      log(
        `完成 / done: ${job.total_rows} 行 rows, ${job.error_rows} 错误 errors; 新增 inserted ${job.inserted}, 更新 updated ${job.updated}, 未变 unchanged ${job.unchanged}, 新建房屋单元 units created ${job.created_units}`,
      );
      return job.error_rows ? 1 : 0;
    }
  },
};
