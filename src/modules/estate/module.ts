import { defineModule } from '../../platform/module.js';
import { pathWithinScope } from '../../platform/scope.js';
import { unitIdsWithin } from '../org/index.js';
import './estate.schema.js';
import { estateMigrations } from './estate.migrations.js';
import { estateMessages } from './estate.messages.js';
import { ESTATE, estatePermissions } from './estate.policy.js';
import { estateRoutes } from './estate.routes.js';
import { estateTerritory } from './estate.territory.js';
import { seedEstate } from './estate.demo.js';
import { estateStats } from './estate.stats.js';
import { estateVocabulary } from './estate.vocabulary.js';
import { estateAuditVocabulary } from './estate.audit.js';

const group = { zh: '人口房屋', en: 'Residents & houses' };

export const estateModule = defineModule({
  id: 'estate',
  name: { zh: '业委会与物业', en: "Owners' committees and property services" },
  dependsOn: ['org', 'accounts', 'people'],
  permissions: estatePermissions,
  migrations: estateMigrations,
  tables: ['property_company', 'property_contract', 'owners_committee', 'owners_committee_term', 'owners_committee_member'],
  territory: estateTerritory,
  messages: estateMessages,
  vocabulary: { ...estateVocabulary, ...estateAuditVocabulary },
  readsCatalogs: ['housing-types'],
  routes: (app, core) => estateRoutes(app, core),
  navigation: [
    {
      key: 'estate.compounds',
      path: '/estate',
      label: { zh: '业委会与物业', en: 'Committees & property' },
      icon: 'ReconciliationOutlined',
      permission: ESTATE.read,
      order: 24,
      group,
    },
    {
      key: 'estate.companies',
      path: '/estate/companies',
      label: { zh: '物业企业', en: 'Property companies' },
      icon: 'ShopOutlined',
      permission: ESTATE.read,
      order: 25,
      group,
    },
  ],
  resources: {
    // Live compounds of the territory the scope reaches (the estate card and list are per compound).
    'estate.compound': {
      table: 'unit',
      idColumn: 'unit.id',
      reachable: (db, scope) => unitIdsWithin(db, scope, { type: 'compound', live: true }),
    },
    // The district's register: every company of the caller's district (all districts for an administrator).
    property_company: {
      table: 'property_company',
      idColumn: 'property_company.id',
      reachable: (db, scope) =>
        db
          .selectFrom('property_company')
          .select('property_company.id as id')
          .where((eb) => (scope.all ? eb.lit(true) : eb('property_company.district_id', '=', scope.districtId ?? -1))),
    },
    property_contract: {
      table: 'property_contract',
      idColumn: 'property_contract.id',
      reachable: (db, scope) =>
        db.selectFrom('property_contract').select('property_contract.id as id').where(pathWithinScope(scope, 'property_contract.unit_path')),
    },
    owners_committee_term: {
      table: 'owners_committee_term',
      idColumn: 'owners_committee_term.id',
      reachable: (db, scope) =>
        db.selectFrom('owners_committee_term').select('owners_committee_term.id as id').where(pathWithinScope(scope, 'owners_committee_term.unit_path')),
    },
    owners_committee_member: {
      table: 'owners_committee_member',
      idColumn: 'owners_committee_member.id',
      reachable: (db, scope) =>
        db.selectFrom('owners_committee_member').select('owners_committee_member.id as id').where(pathWithinScope(scope, 'owners_committee_member.unit_path')),
    },
  },
  demo: async (ctx) => {
    ctx.shared.estate = await seedEstate(ctx);
  },
  stats: estateStats,
});
