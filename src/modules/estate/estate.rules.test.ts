import { describe, expect, it } from 'vitest';
import { addYears, committeeState, contractStatus, defaultTermEnd, flagsOf, isDay, overlaps, PHONE, serviceState } from './estate.rules.js';

const today = '2026-03-15';
const c = (start_date: string, end_date: string) => ({ start_date, end_date });

describe('estate rules', () => {
  it("derives a contract's status from its dates, both ends inclusive", () => {
    expect(contractStatus(c('2026-03-15', '2026-03-15'), today)).toBe('active');
    expect(contractStatus(c('2023-01-01', '2026-03-14'), today)).toBe('expired');
    expect(contractStatus(c('2026-03-16', '2029-03-15'), today)).toBe('upcoming');
  });

  it('warns 90 days ahead, unless the next contract is already signed', () => {
    expect(serviceState([c('2023-06-14', '2026-06-13')], today)).toBe('expiring');
    expect(serviceState([c('2023-06-15', '2026-06-14')], today)).toBe('active');
    expect(serviceState([c('2023-06-14', '2026-06-13'), c('2026-06-14', '2029-06-13')], today)).toBe('active');
    expect(serviceState([c('2020-01-01', '2025-12-31')], today)).toBe('expired');
    expect(serviceState([c('2020-01-01', '2025-12-31'), c('2026-04-01', '2029-03-31')], today)).toBe('upcoming');
    expect(serviceState([], today)).toBe('none');
  });

  it('says when a term has run out and when there is no committee', () => {
    expect(committeeState({ end_date: '2026-03-14' }, today)).toBe('expired');
    expect(committeeState({ end_date: '2026-03-15' }, today)).toBe('current');
    expect(committeeState(null, today)).toBe('none');
    expect(flagsOf('expiring', 'none')).toEqual({ contractExpiring: true, termExpired: false, noOwnersCommittee: true });
  });

  it('counts five-year terms in calendar days', () => {
    expect(defaultTermEnd('2021-07-01')).toBe('2026-06-30');
    expect(defaultTermEnd('2024-03-01')).toBe('2029-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('finds overlaps of closed ranges', () => {
    expect(overlaps({ start: '2026-01-01', end: '2026-12-31' }, { start: '2026-12-31', end: '2027-12-31' })).toBe(true);
    expect(overlaps({ start: '2026-01-01', end: '2026-12-30' }, { start: '2026-12-31', end: '2027-12-31' })).toBe(false);
  });

  it('knows real days and contact numbers', () => {
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(['13912345678', '021-62881234', '02162881234', '400-820-1234'].every((p) => PHONE.test(p))).toBe(true);
    expect(['1391234567', '12345678901', '62881234'].some((p) => PHONE.test(p))).toBe(false);
  });
});
