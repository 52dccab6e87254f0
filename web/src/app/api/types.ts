/** Shapes shared by every module: sessions, positions, labels, paged lists. */

/** A server label in both languages. */
export interface Label {
  zh: string;
  en: string;
}

export interface Position {
  id: string;
  role: string;
  roleLabel: Label;
  unitId: string;
  unitName: string;
  departmentId: string | null;
  departmentName: string | null;
  gridId: string | null;
  gridName: string | null;
  /** Not in the contract; shown when the server sends it. */
  endedAt?: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  isDemo: boolean;
  /** A role held requires a second factor this session has not shown: only enrolling one is open. */
  mustEnrollSecondFactor: boolean;
}

/** The first step of a login whose account has a second factor: no session yet, a code must follow. */
export interface SecondStep {
  secondFactor: { methods: Array<'totp' | 'recovery'>; expiresAt: string };
}

export interface Session {
  user: SessionUser;
  positions: Position[];
  activePositionId: string | null;
  csrfToken: string;
  idleTimeoutMinutes: number;
  /** The actions the active position may take (the server checks them again on every call). */
  permissions: string[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  /** The total is a lower bound: counting stopped there (a large list need not be counted to be paged). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export interface NavItem {
  key: string;
  path: string;
  label: Label;
  icon: string | null;
  group: Label | null;
  order: number;
}

export interface Nav {
  items: NavItem[];
  layout: 'desktop' | 'mobile';
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
