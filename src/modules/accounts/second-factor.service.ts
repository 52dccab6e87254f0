import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { conflict, notFound } from '../../platform/errors.js';
import { endUserSessions } from '../../platform/auth/auth.repository.js';
import { findTotp, recoveryCodesLeft, removeSecondFactor } from '../../platform/auth/totp.repository.js';
import * as repo from './user.repository.js';
import { ACCOUNTS } from './accounts.policy.js';
import type { UserService } from './user.service.js';

/** A user's second factor as their managers see it, and its reset when the phone that held it is gone (decision 0015). */
export class SecondFactorService {
  constructor(
    private readonly core: Core,
    private readonly users: UserService,
  ) {}

  async status(actor: Actor, userId: number) {
    this.core.assert(actor, ACCOUNTS.read);
    if (!(await repo.findVisible(this.core.db, actor.scope, userId))) throw notFound('user');
    const row = await findTotp(this.core.db, userId);
    return {
      enabled: !!row?.confirmed_at,
      pending: !!row && !row.confirmed_at,
      confirmedAt: row?.confirmed_at ?? null,
      recoveryCodesLeft: row?.confirmed_at ? await recoveryCodesLeft(this.core.db, userId) : 0,
    };
  }

  /**
   * Forgets the account's second factor so that its holder enrolls a new one at the next login. Whoever may manage
   * the account may do it (authority over every position it holds); its sessions end, since whoever has the lost
   * phone may be in one. One's own is turned off on one's own page, with the password and a code.
   */
  async reset(actor: Actor, userId: number) {
    this.core.assert(actor, ACCOUNTS.manage);
    if (userId === actor.userId) throw conflict('SECOND_FACTOR_SELF_RESET');
    const { units } = await this.users.manageable(actor, userId);
    await this.core.mutate(actor, async (w) => {
      const removed = await removeSecondFactor(w.db, userId);
      if (!removed) throw conflict('TOTP_NOT_ENABLED');
      await endUserSessions(w.db, userId);
      await w.audit({
        action: 'accounts.user.reset_second_factor',
        targetType: 'user',
        targetId: userId,
        unitPath: units[0]?.path,
        summary: { before: { enabled: removed.confirmed_at !== null } },
      });
    });
  }
}
