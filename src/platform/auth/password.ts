import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { pinyin } from 'pinyin-pro';

// argon2id (the library's default algorithm) with OWASP's minimum memory-hard parameters.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

export type PolicyProblem = 'length' | 'classes' | 'username' | 'name' | 'district' | 'common';

export interface PolicyResult {
  ok: boolean;
  problems: PolicyProblem[];
}

/** Who the password is for, so that it may not be made of their own names or their district's. */
export interface PolicySubject {
  username?: string;
  displayName?: string;
  districtName?: string;
}

/**
 * GB/T 22239-2019 8.1.4 practice: at least 8 characters from at least 3 of 4 classes; not made of the user's
 * names or the district's name; not a common password (a breach list, ignoring case and look-alike
 * substitutions), nor one of the most common ones with digits and symbols around it.
 */
export function checkPasswordPolicy(password: string, who: PolicySubject = {}): PolicyResult {
  const problems: PolicyProblem[] = [];
  if (password.length < 8) problems.push('length');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('classes');
  const lower = password.toLowerCase();
  const forms = [lower, ...unleet(lower)];
  const contains = (words: string[]) => words.some((w) => forms.some((f) => f.includes(w)));
  if (who.username && contains([who.username.toLowerCase()])) problems.push('username');
  if (who.displayName && contains(nameForms(who.displayName))) problems.push('name');
  if (who.districtName && contains(nameForms(who.districtName, /(新区|区|县|市)$/))) problems.push('district');
  if (isCommon(lower)) problems.push('common');
  return { ok: problems.length === 0, problems };
}

// Look-alikes people put for letters; '1' stands for 'i' as often as for 'l', so both are tried.
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '8': 'b', '3': 'e', '!': 'i', '0': 'o', $: 's', '5': 's', '7': 't', '+': 't' };
const unleet = (s: string) => {
  const base = [...s].map((c) => LEET[c] ?? c).join('');
  return [base.replaceAll('1', 'i'), base.replaceAll('1', 'l')].filter((f) => f !== s);
};

/** A name as written, its parts, and their pinyin: the forms a password is likely to borrow. */
function nameForms(name: string, suffix?: RegExp): string[] {
  const whole = name.trim().toLowerCase();
  const parts = new Set([whole, ...whole.split(/[\s·.\-_]+/)]);
  if (suffix) for (const p of [...parts]) parts.add(p.replace(suffix, ''));
  const forms = new Set<string>();
  for (const p of parts) {
    // Two Chinese characters are a name; Latin needs three letters before it says anything.
    if (/\p{Script=Han}/u.test(p) ? [...p].length >= 2 : p.length >= 3) forms.add(p);
    if (/\p{Script=Han}/u.test(p)) {
      const py = pinyin(p, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('');
      if (py.length >= 4) forms.add(py);
    }
  }
  return [...forms];
}

// The list is ordered by how often each password was found: the head is what guessing starts with.
const COMMON_HEAD = 1000;
let common: { all: Set<string>; head: Set<string> } | undefined;

function isCommon(lower: string): boolean {
  if (!common) {
    const list = dictionary['passwords-common'];
    common = { all: new Set(list), head: new Set(list.slice(0, COMMON_HEAD).filter((w) => /^[a-z]{4,}$/.test(w))) };
  }
  const { all, head } = common;
  // 'P@ssw0rd#2026': a word of the head, look-alikes and all, with only digits and symbols before or after it.
  const stem = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  return [lower, ...unleet(lower)].some((f) => all.has(f)) || [stem, ...unleet(stem)].some((f) => head.has(f));
}
