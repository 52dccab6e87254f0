import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Scope } from '../scope.js';

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
  | {
      kind: 'record';
      resource: string;
      param?: string;
      body?: Record<string, unknown>;
      query?: Record<string, string> /** Values for the route's other params (':step'). */;
      params?: Record<string, string>;
    }
  /** A list whose items (at `itemsKey`, each with `idKey`) are records of `resource`: none may lie outside scope. */
  | { kind: 'list'; resource: string; itemsKey?: string; idKey?: string; query?: Record<string, string>; headers?: Record<string, string> }
  /** Creates under a parent given in the body at `field`; an out-of-scope parent must be 404. */
  | { kind: 'create'; resource: string; field: string; body: Record<string, unknown> }
  /** The same step on many records whose ids are in the body at `field`: each out-of-scope one answered not found, none changed. */
  | { kind: 'bulk'; resource: string; field: string; body?: Record<string, unknown>; params?: Record<string, string> }
  /** A spreadsheet whose first column holds record ids of `resource`: none may lie outside scope. */
  | { kind: 'export'; resource: string; query?: Record<string, string> }
  /** Deployment-wide read for the entitled (a permission check is the whole rule). */
  | { kind: 'permission'; permission: string };

/** What a natural-key probe gets to build its request with, and sends it through. */
export interface NaturalKeyContext {
  /** The key of a record beyond the caller (or a key nobody holds, to compare answers). */
  key: string;
  /** What the record is known by besides its key (a resident's name): a probe may send it, as a caller who knew it would. */
  secrets: string[];
  db: Kysely<Database>;
  scope: Scope;
  /** A record of the resource inside the caller's scope (a house to register someone at, say), or null. */
  inside(resource: string): Promise<string | null>;
  request(r: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: string;
    json?: unknown;
    file?: { field: string; name: string; type: string; bytes: Buffer };
  }): Promise<{ status: number; body: any }>;
}

/**
 * A route that takes a record of `resource` by its natural key (an ID number, an outside id) rather than by
 * route id. Sent the key of a record beyond the caller, it must change nothing of that record and name
 * nothing of it; with `sameAsUnknown`, its answer must also be the one a key nobody holds gets.
 */
export interface NaturalKeyProbe {
  resource: string;
  sameAsUnknown?: boolean;
  /** A key of the resource's form that no record holds. */
  unknownKey?: () => string;
  send(ctx: NaturalKeyContext): Promise<{ status: number; body: any }>;
}

export interface Access {
  auth: 'public' | 'session';
  probe: Probe;
  /** Besides `probe`: the route also takes records by natural key. */
  naturalKey?: NaturalKeyProbe;
  /** Allowed before a forced password change (the change itself, logout, session). */
  beforePasswordChange?: boolean;
  /** Allowed before a required second factor is enrolled (enrolling it, logout, session, password change). */
  beforeSecondFactor?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
