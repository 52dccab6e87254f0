import type { FastifyRequest } from 'fastify';
import type { Actor } from '../actor.js';
import type { SessionState } from '../auth/auth.service.js';
import type { Locale } from '../i18n.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    session: SessionState | null;
    actor: Actor | null;
  }
}

/** The actor of an authenticated route (the auth hook has already refused anonymous calls). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 401);
  return req.actor;
}

export function sessionOf(req: FastifyRequest): SessionState {
  if (!req.session) throw new AppError('UNAUTHENTICATED', 401);
  return req.session;
}
