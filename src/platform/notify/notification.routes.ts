import type { TypedApp } from '../http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../core.js';
import { IdParams, Nullable, PageQuery, pageOf, paged } from '../http/schemas.js';
import { actorOf } from '../http/request-context.js';
import { NotificationService } from './notification.service.js';

const tags = ['notifications'];
const self = { access: { auth: 'session' as const, probe: { kind: 'self' as const } } };

const NotificationView = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});
const ListQuery = Type.Intersect([PageQuery, Type.Object({ unread: Type.Optional(Type.Boolean()) })]);
const ListReply = Type.Intersect([paged(NotificationView), Type.Object({ unread: Type.Integer() })]);
const Unread = Type.Object({ unread: Type.Integer() });
const AllRead = Type.Object({ updated: Type.Integer(), unread: Type.Integer() });

export function registerNotificationRoutes(app: TypedApp, core: Core) {
  const notifications = new NotificationService(core);

  app.get(
    '/api/notifications',
    {
      config: self,
      schema: {
        tags,
        summary: '我的通知（分页，含未读数） / My notifications, paged, with the unread count',
        querystring: ListQuery,
        response: { 200: ListReply },
      },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      return notifications.list(actorOf(req), { unreadOnly: q.unread ?? false, page, pageSize });
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: self,
      schema: { tags, summary: '标记一条通知为已读 / Mark a notification read', params: IdParams, response: { 200: Unread } },
    },
    async (req) => notifications.markRead(actorOf(req), req.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: self,
      schema: { tags, summary: '全部标记为已读 / Mark all my notifications read', response: { 200: AllRead } },
    },
    async (req) => notifications.markAllRead(actorOf(req)),
  );
}
