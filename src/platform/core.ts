import type { Kysely, Transaction } from 'kysely';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { DatabaseKind } from './db/database.js';
import type { ModuleManifest, ScopedResource, ScopeResolver } from './module.js';
import type { Actor } from './actor.js';
import { EventBus, type DomainEvent } from './events.js';
import { AppError, forbidden, registerMessages } from './errors.js';
import { recordAudit, recordAuditMany, type AuditEntry } from './audit/audit.writer.js';
import type { AuditSealer } from './audit/audit.sealer.js';
import type { RoleId } from './roles.js';
import type { FieldCrypto } from './crypto/field-crypto.js';
import type { FileStorage } from './storage/storage.js';
import type { NotificationChannel } from './notify/notification.channel.js';
import { Notifier, NOTIFY_EVENT, type NotificationInput, type NotifyEventPayload } from './notify/notifier.js';
import { SessionCache } from './auth/session.cache.js';
import { recordFailure } from './failed-events/failed-event.retry.js';
import type { SessionLookup } from './auth/auth.repository.js';
import type { OwnedKeys } from './owned-keys.js';
import { checkManifests } from './manifest.registry.js';
import type { RoleRegistry } from './roles.js';
import type { CatalogDef } from './catalog.js';

/** What a mutation gets: its transaction, its audit, its events (delivered after commit). */
export interface Work {
  db: Transaction<Database>;
  actor: Actor;
  audit(entry: AuditEntry): Promise<void>;
  emit(type: string, payload: Record<string, unknown>, districtId?: number | null): void;
}

/**
 * The running platform: the database, the configuration and what the modules registered. It loops over
 * manifests and imports none of them.
 */
export class Core {
  readonly bus = new EventBus();
  readonly permissions = new Map<string, Set<RoleId>>();
  readonly resources = new Map<string, ScopedResource>();
  /** Which module owns each table (the platform's own under "platform"). */
  readonly tables: OwnedKeys<true>;
  /** The roles the modules declared. */
  readonly roles: RoleRegistry;
  /** The catalogs the modules declared, with their schemas, by name. */
  readonly catalogs: OwnedKeys<CatalogDef>;
  scopeResolver?: ScopeResolver;
  /** Photos, attachments and generated files: a local folder or an S3-compatible bucket, by configuration. */
  readonly storage: FileStorage;
  readonly notifier: Notifier;
  /** Seals audit entries and checkpoints under the audit key, which lives outside the database. */
  readonly auditSealer: AuditSealer;
  /** Sessions resolved lately, dropped as the database reports changes (bootstrap wires the reports). */
  readonly sessions = new SessionCache<SessionLookup>();

  constructor(
    readonly db: Kysely<Database>,
    readonly dbKind: DatabaseKind,
    readonly config: Config,
    readonly modules: ModuleManifest[],
    /** Encryption and keyed lookup hashes for personal data at rest. */
    readonly crypto: FieldCrypto,
    services: { storage: FileStorage; auditSealer: AuditSealer; channels?: NotificationChannel[] },
  ) {
    this.storage = services.storage;
    this.auditSealer = services.auditSealer;
    this.notifier = new Notifier(services.channels);
    // Every name the manifests register has one owner; a collision stops the start here (decision 0016).
    ({ tables: this.tables, roles: this.roles, catalogs: this.catalogs } = checkManifests(modules, config));
    // The roles that require a second factor are the modules' to say, unless the deployment named its own.
    if (!config.totpRequiredRoles) this.config = { ...config, totpRequiredRoles: this.roles.secondFactorRoles() };
    // A handler that throws is kept with its event and retried (failed-events/), never only logged.
    this.bus.onFailure = (failure) => recordFailure(this, failure);
    this.bus.subscribe(NOTIFY_EVENT, (e) => this.notifier.deliver(e.payload as unknown as NotifyEventPayload, this.db), 'platform');
    for (const m of modules) {
      for (const [action, def] of Object.entries(m.permissions ?? {})) {
        this.permissions.set(action, new Set(def.roles));
      }
      for (const [name, resource] of Object.entries(m.resources ?? {})) {
        this.resources.set(name, resource);
      }
      if (m.messages) registerMessages(m.messages, m.id);
      for (const [type, handler] of Object.entries(m.events ?? {})) this.bus.subscribe(type, (e) => handler(e, this), m.id);
      if (m.provides?.scope) this.scopeResolver = m.provides.scope;
    }
  }

  /** One-line policy check: may this actor do this action at all (scope is checked on the record). */
  can(actor: Actor, action: string): boolean {
    const roles = this.permissions.get(action);
    if (!roles) throw new Error(`permission ${action} is not declared by any module`);
    return actor.role !== null && roles.has(actor.role) && (!actor.limitedTo || actor.limitedTo.has(action));
  }

  assert(actor: Actor, action: string): void {
    if (!this.can(actor, action)) throw forbidden(action);
  }

  /** Roles that hold a permission (for navigation and docs). */
  rolesFor(action: string): RoleId[] {
    return this.roles.ids().filter((r) => this.permissions.get(action)?.has(r));
  }

  /**
   * Runs a change in one transaction with its audit entries; events are published only once it committed.
   */
  async mutate<T>(actor: Actor, fn: (work: Work) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const result = await this.db.transaction().execute(async (trx) => {
      const work: Work = {
        db: trx,
        actor,
        audit: (entry) => recordAudit(trx, this.auditSealer, actor, entry),
        emit: (type, payload, districtId = actor.scope.districtId) => events.push({ type, payload, districtId, actorId: actor.userId || null, at: new Date() }),
      };
      return fn(work);
    });
    if (events.length) await this.bus.publish(events);
    return result;
  }

  /**
   * Runs changes of several actors as one transaction (a group commit): each actor's Work shares the
   * transaction, its audit entries are chained in order with one turn of the chain's lock when the group is
   * done, and the events of all are published once it committed. All or nothing: a caller that must keep the
   * others when one fails runs that one again alone.
   */
  async mutateMany<T>(actors: readonly Actor[], fn: (works: Work[]) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const result = await this.db.transaction().execute(async (trx) => {
      const audits: Array<{ actor: Actor; entry: AuditEntry }> = [];
      const works = actors.map<Work>((actor) => ({
        db: trx,
        actor,
        audit: async (entry) => void audits.push({ actor, entry }),
        emit: (type, payload, districtId = actor.scope.districtId) => events.push({ type, payload, districtId, actorId: actor.userId || null, at: new Date() }),
      }));
      const value = await fn(works);
      await recordAuditMany(trx, this.auditSealer, audits);
      return value;
    });
    if (events.length) await this.bus.publish(events);
    return result;
  }

  /**
   * Notifies users. Given a mutation's Work, the in-app rows are written in its transaction and outside channels
   * (SMS, WeChat) are called after it commits, so a rolled-back change notifies nobody.
   */
  notify(target: Work | Kysely<Database>, input: NotificationInput): Promise<void> {
    return this.notifier.notify(target, input);
  }

  /**
   * Records a read of sensitive personal data (an ID number, a phone, a health or assistance tag). A purpose
   * is required: no purpose, no read. Call it before returning the data, so a failed write means no data.
   */
  async recordSensitiveRead(actor: Actor, entry: AuditEntry & { purpose: string }): Promise<void> {
    const purpose = entry.purpose?.trim();
    if (!purpose) throw new AppError('PURPOSE_REQUIRED', 400);
    await this.db.transaction().execute((trx) => recordAudit(trx, this.auditSealer, actor, { ...entry, purpose }));
  }

  /** The same core over another handle (a transaction that a whole seeding runs in). */
  withDb(db: Kysely<Database>): Core {
    return Object.assign(Object.create(Core.prototype) as Core, this, { db });
  }

  module(id: string): ModuleManifest {
    const m = this.modules.find((x) => x.id === id);
    if (!m) throw new AppError('MODULE_MISSING', 500, { id });
    return m;
  }
}
