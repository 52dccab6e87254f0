import { describe, expect, it } from 'vitest';
import type { Scope } from '../../platform/scope.js';
import { decisionRefusal, effectiveStatus, expiryAfter, needsApproval, requestPath } from './export-request.rules.js';

const scope = (...paths: string[]): Scope => ({ all: false, districtId: 1, paths, departmentId: null, gridId: null });
const ALL: Scope = { all: true, districtId: 1, paths: [], departmentId: null, gridId: null };
const workerRequest = { requester_id: 7, requester_role: 'committee_worker', unit_path: '/1/2/3/' };

describe('export approval rules', () => {
  it('needs approval strictly above the threshold, never when there is none', () => {
    expect(needsApproval(200, 200)).toBe(false);
    expect(needsApproval(201, 200)).toBe(true);
    expect(needsApproval(0, 0)).toBe(false);
    expect(needsApproval(1_000_000, null)).toBe(false);
  });

  it("files a request under the requester's whole reach", () => {
    expect(requestPath(scope('/1/2/3/'))).toBe('/1/2/3/');
    // A grant to a committee of another street: the district decides.
    expect(requestPath(scope('/1/2/3/', '/1/5/6/'))).toBe('/1/');
    // Segments, not characters: /1/2/ and /1/23/ share only /1/.
    expect(requestPath(scope('/1/2/', '/1/23/'))).toBe('/1/');
    expect(requestPath(ALL)).toBe('/');
  });

  it("lets a supervisor decide: the head over the worker, the street over the committee, never one's own", () => {
    expect(decisionRefusal({ userId: 8, role: 'committee_head', scope: scope('/1/2/3/') }, workerRequest)).toBeNull();
    expect(decisionRefusal({ userId: 9, role: 'street_staff', scope: scope('/1/2/') }, workerRequest)).toBeNull();
    expect(
      decisionRefusal({ userId: 10, role: 'district_staff', scope: scope('/1/') }, { ...workerRequest, requester_role: 'street_staff', unit_path: '/1/2/' }),
    ).toBeNull();
    expect(decisionRefusal({ userId: 7, role: 'committee_head', scope: scope('/1/2/3/') }, workerRequest)).toBe('EXPORT_OWN_REQUEST');
    // Colleagues of the same post at the same place are not each other's supervisors.
    expect(decisionRefusal({ userId: 8, role: 'committee_head', scope: scope('/1/2/3/') }, { ...workerRequest, requester_role: 'committee_head' })).toBe(
      'EXPORT_NOT_SUPERVISOR',
    );
    expect(
      decisionRefusal({ userId: 9, role: 'street_staff', scope: scope('/1/2/') }, { ...workerRequest, requester_role: 'street_staff', unit_path: '/1/2/' }),
    ).toBe('EXPORT_NOT_SUPERVISOR');
    // An administrator's request is decided by another administrator.
    expect(decisionRefusal({ userId: 2, role: 'admin', scope: ALL }, { requester_id: 1, requester_role: 'admin', unit_path: '/' })).toBeNull();
    expect(decisionRefusal({ userId: 1, role: 'admin', scope: ALL }, { requester_id: 1, requester_role: 'admin', unit_path: '/' })).toBe('EXPORT_OWN_REQUEST');
  });

  it('reads an approval past its 24 hours as expired', () => {
    const approved = new Date('2026-03-01T08:00:00Z');
    const expires = expiryAfter(approved);
    expect(expires.toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(effectiveStatus({ status: 'approved', expires_at: expires }, new Date('2026-03-02T07:59:59Z'))).toBe('approved');
    expect(effectiveStatus({ status: 'approved', expires_at: expires }, new Date('2026-03-02T08:00:00Z'))).toBe('expired');
    expect(effectiveStatus({ status: 'downloaded', expires_at: expires }, new Date('2026-03-03T00:00:00Z'))).toBe('downloaded');
  });
});
