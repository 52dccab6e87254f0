import { describe, expect, it } from 'vitest';
import { checkManifests } from './manifest.registry.js';
import { defineModule, type ModuleManifest, type TodoDef } from './module.js';
import { modules } from '../modules/index.js';

const label = { zh: '测试', en: 'Test' };
const mod = (id: string, m: Partial<ModuleManifest> = {}) => defineModule({ id, name: { zh: id, en: id }, ...m });
const start =
  (...extra: ModuleManifest[]) =>
  () =>
    checkManifests([...modules, ...extra]);
const todo = (key: string, more: Partial<TodoDef> = {}): TodoDef => ({
  key,
  label,
  permission: 'trial.read',
  path: '/trial',
  nav: 'trial.list',
  count: async () => ({ count: 0, overdue: 0 }),
  ...more,
});
const trial = (todos: TodoDef[]) =>
  mod('trial', {
    permissions: { 'trial.read': { label, roles: ['admin'] } },
    navigation: [{ key: 'trial.list', path: '/trial', label, icon: 'X', permission: 'trial.read', order: 1 }],
    todos,
  });

describe('to-dos in the manifests', () => {
  it("the deployment's modules contribute to-dos, each with its own key", () => {
    const keys = modules.flatMap((m) => m.todos ?? []).map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(['appeals.dispatch', 'appeals.accept', 'appeals.summons', 'people.exports']));
    expect(new Set(keys).size).toBe(keys.length);
    expect(start(trial([todo('trial.waiting')]))).not.toThrow();
  });

  it('refuses a key another module holds, or one declared twice, naming both', () => {
    const other = mod('other', {
      permissions: { 'other.read': { label, roles: ['admin'] } },
      navigation: [{ key: 'other.list', path: '/other', label, icon: 'X', permission: 'other.read', order: 1 }],
      todos: [todo('trial.waiting', { permission: 'other.read', nav: 'other.list' })],
    });
    expect(start(trial([todo('trial.waiting')]), other)).toThrow(/to-do key "trial.waiting" is declared by both module trial and module other/);
    expect(start(trial([todo('trial.waiting'), todo('trial.waiting')]))).toThrow(/to-do key "trial.waiting" is declared twice by module trial/);
  });

  it("refuses a key outside the module's namespace, an undeclared permission and an unknown menu item", () => {
    expect(start(trial([todo('appeals.waiting')]))).toThrow(/to-do key "appeals.waiting" of module trial must start with "trial."/);
    expect(start(trial([todo('waiting')]))).toThrow(/must start with "trial."/);
    expect(start(trial([todo('trial.waiting', { permission: 'trial.nothing' })]))).toThrow(/needs undeclared permission trial.nothing/);
    expect(start(trial([todo('trial.waiting', { nav: 'trial.nowhere' })]))).toThrow(/unknown navigation entry trial.nowhere/);
  });
});
