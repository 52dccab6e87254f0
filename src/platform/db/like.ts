/** LIKE patterns from user text: % and _ typed by a user are matched literally, not as wildcards. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
export const contains = (s: string) => `%${escapeLike(s)}%`;
export const startsWith = (s: string) => `${escapeLike(s)}%`;
