import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLabelsOf } from '../../platform/audit/audit.labels.js';
import { modules } from '../index.js';
import { STEPS } from '../appeals/orders/order.machine.js';
import { SUMMONS_STEPS } from '../appeals/summons/summons.rules.js';

const SRC = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

// Actions built from a step: each value the step can take, from the list the step's type comes from.
const TEMPLATES: Record<string, readonly string[]> = {
  'appeals.order.${step}': STEPS,
  'appeals.summons.${step}': SUMMONS_STEPS,
};

/**
 * Every action string the code writes to the audit log: the quoted names on `action:` lines (both sides of a
 * ternary included) and `…_ACTION = '…'` constants, templates expanded. The command-line module template
 * writes actions for modules not generated yet and is left out.
 */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(SRC)) {
    const where = relative(SRC, file);
    if (where.startsWith('cli')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!/\baction:|_ACTION\s*=/.test(line)) return;
        for (const m of line.matchAll(/['`]([a-z][a-z0-9_]*(?:\.[a-z0-9_${}A-Z]+)+)['`]/g)) {
          const action = m[1]!;
          if (!action.includes('${')) {
            found.set(action, `${where}:${i + 1}`);
            continue;
          }
          const values = TEMPLATES[action];
          expect(values, `${where}:${i + 1} writes the action ${action}: list its values in TEMPLATES`).toBeDefined();
          for (const v of values!) found.set(action.replace(/\$\{\w+\}/, v), `${where}:${i + 1}`);
        }
      });
  }
  return found;
}

describe('audit labels', () => {
  const labels = auditLabelsOf(modules);

  it('label every action the code writes, in Chinese and English', () => {
    const written = writtenActions();
    // The scan finds the audit writes of every module and of the platform.
    expect(written.size).toBeGreaterThan(80);
    for (const prefix of ['auth.', 'platform.', 'org.', 'accounts.', 'people.', 'estate.', 'appeals.', 'audit.', 'catalogs.', 'selfgov.'])
      expect(
        [...written.keys()].some((a) => a.startsWith(prefix)),
        prefix,
      ).toBe(true);
    const missing = [...written].filter(([action]) => !labels.actions.has(action)).map(([action, where]) => `${action} (${where})`);
    expect(missing).toEqual([]);
    for (const [action, label] of labels.actions) expect(label.zh && label.en, action).toBeTruthy();
  });

  it('label every record type the code writes', () => {
    const types = new Set<string>();
    for (const file of sources(SRC)) for (const m of readFileSync(file, 'utf8').matchAll(/targetType: '([a-z0-9_]+)'/g)) types.add(m[1]!);
    expect(types.size).toBeGreaterThan(15);
    expect([...types].filter((t) => !labels.targets.has(t))).toEqual([]);
  });

  it("refuse a module labelling another's action, or a record type labelled twice", () => {
    const other = { id: 'org', vocabulary: { auditActions: { 'people.person.create': { zh: '登记', en: 'Registered' } } } };
    expect(() => auditLabelsOf([other])).toThrow(/must start with "org\."/);
    const twice = { id: 'estate', vocabulary: { auditTargets: { user: { zh: '用户', en: 'User' } } } };
    expect(() => auditLabelsOf([twice])).toThrow(/labelled by platform and again by estate/);
  });
});
