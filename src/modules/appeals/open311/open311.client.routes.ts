import type { TypedApp } from '../../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../../platform/core.js';
import { IdParams } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { tags } from '../appeals.schemas.js';
import { Open311ClientService } from './open311.client.service.js';
import { ClientBody, ClientCreated, ClientView } from './open311.schemas.js';
import type * as repo from './open311.repository.js';

type ClientRow = Awaited<ReturnType<typeof repo.clientsOf>>[number];

const view = (c: ClientRow) => ({
  id: c.id,
  name: c.name,
  keyHint: c.key_hint,
  createdAt: c.created_at.toISOString(),
  revokedAt: c.revoked_at?.toISOString() ?? null,
});

/** District staff issue and revoke Open311 API keys (under /api/appeals/open311-clients). */
export function open311ClientRoutes(app: TypedApp, core: Core) {
  const clients = new Open311ClientService(core);

  app.get(
    '/open311-clients',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'open311_client' } } },
      schema: { tags, summary: 'Open311 接入客户端 / Open311 clients', response: { 200: Type.Object({ items: Type.Array(ClientView) }) } },
    },
    async (req) => ({ items: (await clients.list(actorOf(req))).map(view) }),
  );

  app.post(
    '/open311-clients',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' } } },
      schema: {
        tags,
        summary: '签发 Open311 api_key（只显示一次） / Issue an Open311 api_key (shown once)',
        body: ClientBody,
        response: { 201: ClientCreated },
      },
    },
    async (req, reply) => {
      const { client, key } = await clients.create(actorOf(req), req.body.name);
      return reply.status(201).send({ ...view(client), apiKey: key });
    },
  );

  app.post(
    '/open311-clients/:id/revoke',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'open311_client' } } },
      schema: { tags, summary: '吊销 Open311 api_key / Revoke an Open311 api_key', params: IdParams, response: { 200: ClientView } },
    },
    async (req) => view(await clients.revoke(actorOf(req), req.params.id)),
  );
}
