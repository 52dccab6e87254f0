import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { ContractService } from './contract.service.js';
import { ContractBody, Created, tags } from './estate.schemas.js';

export function contractRoutes(app: TypedApp, core: Core) {
  const contracts = new ContractService(core);

  app.post(
    '/contracts/:id',
    {
      config: {
        access: {
          auth: 'session',
          probe: { kind: 'record', resource: 'property_contract', body: { companyId: 1, startDate: '2026-01-01', endDate: '2028-12-31' } },
        },
      },
      schema: { tags, summary: '修改物业服务合同 / Update a property service contract', params: IdParams, body: ContractBody, response: { 200: Created } },
    },
    async (req) => {
      const row = await contracts.update(actorOf(req), req.params.id, req.body);
      return { id: row.id };
    },
  );

  app.post(
    '/contracts/:id/delete',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'property_contract', body: {} } } },
      schema: { tags, summary: '删除误录的物业服务合同 / Delete a contract entered by mistake', params: IdParams },
    },
    async (req, reply) => {
      await contracts.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
