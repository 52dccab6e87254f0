import { useCallback } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ApiBody, ApiPath } from '../../app/api/types';
import { useAuth } from '../../app/auth/AuthContext';
import { usePermissions } from '../../app/auth/permissions';
import type { ActionStep, AttachmentKind, IntakeInput, IntakeReply, OrderListQuery, StepInput } from './types';
import type { TransferPartnerInput, TransferPartnerPatch } from './types';
import type { RaiseSummonsInput, SummonsListQuery, SummonsStep } from './types';

export const appealsKeys = {
  all: ['appeals'] as const,
  orders: ['appeals', 'orders'] as const,
  order: (id: string) => ['appeals', 'order', id] as const,
  duplicates: (id: string) => ['appeals', 'duplicates', id] as const,
  categories: ['appeals', 'categories'] as const,
  handlers: (streetId: number | null) => ['appeals', 'handlers', streetId] as const,
  rules: ['appeals', 'rules'] as const,
};

/** The permissions the server grants the active position (what the UI may offer; the server checks again). */
export const PERM = {
  report: 'appeals.report',
  intake: 'appeals.intake',
  read: 'appeals.read',
  dispatch: 'appeals.dispatch',
  handle: 'appeals.handle',
  supervise: 'appeals.supervise',
  configure: 'appeals.configure',
  reveal: 'appeals.reveal',
  transfer: 'appeals.transfer',
} as const;

export function useAppealsPermissions() {
  const { activePosition } = useAuth();
  const { has, allows } = usePermissions();
  return {
    has,
    /** Someone working on orders (desk, dispatch, handling, configuration), as opposed to a reporter. */
    staff: allows([PERM.intake, PERM.dispatch, PERM.handle, PERM.configure]),
    role: activePosition?.role ?? null,
    /** The active position's unit: a resident's own house, a worker's committee, a street officer's street. */
    unitId: activePosition?.unitId !== undefined && activePosition?.unitId !== null ? Number(activePosition.unitId) : null,
    unitName: activePosition?.unitName ?? '',
  };
}

export function useOrders(query: OrderListQuery, enabled = true) {
  return useQuery({
    queryKey: [...appealsKeys.orders, query],
    queryFn: ({ signal }) => api.get('/api/appeals/orders', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: appealsKeys.order(id),
    queryFn: ({ signal }) => api.get('/api/appeals/orders/{id}', { path: { id: Number(id) }, signal }),
    enabled: !!id,
  });
}

export function useDuplicates(id: string, enabled = true) {
  return useQuery({
    queryKey: appealsKeys.duplicates(id),
    queryFn: ({ signal }) => api.get('/api/appeals/orders/{id}/duplicates', { path: { id: Number(id) }, signal }),
    enabled: !!id && enabled,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: appealsKeys.categories,
    queryFn: ({ signal }) => api.get('/api/appeals/categories', { signal }),
    staleTime: 30 * 60_000,
  });
}

/** Where an order can be sent: district departments and streets, or one street's teams and committees. */
export function useHandlers(streetId: number | null, enabled = true) {
  return useQuery({
    queryKey: appealsKeys.handlers(streetId),
    queryFn: ({ signal }) => api.get('/api/appeals/handlers', { query: { streetId: streetId ?? undefined }, signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useRoutingRules() {
  return useQuery({
    queryKey: appealsKeys.rules,
    queryFn: ({ signal }) => api.get('/api/appeals/routing-rules', { signal }),
  });
}

/** After any change: every list, order and count of the module may show it. */
export function useInvalidateAppeals() {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: appealsKeys.all }), [qc]);
}

export const takeStep = (id: number, step: ActionStep, input: StepInput) =>
  api.post('/api/appeals/orders/{id}/steps/{step}', { path: { id, step }, body: input });

export const bulkStep = (ids: number[], step: ActionStep, input: StepInput) =>
  api.post('/api/appeals/orders/bulk/{step}', { path: { step }, body: { ...input, ids } });

/**
 * Opens an order. The key makes a retry after a lost answer return the first order instead of a second one:
 * a form keeps one key for as long as it is on screen.
 */
export function submitIntake(input: IntakeInput, idempotencyKey: string): Promise<IntakeReply> {
  // Fields left empty are left out: the body validator would read a null coordinate as 0.
  const body = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined && v !== '')) as IntakeInput;
  const headers = { 'Idempotency-Key': idempotencyKey };
  const { channel } = body;
  return channel ? api.post('/api/appeals/orders', { body: { ...body, channel }, headers }) : api.post('/api/appeals/reports', { body, headers });
}

/** One file per request, so that a failed upload can be retried without sending the others twice. */
export function uploadPhoto(orderId: number, kind: AttachmentKind, file: Blob, name: string) {
  const form = new FormData();
  form.append('file', file, name);
  return api.upload('/api/appeals/orders/{id}/attachments', form, { path: { id: orderId }, query: { kind } });
}

export const attachmentUrl = (id: number) => api.url('/api/appeals/attachments/{id}', { path: { id } });

export const revealPhone = (orderId: number, purpose: string) => api.post('/api/appeals/orders/{id}/reveal', { path: { id: orderId }, body: { purpose } });

export const createRule = (body: ApiBody<'/api/appeals/routing-rules'>) => api.post('/api/appeals/routing-rules', { body });

export const setRuleActive = (id: number, active: boolean) => api.post('/api/appeals/routing-rules/{id}/active', { path: { id }, body: { active } });

/** A key unique to one form on one device; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/* Summons (约请) */

export const SUMMONS_PERM = {
  raise: 'appeals.summons',
  respond: 'appeals.summons.respond',
  read: 'appeals.summons.read',
  indicators: 'appeals.indicators',
} as const;

export const summonsKeys = {
  all: ['appeals', 'summons'] as const,
  list: (q: SummonsListQuery) => ['appeals', 'summons', 'list', q] as const,
  one: (id: string) => ['appeals', 'summons', 'one', id] as const,
  invitees: ['appeals', 'summons', 'invitees'] as const,
  rates: (q: object) => ['appeals', 'summons', 'rates', q] as const,
};

export function useSummonsList(query: SummonsListQuery) {
  return useQuery({
    queryKey: summonsKeys.list(query),
    queryFn: ({ signal }) => api.get('/api/appeals/summons', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSummons(id: string) {
  return useQuery({
    queryKey: summonsKeys.one(id),
    queryFn: ({ signal }) => api.get('/api/appeals/summons/{id}', { path: { id: Number(id) }, signal }),
    enabled: !!id,
  });
}

export function useSummonsInvitees(enabled = true) {
  return useQuery({
    queryKey: summonsKeys.invitees,
    queryFn: ({ signal }) => api.get('/api/appeals/summons/invitees', { signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useSummonsRates(query: { from?: string; to?: string; rollup?: boolean }) {
  return useQuery({
    queryKey: summonsKeys.rates(query),
    queryFn: ({ signal }) => api.get('/api/appeals/summons/rates', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export const raiseSummons = (input: RaiseSummonsInput) => api.post('/api/appeals/summons', { body: input });

/** The route of each step ('report' is posted as the result). */
const SUMMONS_STEP_PATH = {
  accept: '/api/appeals/summons/{id}/accept',
  decline: '/api/appeals/summons/{id}/decline',
  schedule: '/api/appeals/summons/{id}/schedule',
  meet: '/api/appeals/summons/{id}/meet',
  report: '/api/appeals/summons/{id}/result',
  evaluate: '/api/appeals/summons/{id}/evaluate',
} as const satisfies Record<SummonsStep, ApiPath<'post'>>;

type SummonsStepPath = (typeof SUMMONS_STEP_PATH)[SummonsStep];

/** What one step takes, as its route declares it (for a step not known in advance: any step's body). */
export type SummonsStepInput<S extends SummonsStep = SummonsStep> = ApiBody<(typeof SUMMONS_STEP_PATH)[S]>;

export const takeSummonsStep = <S extends SummonsStep>(id: number, step: S, input: SummonsStepInput<S>) =>
  api.post(SUMMONS_STEP_PATH[step] as SummonsStepPath, { path: { id }, body: input as ApiBody<SummonsStepPath> });

/* Interoperability: Open311 clients, transfer partners (工单互转), hotline files. */

export const interopKeys = {
  open311Clients: ['appeals', 'open311-clients'] as const,
  partners: ['appeals', 'transfer-partners'] as const,
  partnerChoices: ['appeals', 'transfer-partner-choices'] as const,
  transfers: (orderId: number) => ['appeals', 'transfers', orderId] as const,
};

export function useOpen311Clients() {
  return useQuery({
    queryKey: interopKeys.open311Clients,
    queryFn: ({ signal }) => api.get('/api/appeals/open311-clients', { signal }),
  });
}

export const createOpen311Client = (name: string) => api.post('/api/appeals/open311-clients', { body: { name } });

export const revokeOpen311Client = (id: number) => api.post('/api/appeals/open311-clients/{id}/revoke', { path: { id } });

/** Every partner with its callbacks' state: for those who manage partners (the district). */
export function useTransferPartners(enabled = true) {
  return useQuery({
    queryKey: interopKeys.partners,
    queryFn: ({ signal }) => api.get('/api/appeals/transfer-partners', { signal }),
    enabled,
  });
}

/** The active partners by code and name: for those who send orders out or import hotline files. */
export function usePartnerChoices(enabled = true) {
  return useQuery({
    queryKey: interopKeys.partnerChoices,
    queryFn: ({ signal }) => api.get('/api/appeals/transfer/partners', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export const createTransferPartner = (input: TransferPartnerInput) => api.post('/api/appeals/transfer-partners', { body: input });

export const updateTransferPartner = (id: number, patch: TransferPartnerPatch) =>
  api.post('/api/appeals/transfer-partners/{id}', { path: { id }, body: patch });

/** A new secret, made by the server: the old one stops working at once. */
export const rotatePartnerSecret = (id: number) => api.post('/api/appeals/transfer-partners/{id}/secret', { path: { id }, body: {} });

export const hotlineTemplateUrl = (format: 'xlsx' | 'csv') => api.url('/api/appeals/transfer/hotline-template', { query: { format } });

/** Checks a hotline file (dryRun) or imports it: written only when every row is right, known orders skipped. */
export function importHotlineFile(partner: string, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload('/api/appeals/transfer/hotline-import', form, { query: { partner, dryRun } });
}

export function useOrderTransfers(orderId: number, enabled = true) {
  return useQuery({
    queryKey: interopKeys.transfers(orderId),
    queryFn: ({ signal }) => api.get('/api/appeals/orders/{id}/transfers', { path: { id: orderId }, signal }),
    enabled,
  });
}

export const transferOut = (orderId: number, partner: string, note: string | null) =>
  api.post('/api/appeals/orders/{id}/transfer-out', { path: { id: orderId }, body: { partner, note } });
