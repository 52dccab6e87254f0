import type { ApiItem, ApiResponse } from '../../app/api/types';

/** One entry of the audit log, as the search lists it. */
export type AuditEvent = ApiItem<'/api/audit/events'>;

/** The hash chain's check, with the signed checkpoints kept outside the database compared with it. */
export type AuditVerify = ApiResponse<'/api/audit/verify'>;
/** What broke the chain, when it broke. */
export type AuditProblem = NonNullable<AuditVerify['problem']>;
