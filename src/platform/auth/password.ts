import { hash, verify } from '@node-rs/argon2';

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

export interface PolicyResult {
  ok: boolean;
  problems: Array<'length' | 'classes' | 'username'>;
}

/** GB/T 22239-2019 8.1.4 practice: at least 8 characters from at least 3 of 4 classes, not the username. */
export function checkPasswordPolicy(password: string, username?: string): PolicyResult {
  const problems: PolicyResult['problems'] = [];
  if (password.length < 8) problems.push('length');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('classes');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('username');
  return { ok: problems.length === 0, problems };
}
