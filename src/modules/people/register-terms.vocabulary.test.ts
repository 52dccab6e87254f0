import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerTermsVocabulary } from './register-terms.vocabulary.js';

describe('register terms in English', () => {
  it('labels the 56 ethnic groups, each with its own English name', () => {
    const groups = Object.values(registerTermsVocabulary.ethnicity);
    expect(groups).toHaveLength(56);
    expect(new Set(groups.map((g) => g.en)).size).toBe(56);
    expect(registerTermsVocabulary.ethnicity['汉族']).toEqual({ zh: '汉族', en: 'Han' });
  });

  it('labels every relation to the head the demo households are written with', () => {
    const source = readFileSync(join(import.meta.dirname, 'people.generator.ts'), 'utf8');
    const written = new Set([...source.matchAll(/sk\([^)]*?, '([^']+)'/g)].map((m) => m[1]!));
    for (const prefix of ['', '孙', '外孙']) for (const sex of ['子', '女']) written.add(`${prefix}${sex}`);
    expect(written.size).toBeGreaterThan(8);
    const relations = registerTermsVocabulary.relationToHead;
    expect([...written].filter((r) => !relations[r])).toEqual([]);
    for (const [zh, label] of Object.entries(relations)) expect(label.zh === zh && label.en.length > 0, zh).toBe(true);
  });
});
