import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread for one another: no O/0, no 1/I (read aloud or off a phone). */
export const SIGN_IN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 6;

/** A fresh sign-in code that none of `taken` holds. */
export function newSignInCode(taken: ReadonlySet<string>): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < LENGTH; i++) code += SIGN_IN_ALPHABET[randomInt(SIGN_IN_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
}

/** A code as typed: spaces dropped, lower case raised; anything outside the alphabet makes it no code. */
export function normaliseSignInCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return code.length === LENGTH && [...code].every((c) => SIGN_IN_ALPHABET.includes(c)) ? code : null;
}
