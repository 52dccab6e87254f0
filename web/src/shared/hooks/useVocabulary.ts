import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { takeEarly } from '../../app/early';
import type { ApiResponse, Label } from '../../app/api/types';
import { useI18n } from '../../app/i18n';

/** Every vocabulary the server declares: `<module>.<name>` → value → { zh, en }. */
export type Vocabularies = ApiResponse<'/api/vocabulary'>;
export type VocabularyName = keyof Vocabularies;
/** The values of one vocabulary, as the generated document names them. */
export type VocabularyValue<N extends VocabularyName> = Extract<keyof Vocabularies[N], string>;

export const VOCABULARY_KEY = ['vocabulary'] as const;

/** The labels change only with a release: read once per session, shared by every page. */
export function useVocabularies() {
  return useQuery({
    queryKey: VOCABULARY_KEY,
    queryFn: ({ signal }) => takeEarly('/api/vocabulary') ?? api.get('/api/vocabulary', { signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export interface Terms<V extends string> {
  /** The value's label in the current language (the value itself until the labels have arrived, or for a value the server does not know). */
  label: (value: V | string | null | undefined) => string;
  /** Select options, in the server's order (or of the values given). */
  options: (values?: readonly V[]) => Array<{ value: V; label: string }>;
  /** The values, in the server's order. */
  values: V[];
}

/**
 * The labels of a domain vocabulary sent by the server (GET /api/vocabulary), declared once by the module that
 * owns the values: `const status = useVocabulary('appeals.orderStatus'); status.label(order.status)`.
 */
export function useVocabulary<N extends VocabularyName>(name: N): Terms<VocabularyValue<N>> {
  const { label: pick } = useI18n();
  const { data } = useVocabularies();
  return useMemo(() => {
    type V = VocabularyValue<N>;
    const terms = (data?.[name] ?? {}) as Record<string, Label>;
    const label = (value: V | string | null | undefined) =>
      value === null || value === undefined || value === '' ? '' : terms[value] ? pick(terms[value]) : value;
    const values = Object.keys(terms) as V[];
    return { label, values, options: (only?: readonly V[]) => (only ?? values).map((value) => ({ value, label: label(value) })) };
  }, [data, name, pick]);
}
