import type { ApiItem, ApiQuery, ApiResponse } from '../../app/api/types';
import type { VocabularyValue } from '../../shared/hooks/useVocabulary';

/** Shapes of the estate API (server module `estate`), named by their routes. Dates are days, 'YYYY-MM-DD'. */

export type ServiceState = VocabularyValue<'estate.serviceState'>;
export type CommitteeState = VocabularyValue<'estate.committeeState'>;
export type ListState = VocabularyValue<'estate.listState'>;
export type CommitteeRole = VocabularyValue<'estate.committeeRole'>;
export type ContractStatus = VocabularyValue<'estate.contractStatus'>;
export type TermStatus = VocabularyValue<'estate.termStatus'>;
export type ListSort = NonNullable<ApiQuery<'/api/estate/compounds'>['sort']>;
/** The warnings a link may carry in `?state=` (checked against the server's type; labels from the vocabulary). */
export const LIST_STATES = [
  'attention',
  'contractExpiring',
  'contractExpired',
  'noContract',
  'termExpired',
  'noOwnersCommittee',
] as const satisfies readonly ListState[];
/** The list's sort orders, in the order the page offers them. */
export const LIST_SORTS = ['name', 'contractEnd', 'termEnd'] as const satisfies readonly ListSort[];

export type CompoundSummary = ApiItem<'/api/estate/compounds'>;
export type Flags = CompoundSummary['flags'];
export type HousingType = NonNullable<CompoundSummary['housingType']>;

export type CompoundCard = ApiResponse<'/api/estate/compounds/{id}'>;
export type Contract = CompoundCard['contracts'][number];
export type CompanyRef = Contract['company'];
export type Term = CompoundCard['terms'][number];
export type Member = Term['members'][number];

export type CompanyListItem = ApiItem<'/api/estate/companies'>;
export type CompanyDetail = ApiResponse<'/api/estate/companies/{id}'>;
/** A company as its edit dialog takes it. */
export type Company = Omit<CompanyDetail, 'contracts' | 'can'>;
