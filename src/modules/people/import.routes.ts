import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Label, Nullable } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { badRequest } from '../../platform/errors.js';
import { Enum, tags } from './people.schemas.js';
import multipart from '@fastify/multipart';
import { ImportService } from './import.service.js';
import { templateCsv, templateXlsx } from './import/import.template.js';
import { PEOPLE } from './people.policy.js';
import { importByNumber } from './people.probes.js';

export function importRoutes(app: TypedApp, core: Core) {
  // Import: templates, a job per upload (dry run or commit), and its progress and report.
  void app.register(multipart, { limits: { fileSize: 512 * 1024 * 1024, files: 1 } });
  const imports = new ImportService(core);
  const FormatQuery = Type.Object({ format: Type.Optional(Enum(['xlsx', 'csv'] as const)) });
  app.get(
    '/import/template',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: PEOPLE.import } } },
      schema: {
        tags,
        summary: '下载导入模板 / Download the import template',
        querystring: FormatQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (req, reply) => {
      core.assert(actorOf(req), PEOPLE.import);
      const format = req.query.format ?? 'xlsx';
      const name = `实有人口导入模板.${format}`;
      reply.header('content-disposition', `attachment; filename="people-import-template.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(templateCsv());
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await templateXlsx());
    },
  );

  const StartQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean()) });
  app.post(
    '/import',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: PEOPLE.import }, naturalKey: importByNumber } },
      schema: {
        tags,
        summary: '上传导入文件（先试导入，再正式导入） / Upload an import file (dry run, then commit)',
        querystring: StartQuery,
        consumes: ['multipart/form-data'],
        response: { 202: Type.Object({ jobId: Type.Integer() }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      core.assert(actor, PEOPLE.import);
      const file = await req.file();
      if (!file) throw badRequest('IMPORT_NO_FILE');
      const jobId = await imports.start(actor, { name: file.filename, stream: file.file }, req.query.dryRun ?? true);
      return reply.status(202).send({ jobId });
    },
  );

  const JobView = Type.Object({
    id: Type.Integer(),
    status: Type.String(),
    dryRun: Type.Boolean(),
    fileName: Type.String(),
    totalRows: Type.Integer(),
    processedRows: Type.Integer(),
    okRows: Type.Integer(),
    errorRows: Type.Integer(),
    inserted: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    createdUnits: Type.Integer(),
    errors: Type.Array(
      Type.Object({ row: Type.Integer(), field: Type.String(), column: Label, code: Type.String(), message: Label, value: Type.Optional(Type.String()) }),
    ),
    failure: Nullable(Label),
    startedAt: Nullable(Type.String()),
    finishedAt: Nullable(Type.String()),
  });
  app.get(
    '/import/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: { tags, summary: '导入进度与报告 / Import progress and report', params: IdParams, response: { 200: JobView } },
    },
    async (req) => {
      const { job, live } = await imports.get(actorOf(req), req.params.id);
      return {
        id: job.id,
        status: job.status,
        dryRun: job.dry_run,
        fileName: job.file_name,
        totalRows: live ? live.totalRows : job.total_rows,
        processedRows: live ? live.totalRows : job.total_rows,
        okRows: live ? live.okRows : job.ok_rows,
        errorRows: live ? live.errorRows : job.error_rows,
        inserted: job.inserted,
        updated: job.updated,
        unchanged: job.unchanged,
        createdUnits: job.created_units,
        errors: job.errors,
        failure: job.failure,
        startedAt: job.started_at?.toISOString() ?? null,
        finishedAt: job.finished_at?.toISOString() ?? null,
      };
    },
  );
}
