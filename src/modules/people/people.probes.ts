import type { NaturalKeyContext, NaturalKeyProbe } from '../../platform/http/access.js';
import { firstUnitInScope } from '../org/index.js';
import { IMPORT_COLUMNS } from './import/import.columns.js';
import { makeResidentId } from './id-number.js';

/**
 * The routes of this module that take a person by document number, as the scope test sends them: with the
 * number of a resident beyond the caller, they must change nothing of that resident and name nothing of them.
 */
const isResidentId = (key: string) => /^\d{17}[\dX]$/.test(key);
const personBody = (key: string, houseId: number) => ({
  name: '范围探测',
  docType: isResidentId(key) ? 'resident_id' : 'passport',
  docNumber: key,
  residence: isResidentId(key) ? 'registered_living' : 'foreigner',
  relation: 'resident',
  houseId,
});

export const createByNumber: NaturalKeyProbe = {
  resource: 'person',
  async send(ctx) {
    const house = await firstUnitInScope(ctx.db, ctx.scope, 'house');
    return ctx.request({ method: 'POST', url: '/api/people/persons', json: personBody(ctx.key, house?.id ?? 1) });
  },
};

export const renumber: NaturalKeyProbe = {
  resource: 'person',
  async send(ctx) {
    const mine = await ctx.inside('person');
    const house = await firstUnitInScope(ctx.db, ctx.scope, 'house');
    return ctx.request({ method: 'POST', url: `/api/people/persons/${mine ?? 1}`, json: personBody(ctx.key, house?.id ?? 1) });
  },
};

/** The resident's form, with the resident's right name: its answer must be the one any other number gets. */
export const bindingByNumber: NaturalKeyProbe = {
  resource: 'person',
  sameAsUnknown: true,
  unknownKey: () => makeResidentId('310101', '1901-01-01', Math.floor(Math.random() * 999)),
  async send(ctx) {
    const answer = await ctx.request({ method: 'POST', url: '/api/people/binding', json: { name: ctx.secrets[0] ?? '范围探测', docNumber: ctx.key } });
    // Taken back at once, so that the next probe is not refused for a request already waiting.
    await ctx.request({ method: 'POST', url: '/api/people/binding/withdraw', json: {} });
    return answer;
  },
};

/** A one-row file naming the number at a house of the caller's own committee, committed, read to its report. */
export const importByNumber: NaturalKeyProbe = {
  resource: 'person',
  async send(ctx) {
    const committee = await firstUnitInScope(ctx.db, ctx.scope, 'committee');
    const cells: Record<string, string> = {
      name: '范围探测',
      docType: isResidentId(ctx.key) ? '居民身份证' : '护照',
      docNumber: ctx.key,
      residence: isResidentId(ctx.key) ? '户籍在住' : '境外人员',
      committeeCode: committee?.code ?? '000000000000',
      compound: '探测小区',
      building: '1号楼',
      room: '101室',
      relation: '居住人',
    };
    const csv = [IMPORT_COLUMNS.map((c) => c.zh).join(','), IMPORT_COLUMNS.map((c) => cells[c.key] ?? '').join(',')].join('\r\n');
    const started = await ctx.request({
      method: 'POST',
      url: '/api/people/import?dryRun=false',
      file: { field: 'file', name: 'probe.csv', type: 'text/csv', bytes: Buffer.from(`\uFEFF${csv}\r\n`) },
    });
    if (started.status !== 202) return started;
    return jobReport(ctx, started.body.jobId);
  },
};

async function jobReport(ctx: NaturalKeyContext, jobId: number) {
  for (let i = 0; i < 400; i++) {
    const job = await ctx.request({ method: 'GET', url: `/api/people/import/${jobId}` });
    if (job.status !== 200 || job.body.status === 'done' || job.body.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`import ${jobId} did not finish`);
}
