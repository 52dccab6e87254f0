import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';

export const accountsKeys = {
  all: ['accounts'] as const,
  roles: ['accounts', 'roles'] as const,
  user: (id: string) => ['accounts', 'user', id] as const,
  loginLocks: ['accounts', 'login-locks'] as const,
};

export function useRoles() {
  return useQuery({
    queryKey: accountsKeys.roles,
    queryFn: ({ signal }) => api.get('/api/accounts/roles', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: accountsKeys.user(id),
    queryFn: ({ signal }) => api.get('/api/accounts/users/{id}', { path: { id: Number(id) }, signal }),
    enabled: !!id,
  });
}

/** A random initial password that meets the policy (all four character classes, 14 characters). */
export function generatePassword(length = 14): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!@#$%^&*-_=+?'];
  const all = sets.join('');
  const rnd = (n: number) => {
    const a = new Uint32Array(1);
    crypto.getRandomValues(a);
    return a[0] % n;
  };
  const chars = sets.map((s) => s[rnd(s.length)]);
  while (chars.length < length) chars.push(all[rnd(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = rnd(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export function meetsPolicy(pw: string): boolean {
  if (pw.length < 8) return false;
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length >= 3;
}
