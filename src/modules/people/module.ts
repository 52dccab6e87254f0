import { defineModule } from '../../platform/module.js';
import { peopleCatalogs } from './people.catalogs.js';
import { pathWithinScope } from '../../platform/scope.js';
import { districtIdsWithin } from '../org/index.js';
import { every, runExclusive } from '../../platform/jobs.js';
import { todayInShanghai } from '../../platform/time.js';
import './people.schema.js';
import './export-request.schema.js';
import { peopleMigrations } from './people.migrations.js';
import { peopleMessages } from './people.messages.js';
import { PEOPLE, peoplePermissions } from './people.policy.js';
import { peopleRoutes } from './people.routes.js';
import { onAppealReceived } from './people.events.js';
import { peopleTerritory } from './people.territory.js';
import { seedPeople } from './people.demo.js';
import { seedExportRequests } from './export-request.demo.js';
import { recomputeRuleTags } from './tag.repository.js';
import { loadTagCatalog } from './tag.catalog.js';
import { refreshAllTagArrays } from './person.repository.js';
import { ImportService } from './import.service.js';
import { importCommand } from './import.command.js';
import { peopleVocabulary } from './people.vocabulary.js';
import { peopleAuditVocabulary } from './people.audit.js';
import { registerTermsVocabulary } from './register-terms.vocabulary.js';
import { peopleTodos } from './people.todos.js';

const group = { zh: '人口房屋', en: 'Residents & houses' };

export const peopleModule = defineModule({
  id: 'people',
  name: { zh: '实有人口与房屋', en: 'Residents and houses' },
  dependsOn: ['org', 'accounts'],
  permissions: peoplePermissions,
  migrations: peopleMigrations,
  tables: [
    'person',
    'person_house',
    'household',
    'household_member',
    'house_info',
    'person_tag',
    'person_tag_count',
    'unit_tag',
    'resident_binding',
    'visit',
    'visit_need',
    'import_job',
    'export_request',
    'people_export_policy',
  ],
  territory: peopleTerritory,
  messages: peopleMessages,
  vocabulary: { ...peopleVocabulary, ...registerTermsVocabulary, ...peopleAuditVocabulary },
  catalogs: peopleCatalogs,
  routes: (app, core) => peopleRoutes(app, core),
  navigation: [
    {
      key: 'people.persons',
      path: '/people',
      label: { zh: '实有人口', en: 'Residents' },
      icon: 'TeamOutlined',
      permission: PEOPLE.read,
      order: 20,
      phoneTab: { grid_worker: 3, committee_worker: 2, committee_head: 2, building_leader: 3 },
      group,
    },
    {
      key: 'people.visits',
      path: '/people/visits',
      label: { zh: '走访', en: 'Visits' },
      icon: 'CarryOutOutlined',
      permission: PEOPLE.visit,
      order: 21,
      phoneTab: { grid_worker: 1, committee_worker: 3, committee_head: 3, building_leader: 2 },
      group,
    },
    {
      key: 'people.exports',
      path: '/people/exports',
      label: { zh: '导出审批', en: 'Export approvals' },
      icon: 'FileProtectOutlined',
      permission: PEOPLE.export,
      order: 22,
      group,
    },
    {
      key: 'people.bindings',
      path: '/people/bindings',
      label: { zh: '实名绑定审核', en: 'Binding requests' },
      icon: 'IdcardOutlined',
      permission: PEOPLE.manage,
      order: 24,
      group,
    },
    {
      key: 'people.bind',
      path: '/people/bind',
      label: { zh: '绑定我的房屋', en: 'Bind my house' },
      icon: 'IdcardOutlined',
      permission: PEOPLE.bindRequest,
      order: 25,
      group,
    },
    {
      key: 'people.quality',
      path: '/people/quality',
      label: { zh: '数据质量', en: 'Data quality' },
      icon: 'DashboardOutlined',
      permission: PEOPLE.quality,
      order: 23,
      group,
    },
  ],
  todos: peopleTodos,
  events: {
    'appeals.order.received': onAppealReceived,
  },
  resources: {
    person: {
      table: 'person',
      idColumn: 'person.id',
      // Where they live, or a current tie to a house (an owner living elsewhere).
      reachable: (db, scope) =>
        db
          .selectFrom('person')
          .select('person.id as id')
          .where((eb) =>
            eb.or([
              pathWithinScope(scope, 'person.unit_path'),
              eb(
                'person.id',
                'in',
                db.selectFrom('person_house as ph').select('ph.person_id').where('ph.until', 'is', null).where(pathWithinScope(scope, 'ph.unit_path')),
              ),
            ]),
          ),
      // By document number: what an import row, a registration form and the binding form name a person by.
      naturalKey: {
        async of(core, id) {
          const p = await core.db.selectFrom('person').select(['doc_enc', 'name']).where('id', '=', Number(id)).executeTakeFirstOrThrow();
          return { key: core.crypto.decrypt(p.doc_enc), secrets: [p.name] };
        },
      },
    },
    'people.binding': {
      table: 'resident_binding',
      idColumn: 'resident_binding.id',
      reachable: (db, scope) =>
        db.selectFrom('resident_binding').select('resident_binding.id as id').where(pathWithinScope(scope, 'resident_binding.unit_path')),
    },
    visit: {
      table: 'visit',
      idColumn: 'visit.id',
      reachable: (db, scope) => db.selectFrom('visit').select('visit.id as id').where(pathWithinScope(scope, 'visit.unit_path')),
    },
    // Filed under the requester's whole reach; '/' (an administrator's) is reached only deployment-wide.
    export_request: {
      table: 'export_request',
      idColumn: 'export_request.id',
      reachable: (db, scope) => db.selectFrom('export_request').select('export_request.id as id').where(pathWithinScope(scope, 'export_request.unit_path')),
    },
    // A district's export setting: reached by a scope holding the district's root unit, or the deployment.
    'people.export_policy': {
      table: 'district',
      idColumn: 'district.id',
      reachable: (db, scope) =>
        db
          .selectFrom('district')
          .select('district.id as id')
          .where((eb) => (scope.all ? eb.lit(true) : eb('district.id', 'in', districtIdsWithin(db, scope)))),
    },
  },
  demo: async (ctx) => {
    ctx.shared.people = await seedPeople(ctx);
    await seedExportRequests(ctx);
  },
  stats: async (core, districtId) => {
    const r = await core.db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('district_id', '=', districtId)
      .executeTakeFirstOrThrow();
    return { persons: Number(r.n) };
  },
  commands: { import: importCommand },
  // Ages move with the calendar: once a day, bring computed tags (高龄, 独居老人 …) up to date.
  jobs: (core) => {
    // Imports that were running when the process stopped rolled back with it: say so on their jobs.
    void ImportService.failInterrupted(core);
    return every(
      60 * 60_000,
      async () => {
        const today = todayInShanghai();
        await runExclusive(core, `people.rule-tags.${today}`, 24 * 3600_000, async () => {
          const districts = await core.db.selectFrom('district').select('id').execute();
          for (const d of districts) {
            const catalog = await loadTagCatalog(core.db, d.id);
            await core.db.transaction().execute(async (trx) => {
              await recomputeRuleTags(trx, d.id, catalog.rules, today);
              await refreshAllTagArrays(trx, d.id);
            });
          }
        });
      },
      (e) => console.error(`rule tags: ${(e as Error).message}`),
      60_000,
    );
  },
});
