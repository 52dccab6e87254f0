/**
 * What a route reaches, declared on the route itself. The server uses `auth`; the scope test walks every
 * registered route and uses `probe` to try it inside and outside each role's scope, so a new route without
 * a declaration fails the test instead of escaping it.
 */
export type Probe =
  /** No record of anybody else is involved (health, login, own session). */
  | { kind: 'none' }
  /** Only the caller's own data. */
  | { kind: 'self' }
  /** `:param` names a record of `resource`; outside scope it must be 404. */
  | { kind: 'record'; resource: string; param?: string; body?: Record<string, unknown>; query?: Record<string, string>; /** Values for the route's other params (':step'). */ params?: Record<string, string> }
  /** A list whose items (at `itemsKey`, each with `idKey`) are records of `resource`: none may lie outside scope. */
  | { kind: 'list'; resource: string; itemsKey?: string; idKey?: string; query?: Record<string, string>; headers?: Record<string, string> }
  /** Creates under a parent given in the body at `field`; an out-of-scope parent must be 404. */
  | { kind: 'create'; resource: string; field: string; body: Record<string, unknown> }
  /** A spreadsheet whose first column holds record ids of `resource`: none may lie outside scope. */
  | { kind: 'export'; resource: string; query?: Record<string, string> }
  /** Deployment-wide read for the entitled (a permission check is the whole rule). */
  | { kind: 'permission'; permission: string };

export interface Access {
  auth: 'public' | 'session';
  probe: Probe;
  /** Allowed before a forced password change (the change itself, logout, session). */
  beforePasswordChange?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
