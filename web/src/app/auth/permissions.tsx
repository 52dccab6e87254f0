import { useMemo, type ReactNode } from 'react';
import { NoPermission } from '../../shared/components/NoPermission';
import { useAuth } from './AuthContext';

/**
 * What a page or action needs: one permission, any of several, or a rule over them
 * (`(has) => has('appeals.read') && has('appeals.intake')`).
 */
export type PermissionCheck = string | readonly string[] | ((has: (permission: string) => boolean) => boolean);

export interface Permissions {
  /** Whether the active position holds the permission (the server checks it again on every call). */
  has: (permission: string) => boolean;
  /** Whether it meets a check. */
  allows: (check: PermissionCheck) => boolean;
}

/** The active position's permissions, from the session. */
export function usePermissions(): Permissions {
  const { session } = useAuth();
  return useMemo(() => {
    const held = new Set(session?.permissions ?? []);
    const has = (p: string) => held.has(p);
    const allows = (check: PermissionCheck) => (typeof check === 'string' ? has(check) : typeof check === 'function' ? check(has) : check.some(has));
    return { has, allows };
  }, [session]);
}

/** `usePermission('people.person.manage')`: whether the active position may do it. */
export function usePermission(check: PermissionCheck): boolean {
  return usePermissions().allows(check);
}

/** Renders its children when the active position meets the check, else <NoPermission/> (or `fallback`). */
export function RequirePermission({ check, children, fallback }: { check: PermissionCheck | undefined; children: ReactNode; fallback?: ReactNode }) {
  const allowed = usePermissions().allows(check ?? (() => true));
  if (allowed) return <>{children}</>;
  return <>{fallback === undefined ? <NoPermission /> : fallback}</>;
}
