import type { ApiItem, ApiResponse, Label } from '../../app/api/types';

/** Shapes of the appeals API (server module `appeals`). Times are ISO strings. */

export const STATUSES = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended', 'resolved', 'closed', 'merged', 'invalid'] as const;
export type OrderStatus = (typeof STATUSES)[number];
export const OPEN_STATUSES: readonly OrderStatus[] = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'];

export const STEPS = [
  'intake', 'dispatch', 'transfer', 'accept', 'return', 'start', 'request_extension', 'approve_extension', 'reject_extension',
  'suspend', 'resume', 'resolve', 'rate', 'reopen', 'close', 'supervise', 'merge', 'invalidate',
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

export interface OrderSummary {
  id: number;
  status: OrderStatus;
  channel: Channel;
  discovery: string;
  categoryCode: string;
  categoryGroup: string;
  categoryName: Label;
  groupName: Label;
  title: string;
  urgent: boolean;
  unitId: number | null;
  unitName: string | null;
  streetName: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  handler: (HandlerRef & { name: string }) | null;
  receivedAt: string;
  acceptDueAt: string | null;
  resolveDueAt: string | null;
  sla: Sla | string;
  supervised: boolean;
  rating: Rating | null;
  reopenCount: number;
  mergedIntoId: number | null;
}

export interface HistoryStep {
  seq: number;
  step: Step;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actorName: string;
  actorKind: ActorKind;
  at: string;
  note: string | null;
  /** The handler made the note public: public pages may show it. */
  notePublic: boolean;
  data: { handler?: HandlerRef & { name: string }; rating?: Rating; days?: number; into?: number; channel?: Channel; rule?: boolean } & Record<string, unknown>;
}

export interface Attachment {
  id: number;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  size: number;
  eventSeq: number | null;
  createdAt: string;
}

export interface OrderDetail extends OrderSummary {
  description: string;
  reporter: { anonymous: boolean; name: string | null; phone: string | null; contactShared: boolean };
  dispatchedAt: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  extension: { days: number; reason: string; requestedAt: string } | null;
  onTime: boolean | null;
  sourceSystem: string | null;
  externalId: string | null;
  /** What the reader is to this order. */
  as: ActorKind[];
  /** The steps this reader may take now: the page offers only these. */
  actions: ActionStep[];
  history: HistoryStep[];
  attachments: Attachment[];
}

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

export interface Duplicate {
  id: number;
  title: string;
  status: OrderStatus;
  receivedAt: string;
  address: string | null;
  score: number;
}

export interface Subcategory {
  code: string;
  name: Label;
  acceptMinutes: number;
  urgentAcceptMinutes: number;
  resolveDays: number;
  public: boolean;
  /** Its requests never appear on a public page or feed. */
  private: boolean;
  handler: string | null;
}

export interface CategoryGroup {
  code: string;
  name: Label;
  subcategories: Subcategory[];
}

/** How fine a place public pages name: the compound or only the street. */
export type PublicPlaceLevel = 'compound' | 'street';

export interface Categories {
  draft: boolean;
  source: string | null;
  publicView: { placeLevel: PublicPlaceLevel };
  groups: CategoryGroup[];
}

export interface Handlers {
  departments: Array<{ id: number; name: string; code: string; street_id: number | null; parent_id: number | null }>;
  units: Array<{ id: number; name: string; type: string; parent_id: number | null }>;
}

export type RuleHandlerKind = HandlerKind | 'ops';

export interface RoutingRule {
  id: number;
  categoryCode: string;
  areaPath: string | null;
  handlerKind: RuleHandlerKind;
  departmentCode: string | null;
  active: boolean;
  note: string | null;
}

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

export interface SummonsSummary {
  id: number;
  status: SummonsStatus;
  committee: { id: number; name: string };
  invitee: SummonsInvitee;
  subject: string;
  order: { id: number; title: string } | null;
  invitedAt: string;
  respondDueAt: string;
  respondedAt: string | null;
  responseTiming: ResponseTiming;
  /** Working hours from the invitation to the answer. */
  responseHours: number | null;
  meetingAt: string | null;
  meetingPlace: string | null;
  resolved: boolean | null;
  committeeRating: number | null;
  residentsRating: number | null;
}

export interface SummonsDetail extends SummonsSummary {
  description: string;
  createdBy: string | null;
  respondedBy: string | null;
  responseNote: string | null;
  meetingNote: string | null;
  result: string | null;
  resultAt: string | null;
  resultBy: string | null;
  evaluationNote: string | null;
  evaluatedAt: string | null;
  evaluatedBy: string | null;
  as: Array<'committee' | 'invitee'>;
  actions: SummonsStep[];
}

export interface SummonsListQuery {
  page?: number;
  pageSize?: number;
  view?: 'all' | 'inbox';
  status?: string;
  overdue?: boolean;
  q?: string;
}

export interface SummonsInvitees {
  streets: Array<{ id: number; name: string }>;
  departments: Array<{ id: number; code: string; name: string; parentId: number | null; streetId: number | null }>;
}

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

export interface SummonsRateFigures {
  invited: number;
  responded: number;
  respondedOnTime: number;
  overdue: number;
  onTimeRate: number | null;
  avgResponseHours: number | null;
  declined: number;
  met: number;
  resolved: number;
  unresolved: number;
  resolutionRate: number | null;
  avgCommitteeRating: number | null;
  avgResidentsRating: number | null;
  evaluated: number;
}

export interface SummonsRates {
  items: Array<SummonsRateFigures & { invitee: SummonsInvitee & { parentName: string | null } }>;
  total: SummonsRateFigures;
}

/* Interoperability: Open311 clients, transfer partners (工单互转), hotline files. */

export type Open311Client = ApiItem<'/api/appeals/open311-clients'>;

/** A new client with its key, shown this once only. */
export type Open311ClientCreated = ApiResponse<'/api/appeals/open311-clients', 'post'>;

export interface TransferPartner {
  id: number;
  code: string;
  name: string;
  callbackUrl: string | null;
  active: boolean;
  createdAt: string;
  /** Callbacks waiting to be sent. */
  pending: number;
  /** Callbacks given up after every retry. */
  failed: number;
  lastError: string | null;
}

export interface TransferPartnerWithSecret extends TransferPartner {
  /** Shown this once only. */
  secret: string;
}

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
export interface PartnerChoice {
  code: string;
  name: string;
  /** It has a callback URL: orders can be sent to it. */
  transferOut: boolean;
}

/** What went between an order and partner platforms. */
export interface TransferLog {
  sent: Array<{
    id: number;
    partner: string;
    partnerName: string;
    /** 'package': the order sent out; 'status': a step reported back to the platform it came from. */
    kind: 'package' | 'status' | string;
    seq: number | null;
    createdAt: string;
    deliveredAt: string | null;
    attempts: number;
    lastError: string | null;
  }>;
  received: Array<{
    partner: string;
    partnerName: string;
    callbackId: string;
    /** The partner's own status, as it wrote it. */
    status: string;
    note: string | null;
    at: string | null;
    receivedAt: string;
  }>;
}

export const HOTLINE_FIELDS = [
  'orderNo', 'receivedAt', 'category', 'title', 'content', 'address', 'lat', 'lng', 'unitId',
  'callerName', 'callerPhone', 'anonymous', 'contactShared', 'urgency', 'dueAt',
] as const;
export type HotlineField = (typeof HOTLINE_FIELDS)[number];

export interface HotlineImportError {
  /** The row as numbered in the spreadsheet. */
  row: number;
  field: HotlineField | string;
  code: string;
  message: Label;
  value?: string;
}

export interface HotlineImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  /** Orders new to us: made, or to be made when the file is imported. */
  created: number;
  /** Rows imported before (same partner and order number): skipped. */
  existing: number;
  errors: HotlineImportError[];
  orderIds: number[];
}
