import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import { containsPath } from '../../../platform/scope.js';
import { APPEALS } from '../appeals.policy.js';
import * as repo from './indicator.repository.js';

export type Level = 'district' | 'street' | 'committee' | 'area';

/**
 * What a request for indicators is about: a unit of the territory and, optionally, one department's share of
 * it. The unit must lie in the caller's scope (district staff: the district and anything in it; street staff:
 * their street and its committees; committee staff: their committee). A department's figures are always
 * those within the unit, so street staff see a district department's work in their street only. Department
 * staff see nothing but their own department (a district department with its street teams), within whatever
 * unit of their territory they ask.
 */
export interface Subject {
  districtId: number;
  unit: repo.UnitRow;
  level: Level;
  department: repo.DepartmentRow | null;
  /** The handling departments counted (the department and its street teams); null for all. */
  departmentIds: number[] | null;
  /** Every department of the district, for names and for rolling teams up into their department. */
  departments: repo.DepartmentRow[];
}

/** The level a subject's figures are broken down by: a district by its streets, a street by its committees. */
export type ChildLevel = 'street' | 'committee';

export function childLevelOf(s: Subject): ChildLevel | null {
  return s.level === 'district' ? 'street' : s.level === 'street' ? 'committee' : null;
}

const LEVELS: Record<string, Level> = { district: 'district', street: 'street', committee: 'committee' };

/** A department and its street teams (department.parent_id). */
export const familyOf = (departments: repo.DepartmentRow[], id: number) => [id, ...departments.filter((d) => d.parent_id === id).map((d) => d.id)];

export async function resolveSubject(core: Core, actor: Actor, unitId: number, departmentId?: number | null): Promise<Subject> {
  core.assert(actor, APPEALS.indicators);
  const unit = await repo.unitById(core.db, unitId);
  if (!unit || !containsPath(actor.scope, unit.path) || (!actor.scope.all && unit.district_id !== actor.scope.districtId)) throw notFound('unit');
  const departments = await repo.departmentsOf(core.db, [unit.district_id]);
  let department: repo.DepartmentRow | null = null;
  if (actor.role === 'department_staff') {
    const own = departments.find((d) => d.id === actor.scope.departmentId);
    if (!own) throw forbidden(APPEALS.indicators);
    const pick = departmentId ?? own.id;
    if (!familyOf(departments, own.id).includes(pick)) throw notFound('department');
    department = departments.find((d) => d.id === pick)!;
  } else if (departmentId) {
    department = departments.find((d) => d.id === departmentId) ?? null;
    if (!department) throw notFound('department');
  }
  return {
    districtId: unit.district_id,
    unit,
    level: LEVELS[unit.type] ?? 'area',
    department,
    departmentIds: department ? familyOf(departments, department.id) : null,
    departments,
  };
}

/**
 * A whole district as the subject, asked by no one in particular: the public indicators of its public pages
 * (no permission, since a district's totals are published; never one department's share).
 */
export async function districtSubject(core: Core, districtId: number): Promise<Subject> {
  const root = await repo.districtRootOf(core.db, districtId);
  if (!root) throw notFound('district');
  return { districtId, unit: root, level: 'district', department: null, departmentIds: null, departments: await repo.departmentsOf(core.db, [districtId]) };
}

/** The subject's orders as an area of appeal_order. */
export function areaOf(s: Subject): repo.Area {
  const a: repo.Area = { districtId: s.districtId, departmentIds: s.departmentIds };
  if (s.level === 'street') a.streetId = s.unit.id;
  if (s.level === 'committee') a.committeeId = s.unit.id;
  if (s.level === 'area') a.path = s.unit.path;
  return a;
}

const CUT: Record<repo.Dim, 'c' | 'k' | 's' | 'd' | null> = { channel: 'c', category: 'k', street: 's', department: 'd', committee: null };

/**
 * The cheapest rows that answer: the district cube for a whole district by one dimension, appeal_stat for a
 * street, committee or department, the orders below the committee level.
 */
export function sourceFor(s: Subject, dim: repo.Dim | null): repo.Source {
  if (s.level === 'district' && !s.departmentIds) {
    const cut = dim ? CUT[dim] : 'c';
    if (cut) return { kind: 'cube', districtId: s.districtId, cut };
  }
  if (s.level === 'area') return { kind: 'orders', ...areaOf(s) };
  return { kind: 'stat', ...areaOf(s) };
}

/** Re-sums what changed in the district's cube when the source is the cube. */
export async function freshen(core: Core, source: repo.Source): Promise<void> {
  if (source.kind === 'cube' && (await repo.cubeIsStale(core.db, source.districtId))) await repo.refreshCube(core.db, source.districtId);
}
