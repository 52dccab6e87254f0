import type { ApiBody, ApiItem, ApiQuery, ApiResponse } from '../../app/api/types';
import type { VocabularyValue } from '../../shared/hooks/useVocabulary';

/** Shapes of the people API (server module `people`), named by their routes. */

/** Ids are integers on the server; the URL carries them as strings. */
export type Id = ApiResponse<'/api/people/persons/{id}'>['id'];

export type PersonBody = ApiBody<'/api/people/persons', 'post'>;
export type DocType = PersonBody['docType'];
export type Residence = PersonBody['residence'];
export type Gender = NonNullable<PersonBody['gender']>;
export type HouseRelation = PersonBody['relation'];

type HouseBody = ApiBody<'/api/people/houses/{id}', 'post'>;
export type HouseUse = NonNullable<HouseBody['use']>;
export type Ownership = NonNullable<HouseBody['ownership']>;

export type VisitBody = ApiBody<'/api/people/visits', 'post'>;
export type VisitKind = VisitBody['kind'];
export type NeedInput = VisitBody['needs'][number];
/** The route takes any category (an unknown one is filed as 'other'); the form offers the vocabulary's. */
export type NeedCategory = VocabularyValue<'people.needCategory'>;

/** 'address', the server's default: house by house, in the territory's order. */
export type PersonSort = NonNullable<ApiQuery<'/api/people/persons'>['sort']>;

/* The lists below are the orders the forms and filters offer; each is checked against the server's type. */
export const DOC_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'] as const satisfies readonly DocType[];
/** 户籍在住 / 人户分离 / 来沪人员 / 境外人员 */
export const RESIDENCES = ['registered_living', 'registered_away', 'migrant', 'foreigner'] as const satisfies readonly Residence[];
export const GENDERS = ['male', 'female'] as const satisfies readonly Gender[];
export const HOUSE_RELATIONS = ['owner', 'tenant', 'family', 'resident'] as const satisfies readonly HouseRelation[];
export const HOUSE_USES = ['residence', 'rental', 'shop', 'vacant', 'other'] as const satisfies readonly HouseUse[];
export const OWNERSHIPS = ['private', 'public_rental', 'other'] as const satisfies readonly Ownership[];
export const VISIT_KINDS = ['routine', 'care', 'follow_up', 'patrol'] as const satisfies readonly VisitKind[];
export const NEED_CATEGORIES = ['elderly', 'housing', 'environment', 'safety', 'neighbourhood', 'service', 'other'] as const satisfies readonly NeedCategory[];
export const DEPARTURES = ['moved_out', 'deceased'] as const satisfies readonly DepartureKind[];
export const PERSON_SORTS = ['address', 'name', 'age', 'updated'] as const satisfies readonly PersonSort[];

export type Person = ApiItem<'/api/people/persons'>;
export type Address = NonNullable<Person['address']>;
export type TagRef = Person['tags'][number];

export type PersonDetail = ApiResponse<'/api/people/persons/{id}'>;

export type DetailsBody = ApiBody<'/api/people/persons/{id}/details', 'post'>;
export type DepartureBody = ApiBody<'/api/people/persons/{id}/departure', 'post'>;
export type DepartureKind = DepartureBody['kind'];
export type MoveBody = ApiBody<'/api/people/persons/{id}/move', 'post'>;

export type TagCatalog = ApiResponse<'/api/people/tags'>;
export type TagCatalogItem = TagCatalog['items'][number];

export type House = ApiResponse<'/api/people/houses/{id}'>;
export type HousePerson = House['people'][number];

export type Visit = ApiItem<'/api/people/visits'>;

/** The caller's own coverage; a unit's or a grid's has the same shape. */
export type VisitCoverage = ApiResponse<'/api/people/visits/my-coverage'>;
/** What a coverage answer counted: 'grid', a unit type, or 'scope' (several units of one position). */
export type CoverageTerritory = NonNullable<VisitCoverage['territory']>;
export type UnvisitedHousehold = ApiItem<'/api/people/visits/my-unvisited'>;

export type QualityRow = ApiItem<'/api/people/units/{id}/quality'>;

export type ImportJob = ApiResponse<'/api/people/import/{id}'>;
export type ImportRowError = ImportJob['errors'][number];
