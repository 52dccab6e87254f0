import { Type } from '@sinclair/typebox';
import { defineModule } from '../../platform/module.js';
import { pathWithinScope } from '../../platform/scope.js';
import { Label, PageQuery, pageOf, paged, Nullable } from '../../platform/http/schemas.js';
import { auditLabelsOf } from '../../platform/audit/audit.labels.js';
import type { Label as LabelText } from '../../platform/i18n.js';
import { actorOf } from '../../platform/http/request-context.js';
import { searchAudit } from '../../platform/audit/audit.repository.js';
import { verifyAudit, type ChainProblem } from '../../platform/audit/audit.verify.js';
import { failedEventRoutes } from './failed-event.routes.js';
import { FAILED_EVENTS, failedEventMessages } from './failed-event.service.js';
import { auditAuditVocabulary } from './audit.labels.js';

const AUDIT = { read: 'audit.read', verify: 'audit.verify' } as const;
const EventView = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
  role: Nullable(Type.String()),
  roleLabel: Nullable(Label),
  action: Type.String(),
  /** What the action is called; null only for an action no module labels (then the page shows its code). */
  actionLabel: Nullable(Label),
  targetType: Type.String(),
  targetLabel: Nullable(Label),
  targetId: Nullable(Type.String()),
  summary: Type.Unknown(),
  requestId: Nullable(Type.String()),
  purpose: Nullable(Type.String()),
});
// Mapped from a tuple, so the schema's type is ChainProblem rather than any string.
const CHAIN_PROBLEMS = [
  'missing',
  'link',
  'hash',
  'unkeyed',
  'seal',
  'checkpoint',
  'truncated',
  'invalid_checkpoint',
] as const satisfies readonly ChainProblem[];
const VerifyView = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstBrokenSeq: Nullable(Type.Integer()),
  problem: Nullable(Type.Union(CHAIN_PROBLEMS.map((p) => Type.Literal(p)))),
  reason: Nullable(Type.String()),
  checkpoints: Type.Object({
    found: Type.Integer(),
    matched: Type.Integer(),
    latest: Nullable(Type.Object({ seq: Type.Integer(), at: Type.String() })),
    invalid: Type.Array(Type.Object({ source: Type.String(), fault: Type.Union([Type.Literal('format'), Type.Literal('signature')]) })),
  }),
});
const Term = Type.Object({ code: Type.String(), label: Label });
const LabelsView = Type.Object({ actions: Type.Array(Term), targets: Type.Array(Term) });
const Query = Type.Intersect([
  PageQuery,
  Type.Object({
    actor: Type.Optional(Type.String({ maxLength: 100 })),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    targetType: Type.Optional(Type.String({ maxLength: 50 })),
    targetId: Type.Optional(Type.String({ maxLength: 50 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  }),
]);

/** The audit trail's reading side: search within one's territory, and the chain check for administrators. */
export const auditModule = defineModule({
  id: 'audit',
  name: { zh: '审计日志', en: 'Audit log' },
  permissions: {
    [AUDIT.read]: { label: { zh: '查阅审计日志', en: 'Read the audit log' }, roles: ['street_staff', 'district_staff', 'admin'] },
    [AUDIT.verify]: { label: { zh: '校验审计链', en: 'Verify the audit chain' }, roles: ['admin'] },
    [FAILED_EVENTS]: { label: { zh: '查看和处理失败的事件', en: 'See and handle failed domain events' }, roles: ['admin'] },
  },
  messages: failedEventMessages,
  vocabulary: auditAuditVocabulary,
  navigation: [
    {
      key: 'audit.events',
      path: '/audit',
      label: { zh: '审计日志', en: 'Audit log' },
      icon: 'AuditOutlined',
      permission: AUDIT.read,
      order: 95,
      group: { zh: '系统', en: 'System' },
    },
    {
      key: 'audit.failedEvents',
      path: '/audit/failed-events',
      label: { zh: '失败事件', en: 'Failed events' },
      icon: 'WarningOutlined',
      permission: FAILED_EVENTS,
      order: 96,
      group: { zh: '系统', en: 'System' },
    },
  ],
  resources: {
    'audit.event': {
      table: 'audit_event',
      idColumn: 'audit_event.seq',
      // Entries about a unit the scope reaches; entries about no unit (logins) only for the deployment's administrators.
      reachable: (db, scope) =>
        db
          .selectFrom('audit_event')
          .select('audit_event.seq as id')
          .where((eb) => (scope.all ? eb.val(true) : eb.and([eb('audit_event.unit_path', 'is not', null), pathWithinScope(scope, 'audit_event.unit_path')]))),
    },
  },
  routes: (app, core) => {
    failedEventRoutes(app, core);
    // Built once: the manifests do not change while the server runs, and a clash stops the start.
    const labels = auditLabelsOf(core.modules);
    const roleLabel = (role: string | null) => (role && core.roles.has(role) ? core.roles.labelOf(role) : null);

    app.get(
      '/labels',
      {
        config: { access: { auth: 'session', probe: { kind: 'permission', permission: AUDIT.read } } },
        schema: {
          tags: ['audit'],
          summary: '审计动作与对象类型的名称 / Names of the audited actions and record types',
          response: { 200: LabelsView },
        },
      },
      async (req) => {
        core.assert(actorOf(req), AUDIT.read);
        const terms = (m: Map<string, LabelText>) => [...m].map(([code, label]) => ({ code, label })).sort((a, b) => a.code.localeCompare(b.code));
        return { actions: terms(labels.actions), targets: terms(labels.targets) };
      },
    );

    app.get(
      '/events',
      {
        config: { access: { auth: 'session', probe: { kind: 'list', resource: 'audit.event', idKey: 'seq' } } },
        schema: { tags: ['audit'], summary: '检索审计日志 / Search the audit log', querystring: Query, response: { 200: paged(EventView) } },
      },
      async (req) => {
        const actor = actorOf(req);
        core.assert(actor, AUDIT.read);
        const q = req.query;
        const { page, pageSize } = pageOf(q);
        const r = await searchAudit(core.db, actor.scope, { ...q, page, pageSize });
        return {
          items: r.items.map((e) => ({
            seq: e.seq,
            at: e.at.toISOString(),
            actorId: e.actor_id,
            actorName: e.actor_name,
            role: e.role,
            roleLabel: roleLabel(e.role),
            action: e.action,
            actionLabel: labels.actions.get(e.action) ?? null,
            targetType: e.target_type,
            targetLabel: labels.targets.get(e.target_type) ?? null,
            targetId: e.target_id,
            summary: e.summary,
            requestId: e.request_id,
            purpose: e.purpose,
          })),
          total: r.total,
          page,
          pageSize,
        };
      },
    );

    app.get(
      '/verify',
      {
        config: { access: { auth: 'session', probe: { kind: 'permission', permission: AUDIT.verify } } },
        schema: {
          tags: ['audit'],
          summary: '校验审计链及库外检查点 / Verify the audit chain and its checkpoints outside the database',
          response: { 200: VerifyView },
        },
      },
      async (req) => {
        core.assert(actorOf(req), AUDIT.verify);
        const r = await verifyAudit(core);
        return { ok: r.ok, checked: r.checked, firstBrokenSeq: r.firstBrokenSeq, problem: r.problem, reason: r.reason, checkpoints: r.checkpoints };
      },
    );
  },
});
