import type { ApiItem, ApiResponse } from '../../app/api/types';

/** Shapes of the appeals API (server module `appeals`). Times are ISO strings. */

export const STATUSES = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended', 'resolved', 'closed', 'merged', 'invalid'] as const;
export type OrderStatus = (typeof STATUSES)[number];
export const OPEN_STATUSES: readonly OrderStatus[] = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'];

export const STEPS = [
  'intake',
  'dispatch',
  'transfer',
  'accept',
  'return',
  'start',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'suspend',
  'resume',
  'resolve',
  'rate',
  'reopen',
  'close',
  'supervise',
  'merge',
  'invalidate',
] as const;
export type Step = (typeof STEPS)[number];
/** Steps taken through POST /orders/:id/steps/:step (intake happens when the order is created). */
export type ActionStep = Exclude<Step, 'intake'>;

export const CHANNELS = ['photo', 'desk', 'visit', 'patrol', 'hotline', 'sensor', 'survey', 'meeting', 'open311', 'transfer'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels a worker registers by hand (首问接待、巡查、走访、调查、会议). */
export const STAFF_CHANNELS = ['desk', 'patrol', 'visit', 'meeting', 'survey'] as const;
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

export const SLA_COLOURS = ['green', 'yellow', 'red'] as const;
export type Sla = (typeof SLA_COLOURS)[number];

export const RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

export type ActorKind = 'reporter' | 'dispatcher' | 'handler' | 'supervisor' | 'system';
export type HandlerKind = 'committee' | 'street' | 'department';
export type AttachmentKind = 'report' | 'before' | 'after' | 'other';

export const VIEWS = ['all', 'triage', 'inbox', 'mine', 'supervised', 'extension'] as const;
export type View = (typeof VIEWS)[number];
export type Sort = 'received_desc' | 'received_asc' | 'due_asc';

export interface HandlerRef {
  kind: HandlerKind;
  id: number;
}

export type OrderSummary = ApiItem<'/api/appeals/orders'>;

/** What a step recorded besides its note (the schema leaves it open). */
export type HistoryData = {
  handler?: HandlerRef & { name: string };
  rating?: Rating;
  days?: number;
  into?: number;
  channel?: Channel;
  rule?: boolean;
} & Record<string, unknown>;
export type HistoryStep = OrderDetail['history'][number];

export type Attachment = OrderDetail['attachments'][number];

export type OrderDetail = ApiResponse<'/api/appeals/orders/{id}'>;

export interface StepInput {
  note?: string | null;
  notePublic?: boolean;
  handler?: HandlerRef;
  rating?: Rating;
  days?: number;
  into?: number;
}

export type StepReply = ApiResponse<'/api/appeals/orders/{id}/steps/{step}', 'post'>;

/** What a bulk step did to each order: done, or the server's refusal. */
export type BulkResult = ApiResponse<'/api/appeals/orders/bulk/{step}', 'post'>['items'][number];

export type Duplicate = ApiItem<'/api/appeals/orders/{id}/duplicates'>;

export type Subcategory = CategoryGroup['subcategories'][number];

export type CategoryGroup = Categories['groups'][number];

/** How fine a place public pages name: the compound or only the street. */
export type PublicPlaceLevel = 'compound' | 'street';

export type Categories = ApiResponse<'/api/appeals/categories'>;

export type Handlers = ApiResponse<'/api/appeals/handlers'>;

export type RuleHandlerKind = HandlerKind | 'ops';

export type RoutingRule = ApiItem<'/api/appeals/routing-rules'>;

/** What a resident or a worker submits to open an order. */
export interface IntakeInput {
  categoryCode: string;
  title: string;
  description: string;
  urgent?: boolean;
  unitId?: number | null;
  lat?: number | null;
  lng?: number | null;
  address?: string | null;
  anonymous?: boolean;
  reporterName?: string | null;
  reporterPhone?: string | null;
  contactShared?: boolean;
  handleSelf?: boolean;
  channel?: StaffChannel;
}

export interface IntakeReply {
  id: number;
  status: OrderStatus;
  created: boolean;
}

/** Query of GET /api/appeals/orders. */
export interface OrderListQuery {
  view?: View;
  status?: string;
  sla?: Sla;
  channel?: Channel;
  category?: string;
  unitId?: string;
  q?: string;
  from?: string;
  to?: string;
  sort?: Sort;
  page?: number;
  pageSize?: number;
}

/* Summons (约请): a committee invites a department or its street office to come and solve a problem. */

export const SUMMONS_STATUSES = ['invited', 'accepted', 'declined', 'met', 'resolved', 'unresolved'] as const;
export type SummonsStatus = (typeof SUMMONS_STATUSES)[number];
export type SummonsStep = 'accept' | 'decline' | 'schedule' | 'meet' | 'report' | 'evaluate';
/** How the invitee's answer stands against its limit. */
export type ResponseTiming = 'waiting' | 'overdue' | 'on_time' | 'late';

export interface SummonsInvitee {
  kind: 'department' | 'street';
  id: number;
  name: string;
}

export type SummonsSummary = ApiItem<'/api/appeals/summons'>;

export type SummonsDetail = ApiResponse<'/api/appeals/summons/{id}'>;

export interface SummonsListQuery {
  page?: number;
  pageSize?: number;
  view?: 'all' | 'inbox';
  status?: string;
  overdue?: boolean;
  q?: string;
}

export type SummonsInvitees = ApiResponse<'/api/appeals/summons/invitees'>;

export interface RaiseSummonsInput {
  committeeId: number;
  departmentId?: number | null;
  subject: string;
  description: string;
  orderId?: number | null;
  respondDays?: number;
}

export interface SummonsStepInput {
  note?: string | null;
  meetingAt?: string;
  meetingPlace?: string;
  resolved?: boolean;
  result?: string;
  committeeRating?: number;
  residentsRating?: number | null;
}

export type SummonsRateFigures = SummonsRates['total'];

export type SummonsRates = ApiResponse<'/api/appeals/summons/rates'>;

/* Interoperability: Open311 clients, transfer partners (工单互转), hotline files. */

export type Open311Client = ApiItem<'/api/appeals/open311-clients'>;

/** A new client with its key, shown this once only. */
export type Open311ClientCreated = ApiResponse<'/api/appeals/open311-clients', 'post'>;

export type TransferPartner = ApiItem<'/api/appeals/transfer-partners'>;

export type TransferPartnerWithSecret = ApiResponse<'/api/appeals/transfer-partners', 'post'>;

export interface TransferPartnerInput {
  code: string;
  name: string;
  callbackUrl?: string | null;
  secret?: string | null;
}

export interface TransferPartnerPatch {
  name?: string;
  callbackUrl?: string | null;
  active?: boolean;
}

/** An active partner as those who send orders out or import hotline files choose it. */
export type PartnerChoice = ApiItem<'/api/appeals/transfer/partners'>;

/** What went between an order and partner platforms. */
export type TransferLog = ApiResponse<'/api/appeals/orders/{id}/transfers'>;

export type HotlineImportError = HotlineImportReport['errors'][number];

export type HotlineImportReport = ApiResponse<'/api/appeals/transfer/hotline-import', 'post'>;
