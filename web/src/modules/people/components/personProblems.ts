import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import { isApiError } from '../../../app/api/client';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/**
 * A PERSON_INVALID refusal names each problem's field: this puts each one under its field of the form (the
 * alert above the form shows the whole refusal anyway). Fields the form does not have are left to the alert.
 */
export function usePersonProblems<V extends object>(fields: readonly string[]) {
  const problemTerms = useVocabulary('people.personProblem');
  const key = fields.join(',');
  return useCallback(
    (e: unknown, form: FormInstance<V>) => {
      if (!isApiError(e) || e.code !== 'PERSON_INVALID') return;
      const known = key.split(',');
      const problems = ((e.details as { problems?: { field: string; code: string }[] } | undefined)?.problems ?? []).filter((p) => known.includes(p.field));
      if (!problems.length) return;
      form.setFields(
        problems.map((p) => {
          const txt = problemTerms.label(p.code);
          return { name: p.field as never, errors: [txt === p.code ? e.message : txt] };
        }),
      );
    },
    [key, problemTerms],
  );
}

/** Phones as the server takes them (person.rules): a mobile number, or a landline with its area code. */
export const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
