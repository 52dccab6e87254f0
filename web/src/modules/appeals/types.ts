import type { ApiBody, ApiItem, ApiPathParams, ApiQuery, ApiResponse } from '../../app/api/types';
import type { PagedQuery } from '../../shared/hooks/usePaged';
import type { VocabularyValue } from '../../shared/hooks/useVocabulary';

/** Shapes of the appeals API (server module `appeals`), named by their routes. Times are ISO strings. */

export type OrderStatus = OrderSummary['status'];
/** The statuses in the order the filters offer them. */
export const STATUSES = [
  'received',
  'dispatched',
  'accepted',
  'in_progress',
  'suspended',
  'resolved',
  'closed',
  'merged',
  'invalid',
] as const satisfies readonly OrderStatus[];
export const OPEN_STATUSES: readonly OrderStatus[] = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'];

/** Any step an order's history records (the schema leaves a history entry's step open; the vocabulary names them). */
export type Step = VocabularyValue<'appeals.orderStep'>;
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
] as const satisfies readonly Step[];
/** Steps taken through POST /orders/:id/steps/:step (intake happens when the order is created). */
export type ActionStep = ApiPathParams<'/api/appeals/orders/{id}/steps/{step}', 'post'>['step'];

type OrderQuery = ApiQuery<'/api/appeals/orders'>;
export type Channel = NonNullable<OrderQuery['channel']>;
export const CHANNELS = [
  'photo',
  'desk',
  'visit',
  'patrol',
  'hotline',
  'sensor',
  'survey',
  'meeting',
  'open311',
  'transfer',
] as const satisfies readonly Channel[];
/** Channels a worker registers by hand (首问接待、巡查、走访、调查、会议). */
export type StaffChannel = ApiBody<'/api/appeals/orders'>['channel'];
export const STAFF_CHANNELS = ['desk', 'patrol', 'visit', 'meeting', 'survey'] as const satisfies readonly StaffChannel[];

export type Sla = NonNullable<OrderQuery['sla']>;
export const SLA_COLOURS = ['green', 'yellow', 'red'] as const satisfies readonly Sla[];

/** What a step takes besides its path: a note, and what some steps need (a handler, a rating, days, the order merged into). */
export type StepInput = ApiBody<'/api/appeals/orders/{id}/steps/{step}'>;
export type Rating = NonNullable<StepInput['rating']>;
export const RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const satisfies readonly Rating[];

export type ActorKind = VocabularyValue<'appeals.actorKind'>;
/** Where an order is sent: a committee, a street office or a department. */
export type HandlerRef = NonNullable<StepInput['handler']>;
export type HandlerKind = HandlerRef['kind'];
export type AttachmentKind = NonNullable<ApiQuery<'/api/appeals/orders/{id}/attachments', 'post'>['kind']>;

export type View = NonNullable<OrderQuery['view']>;
export const VIEWS = ['all', 'triage', 'inbox', 'mine', 'supervised', 'extension'] as const satisfies readonly View[];
export type Sort = NonNullable<OrderQuery['sort']>;

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

export type StepReply = ApiResponse<'/api/appeals/orders/{id}/steps/{step}', 'post'>;

/** What a bulk step did to each order: done, or the server's refusal. */
export type BulkResult = ApiResponse<'/api/appeals/orders/bulk/{step}', 'post'>['items'][number];

export type Duplicate = ApiItem<'/api/appeals/orders/{id}/duplicates'>;

export type Subcategory = CategoryGroup['subcategories'][number];

export type CategoryGroup = Categories['groups'][number];

/** How fine a place public pages name: the compound or only the street. */
export type PublicPlaceLevel = Categories['publicView']['placeLevel'];

export type Categories = ApiResponse<'/api/appeals/categories'>;

export type Handlers = ApiResponse<'/api/appeals/handlers'>;

/** Where a rule sends an order: a handler, or the operations desk. */
export type RuleHandlerKind = ApiBody<'/api/appeals/routing-rules'>['handlerKind'];

export type RoutingRule = ApiItem<'/api/appeals/routing-rules'>;

/** What a resident (no channel: a report) or a worker (the channel they took it on) submits to open an order. */
export type IntakeInput = ApiBody<'/api/appeals/reports'> & { channel?: StaffChannel };

/** The order opened (or the one a retry with the same key opened before). */
export type IntakeReply = ApiResponse<'/api/appeals/orders', 'post'>;

/** Query of GET /api/appeals/orders, ids from the URL as they come. */
export type OrderListQuery = PagedQuery<'/api/appeals/orders'>;

/* Summons (约请): a committee invites a department or its street office to come and solve a problem. */

export type SummonsStatus = SummonsSummary['status'];
export const SUMMONS_STATUSES = ['invited', 'accepted', 'declined', 'met', 'resolved', 'unresolved'] as const satisfies readonly SummonsStatus[];
/** The steps a summons takes after it is raised (each its own route; see takeSummonsStep). */
export type SummonsStep = VocabularyValue<'appeals.summonsStep'>;
/** How the invitee's answer stands against its limit. */
export type ResponseTiming = SummonsSummary['responseTiming'];

export type SummonsInvitee = SummonsSummary['invitee'];

export type SummonsSummary = ApiItem<'/api/appeals/summons'>;

export type SummonsDetail = ApiResponse<'/api/appeals/summons/{id}'>;

export type SummonsListQuery = PagedQuery<'/api/appeals/summons'>;

export type SummonsInvitees = ApiResponse<'/api/appeals/summons/invitees'>;

export type RaiseSummonsInput = ApiBody<'/api/appeals/summons'>;

export type SummonsRateFigures = SummonsRates['total'];

export type SummonsRates = ApiResponse<'/api/appeals/summons/rates'>;

/* Interoperability: Open311 clients, transfer partners (工单互转), hotline files. */

export type Open311Client = ApiItem<'/api/appeals/open311-clients'>;

/** A new client with its key, shown this once only. */
export type Open311ClientCreated = ApiResponse<'/api/appeals/open311-clients', 'post'>;

export type TransferPartner = ApiItem<'/api/appeals/transfer-partners'>;

export type TransferPartnerWithSecret = ApiResponse<'/api/appeals/transfer-partners', 'post'>;

export type TransferPartnerInput = ApiBody<'/api/appeals/transfer-partners'>;

export type TransferPartnerPatch = ApiBody<'/api/appeals/transfer-partners/{id}'>;

/** An active partner as those who send orders out or import hotline files choose it. */
export type PartnerChoice = ApiItem<'/api/appeals/transfer/partners'>;

/** What went between an order and partner platforms. */
export type TransferLog = ApiResponse<'/api/appeals/orders/{id}/transfers'>;

export type HotlineImportError = HotlineImportReport['errors'][number];

export type HotlineImportReport = ApiResponse<'/api/appeals/transfer/hotline-import', 'post'>;
