/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character set (digits
 * and capitals without I, O, Z, S, V) — registration authority, organisation type, a six-digit division code,
 * the nine-character organisation code (GB 11714) and a check character computed over the first 17.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^(i) mod 31 for positions 1–17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'CREDIT_CODE_FORMAT' | 'CREDIT_CODE_CHECK';

export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Codes are typed with spaces and in lower case; stored and compared normalised. */
export const normaliseCreditCode = (raw: string) => raw.replace(/\s+/g, '').toUpperCase();

export function checkCreditCode(raw: string): { ok: true; code: string } | { ok: false; code: string; problem: CreditCodeProblem } {
  const code = normaliseCreditCode(raw);
  if (!SHAPE.test(code)) return { ok: false, code, problem: 'CREDIT_CODE_FORMAT' };
  if (creditCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, code, problem: 'CREDIT_CODE_CHECK' };
  return { ok: true, code };
}

/** The GB 11714 check digit of an eight-digit organisation code body (digits only here). */
function orgCheckChar(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body8[i]) * w[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A well-formed code for a company (demo data and tests): '91' (market regulator, enterprise), the division,
 * an organisation code whose own GB 11714 check holds, and the GB 32100 check character.
 */
export function makeCreditCode(division: string, serial: number): string {
  const body = String(serial % 100_000_000).padStart(8, '0');
  const first17 = `91${division}${body}${orgCheckChar(body)}`;
  return first17 + creditCheckChar(first17);
}
