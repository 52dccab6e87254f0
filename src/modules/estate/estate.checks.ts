import type { Actor } from '../../platform/actor.js';
import { badRequest } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { isDay } from './estate.rules.js';
import { DATE_LABEL } from './estate.messages.js';

/** Input checks shared by the estate services; each refusal names what is wrong in the caller's language. */

export function day(value: string): string {
  if (!isDay(value)) throw badRequest('ESTATE_DATE_INVALID', { value });
  return value;
}

export const optionalDay = (value: string | null | undefined) => (value ? day(value) : null);

export function inOrder(actor: Actor, start: { key: keyof typeof DATE_LABEL; value: string }, end: { key: keyof typeof DATE_LABEL; value: string | null }) {
  if (end.value !== null && end.value < start.value) {
    throw badRequest('ESTATE_DATE_ORDER', {
      startLabel: localize(DATE_LABEL[start.key]!, actor.locale),
      endLabel: localize(DATE_LABEL[end.key]!, actor.locale),
      start: start.value,
      end: end.value,
    });
  }
}

export function name(raw: string): string {
  const n = raw.trim();
  if (!n) throw badRequest('ESTATE_NAME_EMPTY');
  return n;
}

/** Optional free text: blank is none. */
export const text = (raw: string | null | undefined) => raw?.trim() || null;
