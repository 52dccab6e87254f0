import type { TypedApp } from './app.types.js';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Core } from '../core.js';
import type { Label as LabelValue } from '../i18n.js';
import { Label } from './schemas.js';

/** Every module's vocabularies as the web app reads them: `<module>.<name>` → value → { zh, en }, in declared order. */
export function collectVocabulary(core: Pick<Core, 'modules'>): Record<string, Record<string, LabelValue>> {
  const out: Record<string, Record<string, LabelValue>> = {};
  for (const m of core.modules) for (const [name, terms] of Object.entries(m.vocabulary ?? {})) out[`${m.id}.${name}`] = { ...terms };
  return out;
}

/**
 * GET /api/vocabulary — the labels of the domain values routes send (statuses, kinds, channels …), declared by
 * each module in its manifest (`vocabulary`). The web app shows these instead of keeping its own copies; the
 * document names every vocabulary and its values, so the web app's generated types know them too.
 */
export function registerVocabularyRoute(app: TypedApp, core: Core) {
  const vocabulary = collectVocabulary(core);
  const schema = Type.Object(
    Object.fromEntries(
      Object.entries(vocabulary).map(([name, terms]) => [
        name,
        Type.Object(Object.fromEntries(Object.keys(terms).map((v) => [v, Label] as [string, TSchema]))),
      ]),
    ),
  );
  app.get(
    '/api/vocabulary',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' } } },
      schema: {
        tags: ['system'],
        summary: '领域取值的中英文名称 / Labels of domain values (statuses, kinds, channels …)',
        response: { 200: schema },
      },
    },
    async () => vocabulary,
  );
}
