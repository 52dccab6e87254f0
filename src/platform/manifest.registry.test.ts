import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifests } from './manifest.registry.js';
import { defineModule, type ModuleManifest } from './module.js';
import type { RoleDef, RoleId } from './roles.js';
import { modules } from '../modules/index.js';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { FACTORY_PASSWORD, actorFor, makeUnit, makeUser } from '../../test/support/factories.js';
import { login } from '../../test/support/http.js';

const label = { zh: '测试', en: 'Test' };
const mod = (id: string, m: Partial<ModuleManifest> = {}) => defineModule({ id, name: { zh: id, en: id }, ...m });
const start =
  (...extra: ModuleManifest[]) =>
  () =>
    checkManifests([...modules, ...extra]);
const anyEntry = { label, entry: Type.Object({ code: Type.String() }) };

describe('a name two modules claim stops the start, naming both', () => {
  it("the deployment's own manifests have one owner for every name", () => {
    expect(() => checkManifests(modules)).not.toThrow();
  });

  it('refuses a permission, a navigation key or a resource another module holds', () => {
    expect(start(mod('trial', { permissions: { 'people.read': { label, roles: ['admin'] } } }))).toThrow(
      /permission "people.read" is declared by both module people and module trial/,
    );
    expect(
      start(
        mod('trial', {
          permissions: { 'trial.read': { label, roles: ['admin'] } },
          navigation: [{ key: 'org.units', path: '/x', label, icon: 'X', permission: 'trial.read', order: 1 }],
        }),
      ),
    ).toThrow(/navigation key "org.units" is declared by both module org and module trial/);
    const reachable = modules.find((m) => m.id === 'org')!.resources!.unit!.reachable;
    expect(start(mod('trial', { resources: { unit: { table: 'unit', idColumn: 'unit.id', reachable } } }))).toThrow(
      /resource "unit" is declared by both module org and module trial/,
    );
  });

  it('refuses a catalog, an error code, a role or a table another module (or the platform) holds', () => {
    expect(start(mod('trial', { catalogs: { tags: anyEntry } }))).toThrow(/catalog "tags" is declared by both module people and module trial/);
    expect(start(mod('trial', { messages: { NOT_FOUND: label } }))).toThrow(/error code "NOT_FOUND" is declared by both module platform and module trial/);
    const people = modules.find((m) => m.id === 'people')!;
    const someCode = Object.keys(people.messages!)[0]!;
    expect(start(mod('trial', { messages: { [someCode]: label } }))).toThrow(
      new RegExp(`error code "${someCode}" is declared by both module people and module trial`),
    );
    const role: RoleDef = { id: 'resident', label, scopeKind: 'subtree', unitTypes: ['house'], assignableBy: ['admin'] };
    expect(start(mod('trial', { roles: [role] }))).toThrow(/role "resident" is declared by both module org and module trial/);
    expect(start(mod('trial', { tables: ['visit'] }))).toThrow(/table "visit" is declared by both module people and module trial/);
    expect(start(mod('trial', { tables: ['audit_event'] }))).toThrow(/table "audit_event" is declared by both module platform and module trial/);
  });

  it("refuses two modules of one id, and an id that would share another's keys", () => {
    expect(start(mod('people'))).toThrow(/module id "people" is declared twice by module people/);
    expect(start(mod('people.extra'))).toThrow(/module id "people.extra" must be lower-case/);
  });
});

describe('a module keeps to its own namespace', () => {
  it('refuses keys outside it', () => {
    expect(start(mod('trial', { permissions: { 'meetings.read': { label, roles: ['admin'] } } }))).toThrow(
      /permission "meetings.read" of module trial must start with "trial."/,
    );
    expect(
      start(
        mod('trial', {
          permissions: { 'trial.read': { label, roles: ['admin'] } },
          navigation: [{ key: 'meetings', path: '/m', label, icon: 'X', permission: 'trial.read', order: 1 }],
        }),
      ),
    ).toThrow(/navigation key "meetings" of module trial must start with "trial."/);
    const reachable = modules.find((m) => m.id === 'org')!.resources!.unit!.reachable;
    expect(start(mod('trial', { resources: { meeting: { table: 'unit', idColumn: 'unit.id', reachable } } }))).toThrow(
      /resource "meeting" of module trial must start with "trial."/,
    );
  });

  it('refuses a bare generic table name', () => {
    expect(start(mod('trial', { tables: ['meeting'] }))).toThrow(/table "meeting" of module trial is too generic/);
    expect(start(mod('funds', { tables: ['projects'] }))).toThrow(/too generic/);
  });

  it('refuses a permission or a phone tab naming a role no module declares, and a navigation entry naming no permission', () => {
    expect(start(mod('trial', { permissions: { 'trial.read': { label, roles: ['owners_committee_member' as RoleId] } } }))).toThrow(
      /permission trial.read of module trial names unknown roles .*owners_committee_member/,
    );
    expect(start(mod('trial', { navigation: [{ key: 'trial', path: '/s', label, icon: 'X', permission: 'trial.read', order: 1 }] }))).toThrow(
      /needs undeclared permission trial.read/,
    );
    const phoneTab = { ['owners_committee_member' as RoleId]: 1 };
    expect(
      start(
        mod('trial', {
          permissions: { 'trial.read': { label, roles: ['admin'] } },
          navigation: [{ key: 'trial', path: '/s', label, icon: 'X', permission: 'trial.read', order: 1, phoneTab }],
        }),
      ),
    ).toThrow(/navigation entry trial of module trial gives a phone tab to unknown roles .*owners_committee_member/);
  });

  it('refuses reading a catalog of a module it does not depend on, or that nobody declares', () => {
    expect(start(mod('trial', { readsCatalogs: ['tags'] }))).toThrow(/module trial reads catalog "tags" of module people without depending on it/);
    expect(start(mod('trial', { dependsOn: ['people'], readsCatalogs: ['no-such-catalog'] }))).toThrow(/catalog "no-such-catalog", which no module declares/);
    expect(start(mod('trial', { dependsOn: ['people'], readsCatalogs: ['tags'] }))).not.toThrow();
  });
});

/**
 * A module of the spec's coming roles, from outside src/platform: its role, with the kind of scope a position of it
 * has, goes into permissions, navigation and positions with no edit of the core. (A real module also augments
 * `RoleIds` from its roles file, as org.roles.ts does, so that the compiler knows the id; a test cannot without
 * changing the type for the whole program, hence the cast.)
 */
const OWNERS_MEMBER = 'owners_committee_member' as RoleId;
const trial = mod('trial', {
  dependsOn: ['org'],
  roles: [
    {
      id: OWNERS_MEMBER,
      label: { zh: '业委会成员', en: "Owners' committee member" },
      scopeKind: 'subtree',
      unitTypes: ['compound'],
      assignableBy: ['committee_head', 'street_staff', 'district_staff', 'admin'],
    },
  ],
  permissions: { 'trial.meetings.read': { label: { zh: '查看业主大会', en: "See owners' meetings" }, roles: [OWNERS_MEMBER, 'committee_head'] } },
  navigation: [
    {
      key: 'trial.meetings',
      path: '/trial',
      label: { zh: '业主大会', en: "Owners' meetings" },
      icon: 'TeamOutlined',
      permission: 'trial.meetings.read',
      order: 50,
      phoneTab: { [OWNERS_MEMBER]: 1 },
    },
  ],
});

describe('a new module declares a new role', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ modules: [...modules, trial], config: { totpRequiredRoles: undefined } });
  });
  afterAll(() => t.close());

  it('gives it positions with the declared scope, its permissions and navigation', async () => {
    expect(t.core.roles.ownerOf(OWNERS_MEMBER)).toBe('trial');
    const compound = await makeUnit(t.core, 'compound');
    const other = await makeUnit(t.core, 'compound', { parentId: compound.parent_id! });
    const actor = await actorFor(t.core, OWNERS_MEMBER, compound.id);
    expect(actor.scope.paths).toEqual([compound.path]);
    expect(actor.scope.paths.some((p) => other.path.startsWith(p))).toBe(false);
    expect(t.core.can(actor, 'trial.meetings.read')).toBe(true);
    expect(t.core.rolesFor('trial.meetings.read')).toEqual(expect.arrayContaining([OWNERS_MEMBER, 'committee_head']));
    expect(t.core.roles.mayAssign('street_staff', OWNERS_MEMBER)).toBe(true);
    expect(t.core.roles.mayAssign('committee_worker', OWNERS_MEMBER)).toBe(false);

    const { user } = await makeUser(t.core, OWNERS_MEMBER, compound.id);
    const client = await login(await t.app(), user.username, FACTORY_PASSWORD);
    expect(client.session.positions[0]).toMatchObject({ role: OWNERS_MEMBER, roleLabel: { zh: '业委会成员' } });
    expect(client.session.permissions).toEqual(['trial.meetings.read']);
    const nav = await client.get('/api/nav');
    expect(nav.body).toMatchObject({ items: [{ key: 'trial.meetings', phoneTab: 1 }] });
  });

  it('leaves to the role declarations which roles need a second factor, unless the deployment names its own', () => {
    expect(t.core.config.totpRequiredRoles).toEqual(['district_staff', 'admin']);
    expect(t.core.roles.secondFactorRoles()).not.toContain(OWNERS_MEMBER);
  });
});
