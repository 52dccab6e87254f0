import { useCallback } from 'react';
import { ApiError, buildUrl, type Query } from '../../app/api/client';
import type { ApiErrorBody, ApiItem, ApiResponse } from '../../app/api/types';
import { useAuth } from '../../app/auth/AuthContext';
import { useI18n } from '../../app/i18n';

/** Export requests: lists above the district's limit wait for a supervisor, then download once. */

/** One page of requests, with the caller's district and the limit in force there. */
export type ExportRequestList = ApiResponse<'/api/people/export-requests'>;
export type ExportRequest = ApiItem<'/api/people/export-requests'>;
export type ExportStatus = ExportRequest['status'];
/** The order the status filter offers (checked against the server's type; labels from the vocabulary). */
export const EXPORT_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'downloaded'] as const satisfies readonly ExportStatus[];

/** What asking for an export gave: the file (already saved) or a request waiting for approval. */
export type ExportOutcome = { kind: 'file' } | { kind: 'request'; request: ExportRequest };

export const exportKeys = {
  requests: ['people', 'export-requests'] as const,
  policy: (districtId: number) => ['people', 'export-policy', districtId] as const,
};

/** The file name the server gave, in Chinese where it sent one (RFC 5987 filename*). */
function fileName(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fetches exports by script rather than by link: the server answers a file, a request (202) or an error
 * that asks for a reason, and the page must tell which.
 */
export function useExportFiles() {
  const { session } = useAuth();
  const { locale } = useI18n();
  const csrf = session?.csrfToken ?? '';

  const fetchFile = useCallback(
    async (method: 'GET' | 'POST', path: string, query?: Query): Promise<ExportOutcome> => {
      const headers: Record<string, string> = { 'Accept-Language': locale === 'en' ? 'en' : 'zh-CN' };
      if (method === 'POST') Object.assign(headers, { 'x-csrf-token': csrf, 'Content-Type': 'application/json' });
      const res = await fetch(buildUrl(path, query), { method, headers, credentials: 'same-origin', body: method === 'POST' ? '{}' : undefined });
      const type = res.headers.get('content-type') ?? '';
      if (res.ok && !type.includes('json')) {
        save(await res.blob(), fileName(res.headers.get('content-disposition'), 'export.xlsx'));
        return { kind: 'file' };
      }
      const body = (await res.json().catch(() => undefined)) as unknown;
      if (res.status === 202) return { kind: 'request', request: body as ExportRequest };
      const err = (body as Partial<ApiErrorBody> | undefined)?.error;
      throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, err?.details);
    },
    [csrf, locale],
  );

  return {
    /** The residents list with these filters; a reason is needed when the list is above the limit. */
    exportPersons: (filters: Query, reason?: string) => fetchFile('GET', '/api/people/persons/export', { ...filters, reason }),
    /** An approved request's file, once. */
    downloadApproved: (id: number) => fetchFile('POST', `/api/people/export-requests/${id}/download`),
  };
}

/** Actions of the approval the server may grant (it checks them again on every call). */
export const EXPORT_PERM = {
  approve: 'people.export.approve',
  policy: 'people.export.policy',
} as const;
